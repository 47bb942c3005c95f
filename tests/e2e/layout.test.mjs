// Screens from a phone to a projector: the navigation becomes a menu on a narrow screen, the
// funnel chart moves under the table instead of disappearing, and result figures wrap instead
// of being drawn over each other (checked from the widgets' rectangles, not by eye).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, openPanel, state, waitFor, center } from './browser.mjs';

const tap = async (page, id) => {
  const c = center((await state(page)).probes[id]);
  await page.touchscreen.tap(c.x, c.y);
};

// A finger put down at `from`, moved to `to` over `steps` touch moves, and lifted (Chromium's
// own touch events, as a phone sends them).
async function swipe(page, from, to, steps = 12) {
  const cdp = await page.context().newCDPSession(page);
  const at = (i) => [{ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; ++i) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

// Waits until `id` stops moving (a glide has ended) and returns its last rectangle.
async function settledAt(page, id) {
  let last = null;
  for (let i = 0; i < 100; ++i) {
    const r = (await state(page)).probes[id];
    if (last && r && r.y === last.y && r.x === last.x) return r;
    last = r;
    await page.waitForTimeout(100);
  }
  throw new Error(`${id} kept moving`);
}

const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

// Every pair of the named probes is apart, and each lies within the page's width.
function assertApart(s, ids, width) {
  const rects = ids.map((id) => [id, s.probes[id]]);
  for (const [id, r] of rects) {
    assert.ok(r, `${id} is drawn`);
    assert.ok(r.x >= 0 && r.x + r.w <= width, `${id} lies within ${width} px: ${JSON.stringify(r)}`);
  }
  for (let i = 0; i < rects.length; ++i)
    for (let j = i + 1; j < rects.length; ++j)
      assert.ok(!overlap(rects[i][1], rects[j][1]), `${rects[i][0]} and ${rects[j][0]} overlap`);
}

const funnelFigures = ['funnel.won', 'funnel.overall', 'funnel.revenue', 'funnel.bottleneck'];

test('phone, 390 x 844 at 3x, touch: menu, funnel chart under the table, figures apart', async () => {
  const app = await openApp({ width: 390, height: 844, scale: 3, touch: true });
  try {
    let s = await state(app.page);
    assert.equal(s.probes['nav.funnel'], undefined);          // no navigation column
    assert.equal(s.probes['nav.menu'].text, 'Funnel');
    assert.ok(s.probes['nav.menu'].h >= 44, 'the menu is a finger-sized target');
    // The chart is there, under the table, and as wide as the screen allows.
    const table = s.probes['funnel.name.0'], band = s.probes['funnel.band.0'];
    assert.ok(band && band.w > 100, 'the funnel chart is drawn');
    assert.ok(band.y > table.y, 'the chart is under the table');
    assertApart(s, funnelFigures, 390);
    assert.equal(s.probes['funnel.won'].text, '12.5');

    await openPanel(app.page, 'commission', { tap: true });
    s = await waitFor(app.page, (s) => s.probes['commission.quota'], 'the commission plan');
    assert.equal(s.probes['nav.menu'].text, 'Commission');
    // The plan's fields wrap onto the lines below instead of running off the screen.
    assertApart(s, ['commission.quota', 'commission.base_salary', 'commission.target_incentive', 'commission.ote',
                    'commission.pay_mix'], 390);
    await tap(app.page, 'commission.tab.statement');
    s = await waitFor(app.page, (s) => s.probes['commission.statement.total'], 'the commission statement');
    assertApart(s, ['commission.statement.total', 'commission.statement.earned', 'commission.statement.attainment'], 390);

    await openPanel(app.page, 'pipeline', { tap: true });
    s = await waitFor(app.page, (s) => s.probes['pipeline.open'], 'the pipeline totals');
    assertApart(s, ['pipeline.open', 'pipeline.weighted', 'pipeline.coverage'], 390);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('phone: a finger swipe scrolls the panel by the distance swiped; it presses nothing it started on', async () => {
  // At scale 1: a frame of a 3x screen takes SwiftShader a third of a second, too slow for a fling.
  const app = await openApp({ width: 390, height: 844, scale: 1, touch: true });
  try {
    const before = await state(app.page);
    const band = before.probes['funnel.band.0'];
    const won = before.probes['funnel.won'].y;
    const undo = before.probes['doc.undo'].value;
    // Up 80 px from the middle of the chart's first band: the panel follows the finger, and may
    // glide on after it (how far depends on how fast this machine draws; touch_drag_test.cpp
    // checks the glide itself frame by frame).
    const from = { x: band.x + band.w / 2, y: band.y + band.h / 2 };
    await swipe(app.page, from, { x: from.x, y: from.y - 80 });
    const after = await settledAt(app.page, 'funnel.won');
    assert.ok(won - after.y >= 80, `the figures moved up ${won - after.y} px, at least the 80 swiped`);
    // A swipe across the stage table (on the stage names, which are text fields) scrolls it
    // sideways and edits nothing.
    const name = (await state(app.page)).probes['funnel.name.2'];
    const count = (await state(app.page)).probes['funnel.count.2'];
    await swipe(app.page, { x: name.x + name.w / 2, y: name.y + name.h / 2 },
      { x: name.x + name.w / 2 - 150, y: name.y + name.h / 2 });
    const moved = await settledAt(app.page, 'funnel.count.2');
    assert.ok(count.x - moved.x >= 100, `the table scrolled ${count.x - moved.x} px sideways`);
    const s = await state(app.page);
    assert.equal(s.typing, false);
    assert.equal(s.probes['doc.undo'].value, undo);     // nothing was edited
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('phone: a tap on a number field gives a real input the focus, with the number pad, and what the phone types lands in the field', async () => {
  const app = await openApp({ width: 390, height: 844, scale: 3, touch: true });
  try {
    const field = (await state(app.page)).probes['funnel.average_deal'];
    await tap(app.page, 'funnel.average_deal');
    await app.page.waitForFunction(() => document.activeElement?.id === 'text-input');
    const input = await app.page.evaluate(() => {
      const i = document.activeElement, r = i.getBoundingClientRect();
      return { mode: i.inputMode, y: r.y };
    });
    assert.equal(input.mode, 'decimal');
    assert.ok(Math.abs(input.y - field.y) < field.h, `the input sits on the field (${input.y} vs ${field.y})`);
    // A soft keyboard sends text as input events, without key presses.
    await app.page.keyboard.insertText('7000');
    await app.page.keyboard.press('Enter');
    await waitFor(app.page, (s) => s.probes['funnel.average_deal'].value === 700000, 'an average deal of $7,000.00');
    // The field has let go: the input gives the focus back and is empty.
    await app.page.waitForFunction(() => document.activeElement?.id === 'canvas');
    assert.equal(await app.page.evaluate(() => document.getElementById('text-input').value), '');
    // A stage name takes the full keyboard.
    await tap(app.page, 'funnel.name.1');
    await app.page.waitForFunction(() => document.activeElement?.id === 'text-input');
    assert.equal(await app.page.evaluate(() => document.activeElement.inputMode), 'text');
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('projector, 1024 x 768: navigation column, and the funnel chart under the table', async () => {
  const app = await openApp({ width: 1024, height: 768 });
  try {
    const s = await state(app.page);
    assert.ok(s.probes['nav.funnel'], 'the navigation column');
    const band = s.probes['funnel.band.0'];
    assert.ok(band && band.w > 200, 'the funnel chart is drawn');
    assert.ok(band.y > s.probes['funnel.name.5'].y, 'under the table');
    assertApart(s, funnelFigures, 1024);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

test('laptop, 1280 x 800 at 200 % zoom: the page is 640 wide, a menu and the chart', async () => {
  // Browser zoom at 200 % is a device pixel ratio of 2 on a viewport half as wide.
  const app = await openApp({ width: 640, height: 400, scale: 2 });
  try {
    const s = await state(app.page);
    assert.ok(s.probes['nav.menu'], 'the navigation menu');
    assert.ok(s.probes['funnel.band.0'], 'the funnel chart is drawn');
    assertApart(s, funnelFigures, 640);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});
