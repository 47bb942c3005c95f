// The sales plan in a real browser: one quota read by the funnel and the commission, one
// currency for every amount, the fiscal calendar, a document with no commission plan left as it
// is, and a link from the previous release opening with its figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, waitFor, click as clickOn, typeInto } from './browser.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const click = (id) => clickOn(app.page, id);

test('a quota typed in the Sales plan is the funnel target and the commission quota', async () => {
  await click('nav.plan');
  await waitFor(app.page, (s) => s.probes['plan.quota'], 'the Sales plan panel');
  await typeInto(app.page, 'plan.quota', '300000');
  await waitFor(app.page, (s) => s.probes['plan.quota']?.value === 30000000, 'a quota of $300,000');
  await click('nav.funnel');
  await click('funnel.mode.reverse');
  // $300,000 / $5,000 = 60 deals; / 25% = 240 opportunities ... / 50% = 4,800 prospects.
  let s = await waitFor(app.page, (s) => s.probes['funnel.deals_needed']?.value === 60, '60 deals needed');
  assert.equal(s.probes['funnel.needed.0'].value, 4800);
  await click('nav.commission');
  await click('commission.tab.statement');
  // The example's $125,000 credited against the same quota: 125,000 / 300,000 = 41.7%.
  s = await waitFor(app.page, (s) => s.probes['commission.statement.attainment'], 'the statement');
  assert.ok(Math.abs(s.probes['commission.statement.attainment'].value - 125000 / 300000) < 1e-12);
  assert.equal(s.probes['commission.statement.total'].value, 1100000);
  assert.deepEqual(app.problems, []);
});

test('choosing euros changes every amount of the scenario to euros', async () => {
  await click('nav.plan');
  await click('plan.currency');
  await waitFor(app.page, (s) => s.probes['plan.currency.EUR'], 'the currency list');
  await click('plan.currency.EUR');
  let s = await waitFor(app.page, (s) => s.probes['plan.currency']?.text === 'EUR', 'euros');
  await click('nav.commission');
  await click('commission.tab.statement');
  s = await waitFor(app.page, (s) => s.probes['commission.statement.total'], 'the statement');
  assert.equal(s.probes['commission.statement.total'].value, 1100000);
  assert.match(s.probes['commission.statement.total'].text, /€/);
  assert.deepEqual(app.problems, []);
});

test('a fiscal year from April names this quarter by its fiscal year', async () => {
  await click('nav.plan');
  await click('plan.fiscal_start');
  await waitFor(app.page, (s) => s.probes['plan.fiscal_start.4'], 'the months');
  await click('plan.fiscal_start.4');
  const s = await waitFor(app.page, (s) => s.probes['plan.fiscal_start']?.value === 4, 'an April start');
  // Worked from the browser's own date: April to June is Q1, and the fiscal year is named after
  // the calendar year it ends in.
  const now = await app.page.evaluate(() => [new Date().getFullYear(), new Date().getMonth() + 1]);
  const quarter = Math.floor(((now[1] - 4 + 12) % 12) / 3) + 1;
  const fy = now[1] < 4 ? now[0] : now[0] + 1;
  assert.equal(s.probes['plan.this_period'].text, `Q${quarter} FY${fy}`);
  assert.deepEqual(app.problems, []);
});

test('a document with no commission plan is left unchanged by the Commission panel', async () => {
  // A link to {"schema":2,"commission":{"plans":[]}}.
  const fresh = await openApp({ fragment: '#s=eyJzY2hlbWEiOjIsImNvbW1pc3Npb24iOnsicGxhbnMiOltdfX0' });
  try {
    await waitFor(fresh.page, (s) => s.probes['doc.name']?.text === 'Shared scenario', 'the shared scenario');
    await clickOn(fresh.page, 'nav.commission');
    let s = await waitFor(fresh.page, (s) => s.probes['commission.start_example'], 'the offer to start from the example');
    const undo = s.probes['doc.undo'].value;
    await fresh.page.waitForTimeout(1500);   // frames drawn, an autosave's delay passed
    s = await waitFor(fresh.page, (s) => s.probes['commission.start_example'], 'the panel still there');
    assert.equal(s.probes['doc.undo'].value, undo);
    assert.equal(s.probes['commission.tab.plan'], undefined);
    const saved = await fresh.page.evaluate(() => JSON.parse(localStorage.getItem('quotient.library')));
    const shared = saved.scenarios.find((x) => x.name === 'Shared scenario');
    assert.deepEqual(shared.scenario.commission.plans, []);
    assert.deepEqual(fresh.problems, []);
  } finally {
    await fresh.close();
  }
});

test('a share link from the previous release (schema 1) opens with its figures', async () => {
  // The lead pipeline with its first rate at 35%, as schema 1 wrote it: the goal was the schema 1
  // default, $100,000 a quarter, so 20 deals; 800 leads / 35% = 2,285.7 -> 2,286 prospects.
  const link = '#s=eyJzY2hlbWEiOjEsImZ1bm5lbCI6eyJzdGFnZXMiOlt7Im5hbWUiOiJQcm9zcGVjdCIsInJhdGVfdG9fbmV4dCI6MC4zNSwiZGF5c19pbl9zdGFnZSI6N30'
    + 'seyJuYW1lIjoiTGVhZCIsInJhdGVfdG9fbmV4dCI6MC40LCJkYXlzX2luX3N0YWdlIjoxNH0seyJuYW1lIjoiTVFMIiwicmF0ZV90b19uZXh0IjowLjUsImRh'
    + 'eXNfaW5fc3RhZ2UiOjEwfSx7Im5hbWUiOiJTUUwiLCJyYXRlX3RvX25leHQiOjAuNSwiZGF5c19pbl9zdGFnZSI6MTR9LHsibmFtZSI6Ik9wcG9ydHVuaXR5'
    + 'IiwicmF0ZV90b19uZXh0IjowLjI1LCJkYXlzX2luX3N0YWdlIjo0NX0seyJuYW1lIjoiV29uIiwicmF0ZV90b19uZXh0IjowLCJkYXlzX2luX3N0YWdlIjow'
    + 'fV0sInRvcF92b2x1bWUiOjEwMDAsImF2ZXJhZ2VfZGVhbCI6IjUwMDAuMDAgVVNEIn19';
  const fresh = await openApp({ fragment: link });
  try {
    await waitFor(fresh.page, (s) => s.probes['doc.name']?.text === 'Shared scenario', 'the shared scenario');
    await clickOn(fresh.page, 'funnel.mode.reverse');
    const s = await waitFor(fresh.page, (s) => s.probes['funnel.needed.0'], 'the reverse funnel');
    assert.equal(s.probes['funnel.deals_needed'].value, 20);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((i) => s.probes[`funnel.needed.${i}`].value), [2286, 800, 320, 160, 80, 20]);
    assert.equal(s.probes['funnel.own_target'].value, 1);   // kept as the funnel's own target, named so
    assert.deepEqual(fresh.problems, []);
  } finally {
    await fresh.close();
  }
});
