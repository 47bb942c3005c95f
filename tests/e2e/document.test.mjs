// The user's document in a real browser: autosave and reload, a damaged save, undo and redo,
// named scenarios, share links opened in a fresh profile, and files exported through the
// browser's download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { openApp, waitFor, click as clickOn, typeInto } from './browser.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const click = (id) => clickOn(app.page, id);
const saved = (page) => waitFor(page, (s) => s.probes['doc.status']?.value === 0, 'the scenario to be saved');
const storedLibrary = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('quotient.library')));

test('edits are saved as you go and are still there after a reload', async () => {
  await typeInto(app.page, 'funnel.top_volume', '2400');
  let s = await waitFor(app.page, (s) => s.probes['funnel.won']?.value === 30, 'the funnel to follow');   // 2400 x 1.25%
  await saved(app.page);
  const lib = await storedLibrary(app.page);
  assert.equal(lib.schema, 2);
  assert.equal(lib.scenarios[0].scenario.funnel.top_volume, 2400);

  await app.page.reload();
  s = await waitFor(app.page, (s) => s.probes['funnel.top_volume'], 'the app to start again', 30000);
  assert.equal(s.probes['funnel.top_volume'].value, 2400);
  assert.equal(s.probes['funnel.won'].value, 30);
  assert.equal(s.probes['doc.name'].text, 'My scenario');
  assert.deepEqual(app.problems, []);
});

test('Ctrl+Z undoes an edit and Ctrl+Shift+Z redoes it; both are saved', async () => {
  await typeInto(app.page, 'funnel.top_volume', '800');
  await waitFor(app.page, (s) => s.probes['funnel.won']?.value === 10, '800 prospects');
  await app.page.keyboard.press('Control+Z');
  await waitFor(app.page, (s) => s.probes['funnel.top_volume']?.value === 2400, 'the edit undone');
  await saved(app.page);
  assert.equal((await storedLibrary(app.page)).scenarios[0].scenario.funnel.top_volume, 2400);
  await app.page.keyboard.press('Control+Shift+Z');
  await waitFor(app.page, (s) => s.probes['funnel.top_volume']?.value === 800, 'the edit redone');
  await click('doc.undo');
  await waitFor(app.page, (s) => s.probes['funnel.top_volume']?.value === 2400, 'undone with the button');
  assert.deepEqual(app.problems, []);
});

test('named scenarios: new, rename, switch, duplicate and delete after a confirmation', async () => {
  await click('nav.scenarios');
  await waitFor(app.page, (s) => s.probes['scenarios.new'], 'the Scenarios panel');
  await click('scenarios.new');
  let s = await waitFor(app.page, (s) => s.probes['scenarios.name.1']?.value === 1, 'a second scenario, open');
  assert.equal(s.probes['scenarios.name.1'].text, 'New scenario');

  await click('scenarios.rename.1');
  await waitFor(app.page, (s) => s.typing, 'the name field');
  await app.page.keyboard.press('Control+A');
  await app.page.keyboard.type('My scenario', { delay: 20 });    // taken: refused with a reason
  await app.page.keyboard.press('Enter');
  s = await waitFor(app.page, (s) => s.probes['scenarios.rename.problem'], 'the refusal');
  assert.match(s.probes['scenarios.rename.problem'].text, /Another scenario already has this name/);
  await waitFor(app.page, (s) => s.typing, 'the name field, still open to correct');
  await app.page.keyboard.press('Control+A');
  await app.page.keyboard.type('Trainer demo', { delay: 20 });
  await app.page.keyboard.press('Enter');
  s = await waitFor(app.page, (s) => s.probes['scenarios.name.1']?.text === 'Trainer demo', 'the new name');
  assert.equal(s.probes['doc.name'].text, 'Trainer demo');

  // The new scenario has the default funnel; the first keeps its 2,400 prospects.
  await click('nav.funnel');
  s = await waitFor(app.page, (s) => s.probes['funnel.top_volume'], 'the funnel');
  assert.equal(s.probes['funnel.top_volume'].value, 1000);
  await click('nav.scenarios');
  await click('scenarios.open.0');
  await waitFor(app.page, (s) => s.probes['doc.name']?.text === 'My scenario', 'the first scenario open');
  await click('scenarios.duplicate.0');
  s = await waitFor(app.page, (s) => s.probes['scenarios.name.2']?.value === 1, 'the copy, open');
  assert.equal(s.probes['scenarios.name.2'].text, 'My scenario (copy)');

  await click('scenarios.delete.1');
  await waitFor(app.page, (s) => s.probes['scenarios.delete.confirm'], 'the confirmation');
  await click('scenarios.delete.cancel');
  s = await waitFor(app.page, (s) => !s.probes['scenarios.delete.confirm'], 'the confirmation closed');
  assert.equal(s.probes['scenarios.name.1'].text, 'Trainer demo');
  await click('scenarios.delete.1');
  await click('scenarios.delete.confirm');
  s = await waitFor(app.page, (s) => !s.probes['scenarios.name.2'], 'one scenario fewer');
  assert.equal(s.probes['scenarios.name.1'].text, 'My scenario (copy)');
  await saved(app.page);
  const lib = await storedLibrary(app.page);
  assert.deepEqual(lib.scenarios.map((n) => n.name), ['My scenario', 'My scenario (copy)']);
  assert.equal(lib.scenarios[1].scenario.funnel.top_volume, 2400);
  assert.deepEqual(app.problems, []);
});

