// Shared set-up for the browser tests: serve the built page on loopback, open it in Debian's
// Chromium (WebGL2 on SwiftShader), and record anything that must fail a test: console errors,
// page errors, and any request that is not for the page's own files.
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

export const dist = process.env.QUOTIENT_DIST || 'build/web/dist';

const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

// A fresh browser profile (empty localStorage) on the served page. `fragment` is put after the
// page's address ("#s=..."); `beforeStart` = [fn, arg]: fn(arg) runs in the page before its own
// scripts, on every load.
export async function openApp({ width = 1280, height = 800, scale = 1, touch = false, fragment = '',
                                beforeStart } = {}) {
  const server = await startServer(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags });
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, hasTouch: touch,
                                             acceptDownloads: true });
  const page = await context.newPage();
  if (beforeStart) await page.addInitScript(...beforeStart);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url)) problems.push(`request left the page: ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(server.url + fragment);
  // The navigation column, or on a narrow screen the menu of the bar across the top.
  await waitFor(page, (s) => s.probes['nav.funnel'] || s.probes['nav.menu'], 'the app to start', 30000);
  const close = async () => { await browser.close(); await server.close(); };
  return { page, problems, close, url: server.url };
}

// What the UI shows now (read-only test hook); null until the app has started.
export const state = (page) => page.evaluate(() => (window.quotientTest ? window.quotientTest() : null));

// Polls `read()` until `check(value)` is true; returns that value. (Plain polling from Node:
// Playwright's in-page waitForFunction proved flaky on this Chromium under load.)
export async function poll(page, read, check, what, timeout = 10000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await read();
    if (last && check(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last?.probes ?? last).slice(0, 2000)}`);
}

// Waits until the test hook reports a state for which `check(state)` is true.
export const waitFor = (page, check, what, timeout) => poll(page, () => state(page), check, what, timeout);

export function center(probe) {
  return { x: probe.x + probe.w / 2, y: probe.y + probe.h / 2 };
}

// A real drag with the mouse: press on the widget, move in steps, release.
export async function drag(page, from, to, steps = 12) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps });
  await page.waitForTimeout(100);
  await page.mouse.up();
}

// [SECTION] Acting like a person: every helper below uses real mouse and keyboard events.

// The widget's rectangle and value; fails the test when the UI does not show it.
export async function probe(page, id) {
  const p = (await state(page))?.probes[id];
  if (!p) throw new Error(`no widget ${id} on screen`);
  return p;
}

// Scrolls with the mouse wheel (over `wheelAt`) until the widget is fully between `top` and
// `bottom`, as a person scrolls to what they want to click.
export async function reveal(page, id, { top = 0, bottom = page.viewportSize().height - 10,
                                         wheelAt = { x: 700, y: 450 } } = {}) {
  // A panel opened by the click before shows its widgets a frame or two later: give it a moment
  // before scrolling, which would scroll whatever is still on screen.
  await poll(page, () => state(page), (s) => s.probes[id], `${id} on screen`, 2000).catch(() => {});
  for (let i = 0; i < 80; i++) {
    const p = (await state(page))?.probes[id];
    if (p && p.y > top && p.y + p.h < bottom) return p;
    await page.mouse.move(wheelAt.x, wheelAt.y);
    await page.mouse.wheel(0, !p || p.y > (top + bottom) / 2 ? 150 : -150);
    await page.waitForTimeout(60);
  }
  const shot = join(dist, '..', 'e2e-failures', `${id}.png`);
  await page.screenshot({ path: shot }).catch(() => {});
  throw new Error(`could not scroll ${id} into view (screen: ${shot})`);
}

// Moves onto the widget, then clicks: ImGui 1.86 takes a click on a tab only once the mouse has
// hovered it for a frame, as it always has when a person clicks.
export async function click(page, id, options) {
  let c = center(await reveal(page, id, options));
  // Under load a frame can take longer than any fixed pause: wait until the app has drawn one
  // with the mouse over the widget (two moves, so that there is an event even if it was there).
  // A view just opened may still settle (an ImGui table sizes its columns on its first frame):
  // if the widget has moved meanwhile, follow it.
  for (let tries = 0; tries < 5; ++tries) {
    const before = (await state(page)).frame;
    await page.mouse.move(c.x - 1, c.y);
    await page.mouse.move(c.x, c.y);
    const s = await poll(page, () => state(page), (s) => s.frame > before, `a frame with the mouse over ${id}`);
    const now = s.probes[id] ? center(s.probes[id]) : c;
    if (Math.abs(now.x - c.x) < 1 && Math.abs(now.y - c.y) < 1) break;
    c = now;
  }
  await page.waitForTimeout(30);
  await page.mouse.click(c.x, c.y);
}

// Opens a panel ('pipeline'...) from the navigation, through the top bar's menu on a narrow
// screen; `tap` uses the touch screen.
export async function openPanel(page, panel, { tap = false } = {}) {
  const press = async (id) => {
    const c = center((await state(page)).probes[id]);
    if (tap) await page.touchscreen.tap(c.x, c.y);
    else await click(page, id);
  };
  if (!(await state(page)).probes[`nav.${panel}`]) {
    await press('nav.menu');
    await waitFor(page, (s) => s.probes[`nav.${panel}`], 'the navigation menu');
  }
  await press(`nav.${panel}`);
  await waitFor(page, (s) => s.probes[`nav.${panel}`]?.value === 1 || s.probes['nav.menu']?.text !== undefined &&
    !s.probes[`nav.${panel}`], `the ${panel} panel`);
}

// Clicks a field (Ctrl+click for an ImGui slider, which turns it into a text field), selects its
// text and types a new value, then Enter.
export async function typeInto(page, id, text, { ctrl = false, ...options } = {}) {
  if (ctrl) {
    // Ctrl is held over the whole click, without a hover first: a slider takes a plain click
    // as a drag to that point.
    // Ctrl stays down until the app has taken the click: ImGui 1.86 reads Ctrl as it is when
    // the frame runs, while the press itself is latched, so a Ctrl released before that frame
    // turns the click into a drag to the mouse.
    const c = center(await reveal(page, id, options));
    await page.keyboard.down('Control');
    await page.mouse.click(c.x, c.y);
    await waitFor(page, (s) => s.typing, `a text field at ${id}`);
    await page.keyboard.up('Control');
  } else {
    await click(page, id, options);
    await waitFor(page, (s) => s.typing, `a text field at ${id}`);
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 20 });
  await page.keyboard.press('Enter');
  await waitFor(page, (s) => !s.typing, `the app to take the text typed at ${id}`);
}

// The Pipeline panel's review sheet scrolls on its own: widgets in it are revealed with the wheel
// over it. (Its last widget, scrolled fully down, ends exactly on its bottom edge: the area is a
// pixel larger on each side, since reveal wants a widget inside it.)
export async function sheetArea(page) {
  const sheet = (await state(page)).probes['pipeline.sheet'];
  return { top: sheet.y - 1, bottom: sheet.y + sheet.h + 1, wheelAt: { x: sheet.x + 20, y: sheet.y + sheet.h / 2 } };
}
