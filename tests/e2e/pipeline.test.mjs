// The Pipeline panel in a real browser, driven only by real mouse and keyboard events: the
// sample deals, adding a deal and placing it, a refused amount, sorting and deleting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, state, waitFor, click, typeInto, sheetArea } from './browser.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const inSheet = () => sheetArea(app.page);
const clickInSheet = async (id) => click(app.page, id, await inSheet());
const typeInSheet = async (id, text) => typeInto(app.page, id, text, await inSheet());

// Waits until widget `id` has stayed at the same place for 200 ms (a popup's first frame lays its
// items out before placing the popup).
const settled = async (id) => {
  let last;
  await waitFor(app.page, (s) => {
    const p = s.probes[id];
    if (!p) return false;
    if (!last || p.x !== last.x || p.y !== last.y) last = { x: p.x, y: p.y, since: Date.now() };
    return Date.now() - last.since >= 200;
  }, `${id} to settle`);
};

// Nothing the panel shows may be NaN or infinity, as a number or as text.
const assertNoNaN = (s) => {
  for (const [id, p] of Object.entries(s.probes)) {
    assert.ok(Number.isFinite(p.value), `${id} has value ${p.value}`);
    assert.doesNotMatch(p.text, /nan|inf/i, `${id} shows "${p.text}"`);
  }
};

test('the Pipeline panel opens on the sample deals, computed by the core', async () => {
  await click(app.page, 'nav.pipeline');
  const s = await waitFor(app.page, (s) => s.probes['pipeline.add'], 'the Pipeline panel');
  const p = s.probes;
  assert.equal(p['pipeline.add'].value, 4);                        // four sample deals
  assert.equal(p['pipeline.deal.0.placement'].text, 'Best few');   // 75% + 75% = 150
  assert.equal(p['pipeline.deal.1.placement'].text, 'In the funnel');
  assert.equal(p['pipeline.deal.3.placement'].text, 'Above the funnel');
  assert.equal(p['pipeline.open'].value, 28300000);                // $283,000.00
  assert.equal(p['pipeline.expected'].text, '$87,987.50');
  assert.equal(p['pipeline.weighted'].text, '$40,750.00');
  assert.equal(p['pipeline.velocity'].value, 54045);               // $540.45 a day
  assert.equal(p['pipeline.bucket.2'].value, 2);                   // two deals in the best few
  assertNoNaN(s);
  assert.deepEqual(app.problems, []);
});

test('adding a deal at 75% fund and 75% competition places it in the best few', async () => {
  await click(app.page, 'pipeline.add');
  let s = await waitFor(app.page, (s) => s.probes['pipeline.add']?.value === 5 && s.probes['deal.name']?.text === 'New deal',
    'the new deal in the review sheet');
  assert.equal(s.probes['pipeline.deal.4.placement'].text, 'In the funnel');   // defaults 25% + 50% = 75

  await typeInSheet('deal.amount', '120000');
  s = await waitFor(app.page, (s) => s.probes['deal.amount']?.value === 12000000, 'amount $120,000');

  // Results are computed at the start of a frame, so they follow an edit one frame later:
  // wait for the result, not just the field.
  await typeInSheet('deal.fund', '75');
  s = await waitFor(app.page, (s) => s.probes['deal.fund']?.value === 75 &&
    s.probes['pipeline.deal.4.placement'].text === 'Best few', 'fund 75%: 75 + 50 = 125, best few');

  // Competition from the method's named levels: open the list, pick "75% The buyer prefers us."
  await clickInSheet('deal.competition_level');
  await settled('deal.competition_level.75');
  await click(app.page, 'deal.competition_level.75');
  s = await waitFor(app.page, (s) => s.probes['deal.competition']?.value === 75 &&
    s.probes['deal.expected']?.value === 6750000, 'competition 75%: expected $67,500');

  const p = s.probes;
  assert.equal(p['deal.placement'].text, 'Best few');                          // 75 + 75 = 150
  assert.equal(p['pipeline.deal.4.placement'].text, 'Best few');
  assert.equal(p['deal.expected'].value, 6750000);                             // 120,000 x .75 x .75
  assert.equal(p['deal.expected'].text, '$67,500.00');
  assert.equal(p['pipeline.open'].value, 28300000 + 12000000);
  assert.equal(p['pipeline.bucket.2'].value, 3);
  assertNoNaN(s);
  assert.deepEqual(app.problems, []);
});

test('a negative amount is refused with a message, and nothing shows NaN', async () => {
  await typeInSheet('deal.amount', '-500');
  let s = await waitFor(app.page, (s) => s.probes['deal.amount.error'], 'the amount error');
  assert.equal(s.probes['deal.amount.error'].text, 'The amount must be zero or more.');
  assert.equal(s.probes['deal.amount'].value, 12000000);                       // the document kept $120,000
  assert.equal(s.probes['deal.expected'].value, 6750000);

  await typeInSheet('deal.fund', '101');
  s = await waitFor(app.page, (s) => s.probes['deal.fund.error'], 'the fund % error');
  assert.equal(s.probes['deal.fund.error'].text, 'Fund % must be a whole number from 0 to 100.');
  assert.equal(s.probes['deal.fund'].value, 75);
  assertNoNaN(s);
  assert.deepEqual(app.problems, []);
});

test('a click on the Amount header sorts the deals by amount', async () => {
  await click(app.page, 'pipeline.column.4');
  const rowY = (s, i) => s.probes[`pipeline.deal.${i}.row`].y;
  // Amounts: 0 48,000 / 1 120,000 / 2 35,000 / 3 80,000 / 4 120,000 -> ascending 2, 0, 3, 1, 4.
  const s = await waitFor(app.page, (s) => rowY(s, 2) < rowY(s, 0), 'rows sorted by amount');
  const order = [0, 1, 2, 3, 4].sort((a, b) => rowY(s, a) - rowY(s, b));
  assert.deepEqual(order, [2, 0, 3, 1, 4]);
});

test('deleting a deal asks first, then removes it from the totals', async () => {
  await clickInSheet('deal.delete');
  await settled('deal.delete.confirm');
  assert.equal((await state(app.page)).probes['pipeline.add'].value, 5);     // nothing deleted yet
  await click(app.page, 'deal.delete.confirm');
  const s = await waitFor(app.page, (s) => s.probes['pipeline.add']?.value === 4, 'the deal deleted');
  assert.equal(s.probes['pipeline.open'].value, 28300000);
  assert.equal(s.probes['deal.name'], undefined);                             // no deal selected
  assertNoNaN(s);
  assert.deepEqual(app.problems, []);
});
