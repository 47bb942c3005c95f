// Screens and input devices: the canvas backing store follows devicePixelRatio and the window
// size, and mouse and touch input land on the right widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, openPanel, state, waitFor, poll, center } from './browser.mjs';

const canvasSize = (page) => page.evaluate(() => {
  const c = document.getElementById('canvas');
  return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
});

test('on a 2x screen the canvas has twice the pixels and clicks still hit', async () => {
  const app = await openApp({ width: 1100, height: 700, scale: 2 });
  try {
    const c = await canvasSize(app.page);
    assert.deepEqual(c, { w: 2200, h: 1400, cssW: 1100, cssH: 700 });
    const settings = center((await state(app.page)).probes['nav.settings']);
    await app.page.mouse.click(settings.x, settings.y);
    await waitFor(app.page, (s) => s.probes['nav.settings']?.value === 1, 'Settings panel');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('the canvas follows the window when it is resized', async () => {
  const app = await openApp({ width: 1280, height: 800 });
  try {
    await app.page.setViewportSize({ width: 900, height: 640 });
    const c = await poll(app.page, () => canvasSize(app.page), (c) => c.w === 900, 'canvas at 900 px');
    assert.deepEqual(c, { w: 900, h: 640, cssW: 900, cssH: 640 });
    // The layout follows too: the funnel table now spans the narrower window.
    const s = await waitFor(app.page, (s) => s.probes['funnel.rate.0'] &&
      s.probes['funnel.rate.0'].x + s.probes['funnel.rate.0'].w < 900, 'layout at 900 px');
    assert.ok(s.probes['funnel.rate.0'].w > 0);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('a finger tap on a phone-sized touch screen opens a panel from the menu', async () => {
  const app = await openApp({ width: 420, height: 860, scale: 3, touch: true });
  try {
    await openPanel(app.page, 'glossary', { tap: true });
    const s = await waitFor(app.page, (s) => s.probes['nav.menu']?.text === 'Glossary', 'Glossary panel after two taps');
    assert.match(s.probes['pending.release'].text, /release 0\.5/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
