// The reverse funnel in a real browser: edit rates by dragging and by typing, read the leads
// each stage needs; typed nonsense is refused with a message, never clamped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, state, waitFor, center, drag, click as clickOn, typeInto } from './browser.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const click = (id) => clickOn(app.page, id);
const typeIntoSlider = (id, text) => typeInto(app.page, id, text, { ctrl: true });

test('reverse mode: the $200,000 quota at $5,000 a deal needs 40 deals and 3,200 prospects', async () => {
  await click('funnel.mode.reverse');
  const s = await waitFor(app.page, (s) => s.probes['funnel.needed.0'], 'the reverse table');
  // The sales plan's quota of $200,000 a quarter / $5,000 = 40 deals / 25% = 160 opportunities
  // / 50% = 320 SQL / 50% = 640 MQL / 40% = 1,600 leads / 50% = 3,200 prospects.
  assert.equal(s.probes['funnel.deals_needed'].value, 40);
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((i) => s.probes[`funnel.needed.${i}`].value), [3200, 1600, 640, 320, 160, 40]);
  assert.equal(s.probes['funnel.needed.1'].text, '1,600');
});

test('dragging the opportunity rate to 100% cuts the leads needed to 400', async () => {
  const slider = (await state(app.page)).probes['funnel.rate.4'];
  await drag(app.page, center(slider), { x: slider.x + slider.w + 60, y: center(slider).y });
  const s = await waitFor(app.page, (s) => s.probes['funnel.rate.4'].value === 1, 'rate 100%');
  // 40 / 100% / 50% / 50% / 40% = 400 leads.
  assert.equal(s.probes['funnel.needed.1'].value, 400);
});

test('typing 50 into the lead rate needs 320 leads; fractional needs round up to whole prospects', async () => {
  await typeIntoSlider('funnel.rate.1', '50');
  let s = await waitFor(app.page, (s) => s.probes['funnel.rate.1'].value === 0.5, 'typed rate 50%');
  assert.equal(s.probes['funnel.needed.1'].value, 320);          // 40 / 1 / .5 / .5 / .5
  await typeIntoSlider('funnel.rate.3', '30');
  s = await waitFor(app.page, (s) => Math.abs(s.probes['funnel.rate.3'].value - 0.3) < 1e-6, 'typed rate 30%');
  // Opportunities 40 / 100% = 40; SQL 40 / 30% = 133.3 -> 134; MQL 133.3 / 50% = 266.7 -> 267;
  // leads 266.7 / 50% = 533.3 -> 534.
  assert.equal(s.probes['funnel.needed.3'].value, 134);
  assert.equal(s.probes['funnel.needed.2'].value, 267);
  assert.equal(s.probes['funnel.needed.1'].value, 534);
});

test('typing 150% is refused with a message beside the rate, and no result is shown', async () => {
  await typeIntoSlider('funnel.rate.2', '150');
  const s = await waitFor(app.page, (s) => s.probes['funnel.rate_error.2'], 'the rate error');
  assert.match(s.probes['funnel.rate_error.2'].text, /between 0% and 100%/);
  assert.equal(s.probes['funnel.needed.0'], undefined);
  assert.ok(!JSON.stringify(s).includes('NaN'));
  await typeIntoSlider('funnel.rate.2', '50');
  await waitFor(app.page, (s) => s.probes['funnel.needed.0'], 'results again after a valid rate');
});

test('goal seek: with 1000 prospects, the first stage needs 53.3% to reach 40 deals', async () => {
  const s = await state(app.page);
  // Defaults after the edits: rates .5 .5 .5 .3 1; goal seek on stage 0 (Prospect):
  // others pass 1000 x .5 x .5 x .3 x 1 = 75 deals from 100% of prospects; 40 / 75 = 53.3%.
  assert.ok(Math.abs(s.probes['funnel.goal_seek'].value - 40 / 75) < 1e-9);
  assert.match(s.probes['funnel.goal_seek'].text, /needs 53\.3%/);
  assert.deepEqual(app.problems, []);
});
