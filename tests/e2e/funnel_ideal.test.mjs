// The ideal funnel beside the actual pipeline in a real browser: Little's law on the default
// lead pipeline, the sample deals as the actual pipeline, and the gap per stage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitFor, click } from './browser.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

test('the $200,000 quarterly quota needs 78.9 opportunities held; the pipeline has 2', async () => {
  await click(app.page, 'funnel.mode.ideal');
  const s = await waitFor(app.page, (s) => s.probes['funnel.hold.4'], 'the ideal funnel');
  // The sales plan's 200,000 / 5,000 = 40 deals a quarter; opportunities win 25%, so 160 enter a
  // quarter and, staying 45 days of 91.25, 160 x 45 / 91.25 = 78.9 are held at any time.
  assert.equal(s.probes['funnel.deals_to_close'].value, 40);
  assert.ok(Math.abs(s.probes['funnel.hold.4'].value - 160 * 45 / 91.25) < 1e-9);
  assert.equal(s.probes['funnel.actual.4'].value, 2);            // two sample deals at Opportunity
  assert.equal(s.probes['funnel.actual.3'].value, 1);            // one at SQL
  assert.ok(Math.abs(s.probes['funnel.gap.4'].value - (2 - 160 * 45 / 91.25)) < 1e-9);
  assert.equal(s.probes['funnel.gap.4'].text, '-76.9');
  // Weighted, every stage holds 40 deals x its days / 91.25 x $5,000, each rounded to the cent
  // as shown: 7 days 15,342.47; 14 days 30,684.93; 10 days 21,917.81; 14 days 30,684.93; 45 days
  // 98,630.14; the total is their sum, $197,260.28 (one cent above the unrounded 197,260.27).
  assert.equal(s.probes['funnel.pipeline_to_hold'].value, 19726028);
  assert.equal(s.probes['funnel.pipeline_to_hold'].text, '$197,260.28');
  assert.deepEqual(app.problems, []);
});
