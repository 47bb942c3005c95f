// Nothing lost, and honest share links, in a real browser: two tabs saving the same scenarios,
// a damaged save that cannot be set aside, a link without names and notes, and a link that
// opens in the recipient's own number format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApp, waitFor, click, typeInto } from './browser.mjs';

const saved = (page) => waitFor(page, (s) => s.probes['doc.status']?.value === 0, 'the scenario to be saved');
const storedLibrary = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('quotient.library')));

// A second tab of the same browser profile: it shares the first one's localStorage.
async function secondTab(app) {
  const page = await app.page.context().newPage();
  page.on('console', (m) => { if (m.type() === 'error') app.problems.push(`tab 2 console error: ${m.text()}`); });
  page.on('pageerror', (e) => app.problems.push(`tab 2 page error: ${e.message}`));
  await page.goto(app.url);
  await waitFor(page, (s) => s.probes['nav.funnel'], 'the second tab to start', 30000);
  return page;
}

// The scenario JSON a link carries.
const linkJson = (link) => Buffer.from(link.slice(link.indexOf('#s=') + 3), 'base64url').toString('utf8');

test('two tabs editing the same scenario: the later one is offered the choice, and nothing is lost', async () => {
  const app = await openApp();
  try {
    const a = app.page;
    const b = await secondTab(app);
    // Tab A edits and saves; tab B, open all along on the older version, is told at once.
    await a.bringToFront();
    await typeInto(a, 'funnel.top_volume', '2400');
    await waitFor(a, (s) => s.probes['funnel.won']?.value === 30, 'A\'s funnel to follow');
    await saved(a);
    await b.bringToFront();
    let s = await waitFor(b, (s) => s.probes.hold?.value === 1, 'tab B to be told of A\'s save');
    assert.match(s.probes.hold.text, /changed and saved in another tab/);
    assert.ok(s.probes['hold.theirs'] && s.probes['hold.mine'] && s.probes['hold.both'], 'three choices');

    // B edits its older version anyway: it is not saved over A's, and says so.
    await typeInto(b, 'funnel.top_volume', '3000');
    s = await waitFor(b, (s) => s.probes['funnel.won']?.value === 37.5 && s.probes['doc.status']?.value === 2,
      'B\'s edit, not saved');
    assert.equal(s.probes['doc.status'].text, 'Not saved');
    await b.waitForTimeout(1000);     // well past the autosave delay
    assert.equal((await storedLibrary(b)).scenarios[0].scenario.funnel.top_volume, 2400);

    // B keeps both: A's version, with B's scenario beside it as a copy.
    await click(b, 'hold.both');
    await waitFor(b, (s) => !s.probes.hold && s.probes['doc.status']?.value === 0, 'both kept and saved');
    let lib = await storedLibrary(b);
    assert.deepEqual(lib.scenarios.map((n) => n.name), ['My scenario', 'My scenario (kept copy)']);
    assert.deepEqual(lib.scenarios.map((n) => n.scenario.funnel?.top_volume), [2400, 3000]);

    // Now A is the older one: it is told, and takes B's version.
    await a.bringToFront();
    await waitFor(a, (s) => s.probes.hold?.value === 1, 'tab A to be told of B\'s save');
    await click(a, 'hold.theirs');
    s = await waitFor(a, (s) => !s.probes.hold && s.probes['doc.name']?.text === 'My scenario (kept copy)',
      'A showing the kept copy');
    assert.equal(s.probes['funnel.top_volume'].value, 3000);

    // After a reload, both tabs' work is there.
    await a.reload();
    await waitFor(a, (s) => s.probes['funnel.top_volume']?.value === 3000, 'A after a reload', 30000);
    await click(a, 'nav.scenarios');
    s = await waitFor(a, (s) => s.probes['scenarios.name.1'], 'both scenarios listed');
    assert.equal(s.probes['scenarios.name.0'].text, 'My scenario');
    lib = await storedLibrary(a);
    assert.deepEqual(lib.scenarios.map((n) => n.scenario.funnel?.top_volume), [2400, 3000]);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a damaged save whose copy cannot be made is left untouched; nothing is saved until the user chooses', async () => {
  const damaged = '{"schema":2,"active":0,"scenarios":[{"name":"Mine","scen';
  const app = await openApp({
    beforeStart: [(text) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('quotient.library', text);
        sessionStorage.setItem('seeded', '1');
      }
      // The browser refuses the copy: this origin's storage is full.
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (String(key).startsWith('quotient.library.damaged.'))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    }, damaged],
  });
  try {
    const page = app.page;
    let s = await waitFor(page, (s) => s.probes.hold?.value === 2, 'the damaged save held');
    assert.match(s.probes['notice.0'].text, /could not be read, so Quotient started with a new scenario/);
    assert.match(s.probes.hold.text, /could not set them aside either \(the browser's storage for this page is full\)/);
    assert.equal(s.probes['doc.status'].text, 'Not saved');

    // Work goes on, unsaved; the damaged text stays exactly as it was, and nothing was added.
    await typeInto(page, 'funnel.top_volume', '1500');
    await waitFor(page, (s) => s.probes['funnel.won']?.value === 18.75, 'the edit');
    await page.waitForTimeout(1000);
    s = await waitFor(page, (s) => s.probes['doc.status']?.value === 2, 'still not saved');
    assert.equal(await page.evaluate(() => localStorage.getItem('quotient.library')), damaged);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['quotient.library']);
    // Hidden (the user switches tabs): still nothing written over it.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    assert.equal(await page.evaluate(() => localStorage.getItem('quotient.library')), damaged);

    // The user downloads it: the file holds the damaged text, and saving starts again.
    const download = page.waitForEvent('download');
    await click(page, 'hold.download');
    const file = await download;
    assert.equal(readFileSync(await file.path(), 'utf8'), damaged);
    await waitFor(page, (s) => !s.probes.hold && s.probes['doc.status']?.value === 0, 'saving again');
    assert.equal((await storedLibrary(page)).scenarios[0].scenario.funnel.top_volume, 1500);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the share dialog says what a link carries, and "Leave out names and notes" leaves them out', async () => {
  const app = await openApp();
  try {
    const page = app.page;
    await click(page, 'nav.scenarios');
    let s = await waitFor(page, (s) => s.probes['scenarios.share.carries'], 'the share section');
    assert.match(s.probes['scenarios.share.carries'].text, /also every name and note: deal names, accounts, owners/);
    await click(page, 'scenarios.share');
    const full = (await waitFor(page, (s) => s.probes['scenarios.share.link'], 'a link')).probes['scenarios.share.link'].text;

    await click(page, 'scenarios.share.without_names');
    s = await waitFor(page, (s) => s.probes['scenarios.share.without_names']?.value === 1 &&
      s.probes['scenarios.share.carries']?.value === 1, 'the box ticked');
    assert.match(s.probes['scenarios.share.carries'].text, /numbers only/);
    assert.ok(!s.probes['scenarios.share.link'], 'the link made before is gone');
    await click(page, 'scenarios.share');
    const bare = (await waitFor(page, (s) => s.probes['scenarios.share.link'], 'the new link')).probes['scenarios.share.link'].text;

    const names = ['Fleet telematics renewal', 'Northwind Logistics', 'Dana Reyes', '"rep":"You"'];
    const bareJson = linkJson(bare);
    for (const name of names) assert.ok(!bareJson.includes(name), `${name} left out`);
    assert.match(bareJson, /"name":"Deal 1","account":"Account 1","owner":"Owner 1"/);
    assert.ok(linkJson(full).includes('Dana Reyes') || !linkJson(full).includes('"deals"'),
      'the full link carries the names (or the example deals, made again by the reader)');

    // Opened elsewhere, the link without names shows the same figures.
    const fresh = await openApp({ fragment: bare.slice(bare.indexOf('#')) });
    try {
      await click(fresh.page, 'nav.pipeline');
      await click(page, 'nav.pipeline');
      const theirs = await waitFor(fresh.page, (s) => s.probes['doc.name']?.text === 'Shared scenario' &&
        s.probes['pipeline.weighted'], 'the shared pipeline');
      const mine = await waitFor(page, (s) => s.probes['pipeline.weighted'], 'my pipeline');
      for (const id of ['pipeline.open', 'pipeline.weighted', 'pipeline.expected', 'pipeline.coverage', 'pipeline.velocity'])
        assert.equal(theirs.probes[id]?.value, mine.probes[id]?.value, id);
      assert.deepEqual(fresh.problems, []);
    } finally {
      await fresh.close();
    }
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a fr-FR recipient opening an en-US sender\'s link keeps fr-FR', async () => {
  const sender = await openApp();
  const recipient = await openApp();
  try {
    await typeInto(sender.page, 'funnel.top_volume', '3000');
    await waitFor(sender.page, (s) => s.probes['funnel.won']?.value === 37.5, '3,000 prospects');
    await click(sender.page, 'nav.settings');
    assert.equal((await waitFor(sender.page, (s) => s.probes['settings.locale'], 'settings')).probes['settings.locale'].text, 'en-US');
    await click(sender.page, 'nav.scenarios');
    await click(sender.page, 'scenarios.share');
    const link = (await waitFor(sender.page, (s) => s.probes['scenarios.share.link'], 'the link')).probes['scenarios.share.link'].text;
    assert.ok(!/"locale"|"language"/.test(linkJson(link)), linkJson(link).slice(0, 200));

    const page = recipient.page;
    await click(page, 'nav.settings');
    await click(page, 'settings.locale');
    await click(page, 'settings.locale.fr-FR');
    await waitFor(page, (s) => s.probes['settings.locale']?.text === 'fr-FR', 'the recipient in fr-FR');
    await saved(page);
    await page.goto(recipient.url + link.slice(link.indexOf('#')));
    let s = await waitFor(page, (s) => s.probes['doc.name']?.text === 'Shared scenario', 'the shared scenario', 30000);
    await click(page, 'nav.settings');
    s = await waitFor(page, (s) => s.probes['settings.locale'], 'settings');
    assert.equal(s.probes['settings.locale'].text, 'fr-FR');
    await click(page, 'nav.funnel');
    s = await waitFor(page, (s) => s.probes['funnel.top_volume'], 'the funnel');
    assert.equal(s.probes['funnel.top_volume'].value, 3000);
    assert.deepEqual(sender.problems, []);
    assert.deepEqual(recipient.problems, []);
  } finally {
    await sender.close();
    await recipient.close();
  }
});
