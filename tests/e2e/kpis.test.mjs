// The KPIs panel in a real browser, driven only by real mouse and keyboard events: CAC typed in
// by hand, an input shared by several cards, a percentage out of range, the search box and the
// glossary link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, state, waitFor, center, probe as probeOf, reveal as revealOn, click as clickOn, typeInto } from './browser.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const probe = (id) => probeOf(app.page, id);

// The cards scroll under the search box: wheel over the cards, keep widgets below the box.
const cards = async (id) => {
  const box = (await state(app.page)).probes['kpi.search'];
  if (!box) return {};                               // another panel: nothing to scroll
  const search = center(box);
  return { top: id === 'kpi.search' ? 0 : 120, bottom: 760, wheelAt: { x: search.x + 200, y: 400 } };
};
const reveal = async (id) => revealOn(app.page, id, await cards(id));
const click = async (id) => clickOn(app.page, id, await cards(id));
const type = async (id, text) => typeInto(app.page, id, text, await cards(id));

test('the KPIs panel opens with every card waiting for its inputs', async () => {
  await click('nav.kpis');
  const s = await waitFor(app.page, (s) => s.probes['kpi.cac.sales_marketing_spend'], 'the KPIs panel');
  assert.equal(s.probes['nav.kpis'].value, 1);
  assert.equal(s.probes['kpi.search'].value, 37);                    // every KPI is shown
  assert.equal(s.probes['kpi.cac.problem'].text, 'Enter the inputs above to see the result.');
  assert.equal(s.probes['kpi.nps.problem'].text, 'Enter the inputs above to see the result.');
  assert.equal(s.probes['kpi.cac.result'], undefined);
  assert.deepEqual(app.problems, []);
});

test('typing 500,000 of spend and 50 new customers into the CAC card gives $10,000.00', async () => {
  await type('kpi.cac.sales_marketing_spend', '500000');
  await type('kpi.cac.new_customers', '50');
  const s = await waitFor(app.page, (s) => s.probes['kpi.cac.result'], 'the CAC result');
  assert.equal(s.probes['kpi.cac.sales_marketing_spend'].value, 500000);
  assert.equal(s.probes['kpi.cac.new_customers'].value, 50);
  assert.equal(s.probes['kpi.cac.result'].value, 10000);
  assert.equal(s.probes['kpi.cac.result'].text, '$10,000.00');
  assert.deepEqual(app.problems, []);
});

test('the spend is typed once: CAC payback shows it and, with ARPA and margin, pays back in 25 months', async () => {
  let s = await state(app.page);
  assert.equal(s.probes['kpi.cac_payback.sales_marketing_spend'].value, 500000);
  assert.equal(s.probes['kpi.ltv_to_cac.new_customers'].value, 50);
  await type('kpi.cac_payback.arpa', '500');
  await type('kpi.cac_payback.gross_margin', '80');                 // typed as a percentage
  s = await waitFor(app.page, (s) => s.probes['kpi.cac_payback.result'], 'the payback result');
  assert.equal(s.probes['kpi.cac_payback.gross_margin'].value, 0.8); // kept as a fraction
  assert.equal(s.probes['kpi.cac_payback.result'].value, 25);        // $10,000 / ($500 x 80%)
  // Changing the spend in the payback card changes CAC too.
  await type('kpi.cac_payback.sales_marketing_spend', '1000000');
  s = await waitFor(app.page, (s) => s.probes['kpi.cac_payback.result']?.value === 50, 'payback of 50 months');
  assert.equal(s.probes['kpi.cac.result'].value, 20000);
  assert.equal(s.probes['kpi.cac.result'].text, '$20,000.00');
  assert.deepEqual(app.problems, []);
});

test('a commission rate of 150% is refused with a message under the field; 15% gives $15,000.00', async () => {
  await type('kpi.commission_flat.sale_amount', '100000');
  await type('kpi.commission_flat.commission_rate', '150');
  let s = await waitFor(app.page, (s) => s.probes['kpi.commission_flat.commission_rate.error'], 'the refusal');
  const field = s.probes['kpi.commission_flat.commission_rate'];
  const error = s.probes['kpi.commission_flat.commission_rate.error'];
  assert.equal(error.text, 'A rate must be between 0% and 100%.');
  assert.ok(error.y >= field.y + field.h && error.y < field.y + field.h + 30, 'the message sits under the field');
  assert.equal(s.probes['kpi.commission_flat.result'], undefined);  // no number from a refused rate
  await type('kpi.commission_flat.commission_rate', '15');
  s = await waitFor(app.page, (s) => s.probes['kpi.commission_flat.result'], 'the commission');
  assert.equal(s.probes['kpi.commission_flat.commission_rate.error'], undefined);
  assert.equal(s.probes['kpi.commission_flat.result'].value, 15000);
  assert.equal(s.probes['kpi.commission_flat.result'].text, '$15,000.00');
  assert.deepEqual(app.problems, []);
});

test('the search box keeps only the matching cards', async () => {
  await type('kpi.search', 'churn');
  let s = await waitFor(app.page, (s) => s.probes['kpi.search'].value < 37, 'filtered cards');
  assert.ok(s.probes['kpi.churn_rate.customers_lost'], 'the churn card is shown');
  assert.equal(s.probes['kpi.cac.sales_marketing_spend'], undefined);
  assert.equal(s.probes['kpi.commission_flat.sale_amount'], undefined);
  await click('kpi.search');
  await app.page.keyboard.press('Control+A');
  await app.page.keyboard.press('Backspace');
  s = await waitFor(app.page, (s) => s.probes['kpi.search'].value === 37, 'every card again');
  assert.equal(s.probes['kpi.cac.result'].value, 20000);              // the inputs were kept
  assert.deepEqual(app.problems, []);
});

test('NPS from a typed list: 9 10 10 3 is 75% promoters - 25% detractors = 50', async () => {
  await type('kpi.nps_scores.scores', '9 10 10 3');
  const s = await waitFor(app.page, (s) => s.probes['kpi.nps_scores.result']?.value === 50, 'NPS 50');
  assert.equal(s.probes['kpi.nps_scores.scores'].value, 4);          // four answers kept
  assert.equal(s.probes['kpi.nps_scores.result'].text, '50');
  assert.deepEqual(app.problems, []);
});

test('a card\'s glossary link opens the Glossary panel, which says when it arrives', async () => {
  await reveal('kpi.cac.glossary');
  await click('kpi.cac.glossary');
  const s = await waitFor(app.page, (s) => s.probes['nav.glossary']?.value === 1, 'the Glossary panel');
  assert.match(s.probes['pending.release'].text, /release 0\.5/);
  assert.deepEqual(app.problems, []);
});