test('a share link opens the same numbers in a fresh browser profile, as a new scenario', async () => {
  await click('nav.funnel');
  await typeInto(app.page, 'funnel.top_volume', '3000');
  const mine = await waitFor(app.page, (s) => s.probes['funnel.won']?.value === 37.5, '3,000 prospects');
  await click('nav.scenarios');
  await click('scenarios.share');
  const link = (await waitFor(app.page, (s) => s.probes['scenarios.share.link'], 'the link')).probes['scenarios.share.link'].text;
  assert.ok(link.startsWith(app.url + '#s='), link);
  assert.ok(link.length < 1000, `the link is ${link.length} characters long`);

  const fresh = await openApp({ fragment: link.slice(link.indexOf('#')) });
  try {
    let s = await waitFor(fresh.page, (s) => s.probes['doc.name']?.text === 'Shared scenario', 'the shared scenario');
    assert.match(s.probes['notice.0'].text, /Opened the shared scenario/);
    for (const id of ['funnel.top_volume', 'funnel.won', 'funnel.revenue', 'funnel.count.3'])
      assert.equal(s.probes[id].value, mine.probes[id].value, id);
    assert.equal(await fresh.page.evaluate(() => location.hash), '');   // a reload will not add it again
    // The receiver's own scenario is still there, untouched.
    await clickOn(fresh.page, 'nav.scenarios');
    s = await waitFor(fresh.page, (s) => s.probes['scenarios.name.1'], 'both scenarios');
    assert.equal(s.probes['scenarios.name.0'].text, 'My scenario');
    assert.deepEqual(fresh.problems, []);
  } finally {
    await fresh.close();
  }
});

test('a damaged share link gives a message and changes nothing', async () => {
  const fresh = await openApp({ fragment: '#s=eyJzY2hlbWEiOjEsImZ1bm5lbC' });
  try {
    const s = await waitFor(fresh.page, (s) => s.probes['notice.0'], 'a notice');
    assert.match(s.probes['notice.0'].text, /share link could not be opened/);
    assert.equal(s.probes['notice.0'].value, 1);
    assert.equal(s.probes['doc.name'].text, 'My scenario');
    assert.equal(s.probes['funnel.top_volume'].value, 1000);
    assert.deepEqual(fresh.problems, []);
  } finally {
    await fresh.close();
  }
});

test('a corrupted save is kept aside; the app starts with a new scenario and says so', async () => {
  const damaged = '{"schema":1,"active":0,"scenarios":[{"name":"Mine","scen';
  // Written before the page's scripts run, once: a reload must not put it back.
  const fresh = await openApp({
    beforeStart: [(text) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('quotient.library', text);
      sessionStorage.setItem('seeded', '1');
    }, damaged],
  });
  try {
    let s = await waitFor(fresh.page, (s) => s.probes['notice.1'], 'two notices');
    assert.match(s.probes['notice.0'].text, /could not be read, so Quotient started with a new scenario/);
    assert.match(s.probes['notice.1'].text, /damaged copy is kept as "localStorage: quotient\.library\.damaged\./);
    assert.equal(s.probes['funnel.top_volume'].value, 1000);
    await saved(fresh.page);
    const keys = await fresh.page.evaluate(() => Object.keys(localStorage));
    const aside = keys.find((k) => k.startsWith('quotient.library.damaged.'));
    assert.ok(aside, keys.join(', '));
    assert.equal(await fresh.page.evaluate((k) => localStorage.getItem(k), aside), damaged);
    assert.equal((await storedLibrary(fresh.page)).scenarios[0].name, 'My scenario');
    // Dismissed, a notice goes away.
    await clickOn(fresh.page, 'notice.dismiss.1');
    s = await waitFor(fresh.page, (s) => !s.probes['notice.1'], 'one notice left');
    assert.deepEqual(fresh.problems, []);
  } finally {
    await fresh.close();
  }
});

