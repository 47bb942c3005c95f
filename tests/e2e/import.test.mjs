// Importing a CRM export in a real browser, through the page's real file picker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, state, waitFor, click as clickOn } from './browser.mjs';

let app;
const dir = mkdtempSync(join(tmpdir(), 'quotient-import-'));
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const click = (id) => clickOn(app.page, id);

// Clicks the app's Import button and answers the browser's file chooser with `file`.
async function importThrough(file) {
  const chooser = app.page.waitForEvent('filechooser');
  await click('import.button');
  await (await chooser).setFiles(file);
}

test('a Salesforce export adds its rows to the pipeline, a nameless one named by its line, and reports the bad one', async () => {
  await click('nav.pipeline');
  const before = (await waitFor(app.page, (s) => s.probes['pipeline.add'], 'the pipeline')).probes;
  const file = join(dir, 'salesforce.csv');
  writeFileSync(file,
    'Opportunity Name,Account Name,Amount,Stage,Probability (%),Close Date,Opportunity Owner\n' +
    '"Fleet renewal, 2026",Acme,"12,500.00",Opportunity,80,2026-06-30,Ana\n' +
    'Scanners,Globex,4999.99,SQL,40,2026-07-15,Bo\n' +
    'Consulting,Initech,250,Lead,10,07/31/2026,Cy\n' +
    ',Nameless,100,Lead,10,2026-01-01,Di\n' +
    'Broken,Umbrella,lots,Lead,10,2026-01-01,Ed\n');
  await importThrough(file);
  let s = await waitFor(app.page, (s) => s.probes['import.ready'], 'the import preview');
  assert.equal(s.probes['import.ready'].value, 4);
  assert.equal(s.probes['import.skipped'].value, 1);
  assert.match(s.probes['import.ready'].text, /\$17,849\.99/);   // 12,500 + 4,999.99 + 250 + 100
  await click('import.add');
  s = await waitFor(app.page, (s) => s.probes['pipeline.add']?.value === before['pipeline.add'].value + 4,
    'four more deals');
  assert.equal(s.probes['pipeline.open'].value - before['pipeline.open'].value, 1784999);
  assert.deepEqual(app.problems, []);
});

test('a file with no amount column is refused with a reason, and nothing is added', async () => {
  const count = (await state(app.page)).probes['pipeline.add'].value;
  const file = join(dir, 'contacts.csv');
  writeFileSync(file, 'Deal Name,Email,Close Date\nSomeone,a@b.c,2026-01-01\n');
  await importThrough(file);
  const s = await waitFor(app.page, (s) => s.probes['import.problem'], 'the import problem');
  assert.match(s.probes['import.problem'].text, /No column holds the amount/);
  await click('import.cancel');
  const after = await waitFor(app.page, (s) => s.probes['pipeline.add'] && !s.probes['import.problem'], 'dialog closed');
  assert.equal(after.probes['pipeline.add'].value, count);
  assert.deepEqual(app.problems, []);
});
