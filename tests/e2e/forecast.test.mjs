// The Forecast panel in a real browser, driven only by real mouse events: it simulates the sample
// pipeline, shows P50 and the chance to reach quota, a haircut dragged onto the amounts lowers
// P50, and close dates allowed to slip move the figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, state, waitFor, click, center, drag, probe } from './browser.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

// A complete run: every trial asked for has been simulated.
const done = (s) => s.probes['forecast.trials_done']?.text === 'done';

// Nothing the panel shows may be NaN or infinity, as a number or as text.
const assertNoNaN = (s) => {
  for (const [id, p] of Object.entries(s.probes)) {
    assert.ok(Number.isFinite(p.value), `${id} has value ${p.value}`);
    assert.doesNotMatch(p.text, /nan|inf/i, `${id} shows "${p.text}"`);
  }
};

test('the Forecast panel simulates the sample pipeline by the deals\' reviews', async () => {
  await click(app.page, 'nav.forecast');
  await waitFor(app.page, (s) => s.probes['forecast.source.review'], 'the Forecast panel');
  // The sample deals' reviews (fund x competition) give the near-term deals a real chance.
  await click(app.page, 'forecast.source.review');
  let s = await waitFor(app.page, (s) => s.probes['forecast.source.review']?.value === 1 && done(s),
    'a complete run by the deals\' reviews');
  // The sample deals close 3 weeks and more from today: in the last 3 weeks of a quarter none
  // closes in it, and the next quarter holds them.
  if (s.probes['forecast.deals_in_play'].value === 0) {
    await click(app.page, 'forecast.period.next');
    s = await waitFor(app.page, (s) => s.probes['forecast.period.next']?.value === 1 && done(s), 'the next period');
  }
  const p = s.probes;
  assert.equal(p['forecast.trials_done'].value, 10000);
  assert.ok(p['forecast.p50'].value > 0, `P50 ${p['forecast.p50'].text}`);
  assert.ok(p['forecast.p10'].value <= p['forecast.p50'].value && p['forecast.p50'].value <= p['forecast.p90'].value);
  assert.ok(p['forecast.chance'].value >= 0 && p['forecast.chance'].value <= 1);
  assert.match(p['forecast.chance'].text, /%$/);
  assert.ok(p['forecast.histogram'].value >= 1);
  assert.ok(p['forecast.driver.0'], 'the tornado shows at least one deal');
  assertNoNaN(s);
  assert.deepEqual(app.problems, []);
});

test('dragging the haircut lowers P50, with the figures following the slider', async () => {
  const before = (await state(app.page)).probes;
  const p50 = before['forecast.p50'].value;
  const slider = await probe(app.page, 'forecast.haircut');
  assert.equal(slider.value, 0);
  // Press at the left end, drag to about 40%, let go.
  const from = { x: slider.x + 4, y: center(slider).y };
  await drag(app.page, from, { x: slider.x + slider.w * 0.8, y: from.y });
  const s = await waitFor(app.page, (s) => s.probes['forecast.haircut']?.value >= 20 && done(s),
    'a complete run with a haircut of 20% or more');
  const haircut = s.probes['forecast.haircut'].value;
  const after = s.probes['forecast.p50'].value;
  assert.ok(after < p50, `P50 ${after} with a ${haircut}% haircut, ${p50} without`);
  // Every amount loses the same share; P50 is a sum of whole deals of the same trials, each
  // rounded once to the cent: within a cent per deal of (1 - haircut) x P50.
  assert.ok(Math.abs(after - Math.round(p50 * (100 - haircut) / 100)) <= 4, `P50 ${after} vs ${p50} less ${haircut}%`);
  assertNoNaN(s);
  assert.deepEqual(app.problems, []);
});

test('letting close dates slip changes the forecast: dates move into and out of the period', async () => {
  const before = (await state(app.page)).probes['forecast.mean'].value;
  const slider = await probe(app.page, 'forecast.slip');
  assert.equal(slider.text, 'no slip');
  // A deal near the period's end may slip out of it, one just after it may slip in: which wins
  // depends on today's date, but the figures move.
  const from = { x: slider.x + 4, y: center(slider).y };
  await drag(app.page, from, { x: slider.x + slider.w - 4, y: from.y });
  const s = await waitFor(app.page, (s) => s.probes['forecast.slip']?.value >= 60 && done(s),
    'a complete run with close dates slipping 60 days or more');
  assert.match(s.probes['forecast.slip'].text, /^\+\/- \d+ days$/);
  assert.notEqual(s.probes['forecast.mean'].value, before, `mean ${s.probes['forecast.mean'].text} with slip`);
  assert.ok(s.probes['forecast.chance'].value >= 0 && s.probes['forecast.chance'].value <= 1);
  assertNoNaN(s);
  assert.deepEqual(app.problems, []);
});