test('the scenario downloads as JSON and the funnel chart as a PNG', async () => {
  await click('nav.scenarios');
  let download = app.page.waitForEvent('download');
  await click('scenarios.export.json');
  let file = await download;
  assert.equal(file.suggestedFilename(), 'My scenario (copy).json');
  const json = JSON.parse(readFileSync(await file.path(), 'utf8'));
  assert.equal(json.schema, 2);
  assert.equal(json.funnel.top_volume, 3000);

  await click('nav.funnel');
  download = app.page.waitForEvent('download');
  await click('funnel.chart.png');
  file = await download;
  assert.equal(file.suggestedFilename(), 'funnel.png');
  const png = PNG.sync.read(readFileSync(await file.path()));
  assert.ok(png.width > 200 && png.height > 200, `${png.width}x${png.height}`);
  const colours = new Set();
  for (let i = 0; i < png.data.length; i += 4 * 13) colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
  assert.ok(colours.size > 20, `the chart has only ${colours.size} colours`);
  assert.deepEqual(app.problems, []);
});

test('a scenario file opened through the real file picker becomes a new scenario', async () => {
  await click('nav.scenarios');
  const file = '/tmp/quotient-e2e-scenario.json';
  writeFileSync(file, JSON.stringify({ schema: 1, funnel: { top_volume: 640 } }));
  const chooser = app.page.waitForEvent('filechooser');
  await click('scenarios.open.file');
  await (await chooser).setFiles(file);
  const s = await waitFor(app.page, (s) => s.probes['doc.name']?.text === 'quotient-e2e-scenario', 'the opened file');
  const notices = Object.values(s.probes).filter((p) => /as a new scenario/.test(p.text));
  assert.equal(notices.length, 1);
  await click('nav.funnel');
  await waitFor(app.page, (s) => s.probes['funnel.top_volume']?.value === 640, 'its funnel');
  assert.deepEqual(app.problems, []);
});

test('the pipeline and the commission statement download as CSV in the user\'s number format', async () => {
  await click('nav.settings');
  await click('settings.locale');
  await click('settings.locale.fr-FR');
  await click('nav.scenarios');
  let download = app.page.waitForEvent('download');
  await click('scenarios.export.pipeline');
  let file = await download;
  assert.match(file.suggestedFilename(), / pipeline\.csv$/);
  let text = readFileSync(await file.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFFOpportunity Name;Account Name;'), text.slice(0, 80));
  assert.match(text, /Fleet telematics renewal;Northwind Logistics;Dana Reyes;Opportunity;open;48000,00;USD;\d{4}-\d{2}-\d{2}/);

  download = app.page.waitForEvent('download');
  await click('scenarios.export.statement');
  file = await download;
  text = readFileSync(await file.path(), 'utf8');
  const total = text.split('\r\n').find((row) => row.includes(';total_payout;') || row.includes('total_payout'));
  assert.ok(total, text.slice(0, 400));
  assert.match(total, /11000,00/);    // the example plan's Q1 payout, as the Commission panel shows it
  assert.deepEqual(app.problems, []);
});

test('when the browser\'s storage is full, the user is told once and the status stays red', async () => {
  // Another page of the same site has filled this origin's storage.
  const fresh = await openApp({
    beforeStart: [() => {
      if (sessionStorage.getItem('filled')) return;
      sessionStorage.setItem('filled', '1');
      // Blocks of halving size until not even one character fits.
      let i = 0;
      for (let size = 1 << 20; size >= 1; size >>= 1) {
        try { for (;;) localStorage.setItem(`other.${i++}`, 'x'.repeat(size)); } catch { /* next size */ }
      }
    }],
  });
  try {
    await typeInto(fresh.page, 'funnel.top_volume', '1500');
    let s = await waitFor(fresh.page, (s) => s.probes['doc.status']?.value === 2, 'the save to fail');
    assert.equal(s.probes['doc.status'].text, 'Not saved');
    assert.match(s.probes['notice.0'].text, /could not be saved on this device \(the browser's storage for this page is full\)/);
    await typeInto(fresh.page, 'funnel.top_volume', '1600');
    s = await waitFor(fresh.page, (s) => s.probes['doc.status']?.value === 2 && s.probes['funnel.won']?.value === 20,
      'the second save to fail too');
    assert.ok(!s.probes['notice.1'], 'the failure is announced once');
    // Room again (the other page let go of its data): the next change is saved.
    await fresh.page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('other.')) localStorage.removeItem(key);
    });
    await typeInto(fresh.page, 'funnel.top_volume', '1700');
    await waitFor(fresh.page, (s) => s.probes['doc.status']?.value === 0, 'a save that works');
    assert.equal((await storedLibrary(fresh.page)).scenarios[0].scenario.funnel.top_volume, 1700);
    assert.deepEqual(fresh.problems, []);
  } finally {
    await fresh.close();
  }
});
