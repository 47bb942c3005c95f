// The ideal funnel beside the actual pipeline in a real browser: Little's law on the default
// lead pipeline, the sample deals as the actual pipeline, and the gap per stage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitFor, click } from './browser.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

test('a $100,000 quarterly quota needs 39.5 opportunities held; the pipeline has 2', async () => {
  await click(app.page, 'funnel.mode.ideal');
  const s = await waitFor(app.page, (s) => s.probes['funnel.hold.4'], 'the ideal funnel');
  // 100,000 / 5,000 = 20 deals a quarter; opportunities win 25%, so 80 enter a quarter and,
  // staying 45 days of 91.25, 80 x 45 / 91.25 = 39.45 are held at any time.
  assert.equal(s.probes['funnel.deals_to_close'].value, 20);
  assert.ok(Math.abs(s.probes['funnel.hold.4'].value - 80 * 45 / 91.25) < 1e-9);
  assert.equal(s.probes['funnel.actual.4'].value, 2);            // two sample deals at Opportunity
  assert.equal(s.probes['funnel.actual.3'].value, 1);            // one at SQL
  assert.ok(Math.abs(s.probes['funnel.gap.4'].value - (2 - 80 * 45 / 91.25)) < 1e-9);
  assert.equal(s.probes['funnel.gap.4'].text, '-37.5');
  assert.deepEqual(app.problems, []);
});
