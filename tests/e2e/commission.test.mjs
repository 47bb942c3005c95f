// The Commission panel in a real browser, driven only by real mouse and keyboard events: a tiered
// plan built in the page (a component added from the list, tiers edited in the table) and the
// statement total checked by hand, the tier methods side by side, a refused rate, the "what if I
// close..." slider and the reverse question.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, state, waitFor, center, drag, probe as probeOf, reveal as revealOn, click as clickOn, typeInto } from './browser.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const probe = (id) => probeOf(app.page, id);
// The panel scrolls under its tabs: keep widgets below them.
const panel = { top: 90, bottom: 780 };
const reveal = (id) => revealOn(app.page, id, panel);
const click = (id) => clickOn(app.page, id, panel);
const type = (id, text) => typeInto(app.page, id, text, panel);

const openTab = async (name) => {
  await click(`commission.tab.${name}`);
  await waitFor(app.page, (s) => s.probes[`commission.tab.${name}`]?.value === 1, `the ${name} tab`);
};

test('the Commission panel opens on the example plan: Q1 pays $11,000.00', async () => {
  await click('nav.commission');
  await waitFor(app.page, (s) => s.probes['commission.tab.plan'], 'the Commission panel');
  await openTab('statement');
  // $40,000 at 8%; $60,000 to reach $100,000 at 8%; half of $50,000 at 12%: 3,200 + 4,800 + 3,000.
  const s = await waitFor(app.page, (s) => s.probes['commission.statement.total'], 'the statement');
  assert.equal(s.probes['commission.statement.total'].value, 1100000);
  assert.equal(s.probes['commission.statement.total'].text, '$11,000.00');
  assert.equal(s.probes['commission.statement.attainment'].value, 0.625);
  assert.deepEqual(app.problems, []);
});

test('a tiered plan built in the page gives the statement total worked out by hand', async () => {
  await openTab('plan');
  await click('commission.component.remove.0');
  await waitFor(app.page, (s) => s.probes['commission.add']?.value === 0, 'no component left');
  await click('commission.add');
  await waitFor(app.page, (s) => s.probes['commission.add.tiered'], 'the list of components');
  await click('commission.add.tiered');
  await waitFor(app.page, (s) => s.probes['commission.add']?.value === 1, 'a tiered component');
  // A new tiered component pays 5% to $100,000 and 10% above. Make it 12%, then add a third tier
  // from $200,000 at 15%.
  await type('commission.tier.rate.0.1', '12');
  await waitFor(app.page, (s) => Math.abs(s.probes['commission.tier.rate.0.1'].value - 0.12) < 1e-12, 'tier 2 at 12%');
  await click('commission.tier.add.0');
  await waitFor(app.page, (s) => s.probes['commission.tier.add.0']?.value === 3, 'a third tier');
  await type('commission.tier.rate.0.2', '15');
  let s = await waitFor(app.page, (s) => Math.abs(s.probes['commission.tier.rate.0.2'].value - 0.15) < 1e-12, 'tier 3 at 15%');
  assert.equal(s.probes['commission.tier.from.0.2'].value, 20000000);   // twice the last start, in cents

  await openTab('statement');
  // $125,000 credited: 100,000 x 5% + 25,000 x 12% = 5,000 + 3,000. The third line, half of
  // Initech's $50,000, earns its share: 8,000 x 25,000 / 125,000 = 1,600.
  s = await waitFor(app.page, (s) => s.probes['commission.statement.total']?.value === 800000, 'a total of $8,000.00');
  assert.equal(s.probes['commission.statement.total'].text, '$8,000.00');
  assert.equal(s.probes['commission.statement.line.2'].value, 160000);
  assert.equal(s.probes['commission.statement.line.2'].text,
    '$8,000.00 \u00D7 $25,000.00 / $125,000.00 = $1,600.00');
  assert.deepEqual(app.problems, []);
});

test('the same deals under marginal, retroactive and interpolated tiers, side by side', async () => {
  await openTab('compare');
  const s = await waitFor(app.page, (s) => s.probes['commission.methods.retroactive'], 'the methods table');
  assert.equal(s.probes['commission.methods.marginal'].value, 800000);
  assert.equal(s.probes['commission.methods.retroactive'].value, 1500000);     // 125,000 x 12%
  assert.equal(s.probes['commission.methods.interpolated'].value, 1593750);    // 125,000 x 12.75%
});

test('a negative tier rate is refused at the field: the plan keeps 12% and the statement its total', async () => {
  await openTab('plan');
  await type('commission.tier.rate.0.1', '-5');
  let s = await waitFor(app.page, (s) => s.probes['commission.tier.rate.0.1.error'], 'the refusal');
  assert.equal(s.probes['commission.tier.rate.0.1.error'].text, 'A rate cannot be negative.');
  assert.ok(Math.abs(s.probes['commission.tier.rate.0.1'].value - 0.12) < 1e-12);
  assert.equal(s.probes['commission.tier.rate.0.1'].text, '12%');
  await openTab('statement');
  s = await waitFor(app.page, (s) => s.probes['commission.statement.total']?.value === 800000, 'the total unchanged');
  assert.equal(s.probes['commission.statement.problem'], undefined);
  await openTab('plan');
  await type('commission.tier.rate.0.1', '12');
  s = await waitFor(app.page, (s) => !s.probes['commission.tier.rate.0.1.error'], 'the message gone once 12% is typed');
  assert.deepEqual(app.problems, []);
});

test('retroactive tiers chosen from the list pay the whole $125,000 at 12%', async () => {
  await openTab('plan');
  await click('commission.component.method.0');
  await waitFor(app.page, (s) => s.probes['commission.component.method.0.1'], 'the methods list');
  await click('commission.component.method.0.1');
  await openTab('statement');
  const s = await waitFor(app.page, (s) => s.probes['commission.statement.total']?.value === 1500000, '$15,000.00');
  assert.equal(s.probes['commission.statement.total'].text, '$15,000.00');
});

test('the what-if slider moves attainment and payout; the reverse question answers in bookings and leads', async () => {
  await openTab('curve');
  const slider = await reveal('commission.what_if');
  await drag(app.page, center(slider), { x: slider.x + slider.w + 80, y: center(slider).y });
  // To the slider's end, twice the $200,000 quota: $525,000 credited, all at 15% retroactively,
  // $78,750.00: closing this deal adds 78,750 - 15,000 to the earnings (its own share,
  // 78,750 x 400/525 = 60,000, and 3,750 more on the other deals at the higher rate).
  const s = await waitFor(app.page, (s) => s.probes['commission.what_if']?.value === 40000000, 'a $400,000 deal');
  assert.equal(s.probes['commission.what_if.payout'].value, 7875000);
  assert.equal(s.probes['commission.what_if.deal'].value, 6375000);
  // The $20,000 target incentive at 12% retroactively needs 20,000 / 12% = $166,666.67.
  assert.equal(s.probes['commission.reverse.bookings'].value, 16666667);
  // And in leads: $166,666.67 / $5,000 = 33.33 won deals; / (50% x 40% x 50% x 50% x 25%) =
  // 2,666.67, so 2,667 prospects entering the funnel.
  assert.equal(s.probes['commission.reverse.prospects'].value, 2667);
  assert.equal(s.probes['commission.reverse.prospects'].text, '2,667');
  assert.equal(s.probes['commission.chart'].value, 1);
  assert.deepEqual(app.problems, []);
});
