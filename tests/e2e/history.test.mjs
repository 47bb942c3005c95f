// History from a CRM export: ten closed deals imported with their creation dates give the figures
// worked by hand in tests/core/deal_history_test.cpp (win rate 60 %, average won deal
// $36,666.67, a 35-day median cycle), and Calibrate sets the funnel's last rate, its average deal
// and the plan's cycle from them, undoably.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, waitFor, click as clickOn } from './browser.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });
const click = (id) => clickOn(app.page, id);

// Won: 10, 20, 30, 40, 50 and 70 thousand in 10 to 60 days; lost: four of 10 thousand.
const csv =
  'Opportunity Name,Stage,Amount,Created Date,Close Date,Opportunity Owner\n' +
  'W1,Closed Won,10000,2026-01-05,2026-01-15,Ana\n' +
  'W2,Closed Won,20000,2025-12-31,2026-01-20,Ana\n' +
  'W3,Closed Won,30000,2026-02-01,2026-03-03,Ana\n' +
  'W4,Closed Won,40000,2026-01-29,2026-03-10,Ana\n' +
  'W5,Closed Won,50000,2026-02-10,2026-04-01,Bo\n' +
  'W6,Closed Won,70000,2026-02-01,2026-04-02,Bo\n' +
  'L1,Closed Lost,10000,2026-01-01,2026-02-01,Ana\n' +
  'L2,Closed Lost,10000,2026-01-01,2026-02-02,Ana\n' +
  'L3,Closed Lost,10000,2026-01-01,2026-02-03,Bo\n' +
  'L4,Closed Lost,10000,2026-01-01,2026-02-04,Bo\n';

test('imported history: win rate, deal size and cycle as worked by hand, and Calibrate sets them', async () => {
  await click('nav.pipeline');
  await click('pipeline.tab.history');
  let s = await waitFor(app.page, (s) => s.probes['pipeline.tab.history']?.value === 1, 'the History view');
  assert.equal(s.probes['history.win_rate'], undefined);      // the sample pipeline has no closed deal

  const file = join(mkdtempSync(join(tmpdir(), 'quotient-history-')), 'closed.csv');
  writeFileSync(file, csv);
  const chooser = app.page.waitForEvent('filechooser');
  await click('pipeline.tab.deals');
  await click('import.button');
  await (await chooser).setFiles(file);
  s = await waitFor(app.page, (s) => s.probes['import.ready'], 'the import preview');
  assert.equal(s.probes['import.won'].value, 6);
  assert.equal(s.probes['import.lost'].value, 4);
  await click('import.add');
  await waitFor(app.page, (s) => !s.probes['import.ready'], 'the import done');

  await click('pipeline.tab.history');
  s = await waitFor(app.page, (s) => s.probes['history.win_rate'], 'the history figures');
  assert.equal(s.probes['history.win_rate'].value, 0.6);
  assert.equal(s.probes['history.win_rate'].text, '60.0%');
  assert.equal(s.probes['history.average_won'].value, 3666667);
  assert.equal(s.probes['history.cycle'].value, 35);
  assert.equal(s.probes['history.months'].value, 4);          // January to April
  assert.equal(s.probes['history.calibrate'].value, 3);

  const undo = s.probes['doc.undo'].value;
  await click('history.calibrate');
  s = await waitFor(app.page, (s) => s.probes['history.calibrate']?.value === 0, 'nothing left to calibrate');
  await click('nav.funnel');
  s = await waitFor(app.page, (s) => s.probes['funnel.average_deal'], 'the funnel');
  assert.equal(s.probes['funnel.average_deal'].value, 3666667);
  assert.equal(s.probes['funnel.rate.4'].value, 0.6);         // Opportunity converts to won at 60 %
  assert.ok(s.probes['doc.undo'].value > undo, 'an undoable edit');
  assert.deepEqual(app.problems, []);
});
