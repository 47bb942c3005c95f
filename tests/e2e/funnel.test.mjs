// The Funnel panel in a real browser, driven only by real mouse events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { openApp, state, waitFor, center, drag } from './browser.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

const near = (a, b, eps = 1e-6) => Math.abs(a - b) <= eps * Math.max(1, Math.abs(b));

test('the page loads its own files only and logs no error', async () => {
  await app.page.waitForTimeout(300);
  assert.deepEqual(app.problems, []);
});

test('the canvas shows the app, not a blank page', async () => {
  const png = PNG.sync.read(await app.page.screenshot());
  const colours = new Set();
  let lit = 0;
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    colours.add((r << 16) | (g << 8) | b);
    if (r + g + b > 150) lit++;
  }
  assert.ok(colours.size > 40, `only ${colours.size} colours on screen`);
  assert.ok(lit > 1000, `only ${lit} sampled pixels are lit`);
});

test('the default funnel is computed by the core', async () => {
  const s = await state(app.page);
  const p = s.probes;
  assert.equal(p['funnel.count.0'].value, 1000);
  assert.equal(p['funnel.count.1'].value, 500);          // 1000 x 50%
  assert.equal(p['funnel.won'].value, 12.5);             // 1000 x .5 x .4 x .5 x .5 x .25
  assert.equal(p['funnel.revenue'].value, 6250000);      // 12.5 x $5,000.00 in cents
  assert.equal(p['funnel.revenue'].text, '$62,500.00');
  assert.equal(p['funnel.bottleneck'].text, 'Opportunity');
});

test('dragging a rate slider to its right end makes that stage lose nobody', async () => {
  const p = (await state(app.page)).probes;
  const slider = p['funnel.rate.1'];                     // Lead -> MQL, 40%
  await drag(app.page, center(slider), { x: slider.x + slider.w + 60, y: center(slider).y });
  const s = await waitFor(app.page, (s) => s.probes['funnel.rate.1'].value === 1, 'rate 100%');
  assert.equal(s.probes['funnel.count.2'].value, 500);   // MQL = Lead x 100%
  assert.equal(s.probes['funnel.won'].value, 31.25);     // 1000 x .5 x 1 x .5 x .5 x .25
});

test('dragging a rate slider to a middle point gives the matching counts', async () => {
  const p = (await state(app.page)).probes;
  const slider = p['funnel.rate.0'];                     // Prospect -> Lead, 50%
  const from = center(slider);
  await drag(app.page, from, { x: slider.x + slider.w * 0.3, y: from.y });
  const s = await waitFor(app.page, (s) => s.probes['funnel.rate.0'].value < 0.4, 'rate below 40%');
  const rate = s.probes['funnel.rate.0'].value;
  assert.ok(rate > 0.15 && rate < 0.4, `rate ${rate}`);
  const lead = 1000 * rate;
  assert.ok(near(s.probes['funnel.count.1'].value, lead));
  assert.ok(near(s.probes['funnel.won'].value, lead * 1 * 0.5 * 0.5 * 0.25));
  // Revenue is won x $5,000 in cents, rounded half to even by the core.
  assert.equal(s.probes['funnel.revenue'].value, Math.round(lead * 0.0625 * 500000));
});

test('dragging a rate to zero moves the bottleneck there', async () => {
  const p = (await state(app.page)).probes;
  const slider = p['funnel.rate.3'];                     // SQL -> Opportunity
  await drag(app.page, center(slider), { x: slider.x - 60, y: center(slider).y });
  const s = await waitFor(app.page, (s) => s.probes['funnel.rate.3'].value === 0, 'rate 0%');
  assert.equal(s.probes['funnel.won'].value, 0);
  assert.equal(s.probes['funnel.bottleneck'].text, 'SQL');
  assert.equal(s.probes['funnel.revenue'].text, '$0.00');
});

test('an idle page stops drawing and wakes on input', async () => {
  await app.page.mouse.move(5, 5);
  // Idle means nothing pending either: the last edit's autosave has been made.
  await waitFor(app.page, (s) => s.probes['doc.status']?.value === 0, 'the edits to be saved');
  await app.page.waitForTimeout(500);
  const before = (await state(app.page)).frame;
  await app.page.waitForTimeout(1000);
  const idle = (await state(app.page)).frame;
  assert.ok(idle - before <= 1, `drew ${idle - before} frames in 1 s of idling`);
  await app.page.mouse.move(300, 300, { steps: 3 });
  await waitFor(app.page, (s) => s.frame > idle, 'a frame after input');
});

test('a click on the navigation opens a panel that says when it arrives', async () => {
  const p = (await state(app.page)).probes;
  const nav = center(p['nav.glossary']);
  await app.page.mouse.click(nav.x, nav.y);
  const s = await waitFor(app.page, (s) => s.probes['nav.glossary']?.value === 1, 'Glossary panel');
  assert.match(s.probes['pending.release'].text, /release 0\.5/);
  assert.deepEqual(app.problems, []);
});
