// A deal from open to won in a real browser: marked won in the Pipeline panel's review sheet, it
// leaves the open pipeline and is paid in the Commission panel without being typed again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitFor, click, typeInto, sheetArea } from './browser.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const inSheet = () => sheetArea(app.page);

test('a $50,000 deal won today is paid: the statement goes from $11,000 to $17,000', async () => {
  await click(app.page, 'nav.pipeline');
  let s = await waitFor(app.page, (s) => s.probes['pipeline.add'], 'the Pipeline panel');
  const open = s.probes['pipeline.open'].value;
  await click(app.page, 'pipeline.add');
  await waitFor(app.page, (s) => s.probes['deal.name']?.text === 'New deal', 'the new deal in the review sheet');
  await typeInto(app.page, 'deal.amount', '50000', await inSheet());
  // Closed today, by the browser's own calendar.
  const today = await app.page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await typeInto(app.page, 'deal.close_date', today, await inSheet());
  await click(app.page, 'deal.state.won', await inSheet());
  s = await waitFor(app.page, (s) => s.probes['deal.state.won']?.value === 1 && s.probes['pipeline.won_this_period']?.value === 5000000,
    'the deal won this period');
  // Won deals leave the open pipeline: it is what it was before the deal was added.
  assert.equal(s.probes['pipeline.open'].value, open);
  assert.equal(s.probes['pipeline.add'].value, 5);

  await click(app.page, 'nav.commission');
  await click(app.page, 'commission.tab.statement');
  // The example's $125,000 credited plus $50,000 = $175,000: 8% of 100,000 + 12% of 75,000.
  s = await waitFor(app.page, (s) => s.probes['commission.statement.total']?.value === 1700000, 'a total of $17,000.00');
  assert.equal(s.probes['commission.statement.total'].text, '$17,000.00');
  await click(app.page, 'commission.tab.deals');
  s = await waitFor(app.page, (s) => s.probes['commission.deals.won_in_pipeline'], 'the won deals listed');
  assert.equal(s.probes['commission.deals.won_in_pipeline'].value, 1);
  assert.deepEqual(app.problems, []);
});
