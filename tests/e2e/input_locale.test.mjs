// Typed numbers read as the user's number format writes them, in a real browser driven by real
// mouse and keyboard events: French and Romanian formats chosen in Settings, an amount and rates
// typed their way (with a normal space and with the narrow no-break space U+202F, pasted as it
// comes from a French document), what the fields show afterwards, and text that is not a number
// refused at the field with the stored value unchanged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, state, waitFor, center, click as clickOn, typeInto } from './browser.mjs';

let app;
before(async () => {
  app = await openApp();
  // Pasting text the user copied elsewhere: the page reads the clipboard on its paste event.
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
});
after(async () => { await app?.close(); });

const NNBSP = '\u202F';   // fr groups thousands with it and puts it before %
const NBSP = '\u00A0';    // before a currency symbol written after the amount

// The KPI cards scroll under the search box: wheel over the cards, keep widgets below the box.
const where = async (id) => {
  const box = (await state(app.page)).probes['kpi.search'];
  if (!box || id.startsWith('nav.')) return {};
  const search = center(box);
  return { top: 120, bottom: 760, wheelAt: { x: search.x + 200, y: 400 } };
};
const click = async (id) => clickOn(app.page, id, await where(id));
const type = async (id, text) => typeInto(app.page, id, text, await where(id));

// Pastes `text` into the field: the user copied it elsewhere, clicks the field, selects all and
// presses Ctrl+V, then Enter.
const paste = async (id, text) => {
  await app.page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await click(id);
  await waitFor(app.page, (s) => s.typing, `a text field at ${id}`);
  await app.page.keyboard.press('Control+A');
  const before = (await state(app.page)).frame;
  await app.page.keyboard.press('Control+V');
  // ImGui 1.86 reads held keys once a frame: Enter in the same frame as V would win over the paste.
  await waitFor(app.page, (s) => s.frame >= before + 2, 'a frame that has seen Ctrl+V');
  await app.page.keyboard.press('Enter');
  await waitFor(app.page, (s) => !s.typing, `the app to take the text pasted at ${id}`);
};

const chooseFormat = async (locale) => {
  await click('nav.settings');
  await waitFor(app.page, (s) => s.probes['settings.locale'], 'the Settings panel');
  await click('settings.locale');
  await waitFor(app.page, (s) => s.probes[`settings.locale.${locale}`], 'the list of number formats');
  await app.page.waitForTimeout(200);   // the popup's first frame lays out before it is placed
  await click(`settings.locale.${locale}`);
  await waitFor(app.page, (s) => s.probes['settings.locale']?.text === locale, `the ${locale} format`);
};

const openFunnel = async () => {
  await click('nav.funnel');
  return waitFor(app.page, (s) => s.probes['funnel.average_deal'], 'the Funnel panel');
};

const openKpis = async () => {
  await click('nav.kpis');
  return waitFor(app.page, (s) => s.probes['kpi.search'], 'the KPIs panel');
};

test('in en-US the average deal shows and takes 12,500.50 as before', async () => {
  let s = await openFunnel();
  assert.equal(s.probes['funnel.average_deal'].text, '$5,000.00');
  await type('funnel.average_deal', '12500.50');
  s = await waitFor(app.page, (s) => s.probes['funnel.average_deal']?.value === 1250050, '$12,500.50');
  assert.equal(s.probes['funnel.average_deal'].text, '$12,500.50');
  await type('funnel.average_deal', '5000');
  await waitFor(app.page, (s) => s.probes['funnel.average_deal']?.value === 500000, 'back to $5,000.00');
  assert.deepEqual(app.problems, []);
});

test('fr-FR: 12500,50 is an average deal of 12 500,50 $, shown the French way', async () => {
  await chooseFormat('fr-FR');
  let s = await openFunnel();
  assert.equal(s.probes['funnel.average_deal'].text, `5${NNBSP}000,00${NBSP}$`);
  await type('funnel.average_deal', '12500,50');
  s = await waitFor(app.page, (s) => s.probes['funnel.average_deal']?.value === 1250050, '12 500,50 $');
  assert.equal(s.probes['funnel.average_deal'].text, `12${NNBSP}500,50${NBSP}$`);
  assert.equal(s.probes['funnel.average_deal.error'], undefined);
  // Revenue follows: 12.5 won deals x 12,500.50 = 156,256.25.
  s = await waitFor(app.page, (s) => s.probes['funnel.revenue']?.value === 15625625, 'the revenue');
  assert.equal(s.probes['funnel.revenue'].text, `156${NNBSP}256,25${NBSP}$`);
  assert.deepEqual(app.problems, []);
});

test('fr-FR: abc and +500 are refused at the field; the average deal keeps 12 500,50 $', async () => {
  await type('funnel.average_deal', 'abc');
  let s = await waitFor(app.page, (s) => s.probes['funnel.average_deal.error'], 'the refusal of abc');
  const field = s.probes['funnel.average_deal'];
  const error = s.probes['funnel.average_deal.error'];
  assert.equal(error.text, 'This is not a number: type digits, such as 1234.');
  assert.ok(error.y >= field.y + field.h && error.y < field.y + field.h + 30, 'the message sits under the field');
  assert.equal(field.value, 1250050);
  assert.equal(field.text, `12${NNBSP}500,50${NBSP}$`);

  await type('funnel.average_deal', '+500');
  s = await waitFor(app.page, (s) => s.probes['funnel.average_deal.error']?.text.includes('+500'), 'the refusal of +500');
  assert.equal(s.probes['funnel.average_deal.error'].text,
    'Type the number itself: a field does not work out sums such as +500 or *2.');
  assert.equal(s.probes['funnel.average_deal'].value, 1250050);           // not 12,550.50, not 500
  // A number the en way is refused with the French way, never read as 1 250 050.
  await type('funnel.average_deal', '12500.50');
  s = await waitFor(app.page, (s) => s.probes['funnel.average_deal.error']?.text.startsWith('Write'), 'the fr way');
  assert.equal(s.probes['funnel.average_deal.error'].text,
    'Write the number as 1 234,56: a comma before the decimals, spaces between thousands.');
  assert.equal(s.probes['funnel.average_deal'].value, 1250050);
  // The message stays until a value is stored.
  await type('funnel.average_deal', '5 000');
  s = await waitFor(app.page, (s) => s.probes['funnel.average_deal']?.value === 500000, '5 000,00 $');
  assert.equal(s.probes['funnel.average_deal.error'], undefined);
  assert.deepEqual(app.problems, []);
});

test('fr-FR: a rate slider typed with Ctrl+click takes 12,5 and shows 12,5 %', async () => {
  await typeInto(app.page, 'funnel.rate.0', '12,5', { ctrl: true });
  const s = await waitFor(app.page, (s) => s.probes['funnel.rate.0']?.value === 0.125, 'the rate 12,5 %');
  assert.equal(s.probes['funnel.count.1'].value, 125);                     // 1000 x 12.5%
  assert.equal(s.probes['funnel.rate.0.error'], undefined);
  await typeInto(app.page, 'funnel.rate.0', '*2', { ctrl: true });
  const r = await waitFor(app.page, (s) => s.probes['funnel.rate.0.error'], 'the refusal of *2');
  assert.match(r.probes['funnel.rate.0.error'].text, /does not work out sums/);
  assert.equal(r.probes['funnel.rate.0'].value, 0.125);                    // not 25%
  await typeInto(app.page, 'funnel.rate.0', '50', { ctrl: true });
  await waitFor(app.page, (s) => s.probes['funnel.rate.0']?.value === 0.5 && !s.probes['funnel.rate.0.error'], '50 %');
  assert.deepEqual(app.problems, []);
});

test('fr-FR: 1 234,56 typed with a space, then pasted with U+202F, and 12,5 % into KPI rates', async () => {
  await openKpis();
  const markup = 'kpi.markup_to_margin.markup';
  await type(markup, '1 234,56');
  let s = await waitFor(app.page, (s) => s.probes[markup]?.value === 12.3456, '1 234,56 %');
  assert.equal(s.probes[markup].text, `1${NNBSP}234,56${NNBSP}%`);

  await type(markup, '50');
  await waitFor(app.page, (s) => s.probes[markup]?.value === 0.5, '50 %');
  await paste(markup, `1${NNBSP}234,56`);
  s = await waitFor(app.page, (s) => s.probes[markup]?.value === 12.3456, '1 234,56 % pasted');
  assert.equal(s.probes[markup].text, `1${NNBSP}234,56${NNBSP}%`);
  assert.equal(s.probes[`${markup}.error`], undefined);

  const rate = 'kpi.commission_flat.commission_rate';
  await type(rate, '12,5 %');
  s = await waitFor(app.page, (s) => s.probes[rate]?.value === 0.125, '12,5 %');
  assert.equal(s.probes[rate].text, `12,5${NNBSP}%`);
  // abc and +500 leave the rate as it was, with the reason under the field.
  await type(rate, 'abc');
  s = await waitFor(app.page, (s) => s.probes[`${rate}.error`], 'the refusal of abc');
  assert.equal(s.probes[`${rate}.error`].text, 'This is not a number: type digits, such as 1234.');
  assert.equal(s.probes[rate].value, 0.125);
  await type(rate, '+500');
  s = await waitFor(app.page, (s) => s.probes[`${rate}.error`]?.text.includes('+500'), 'the refusal of +500');
  assert.equal(s.probes[rate].value, 0.125);
  assert.equal(s.probes[rate].text, `12,5${NNBSP}%`);
  assert.deepEqual(app.problems, []);
});

test('ro-RO: 12500,50 is 12.500,50 $; 1 234,56 and 12,5 % are rates; abc and +500 are refused', async () => {
  await chooseFormat('ro-RO');
  let s = await openFunnel();
  assert.equal(s.probes['funnel.average_deal'].text, `5.000,00${NBSP}$`);
  await type('funnel.average_deal', '12500,50');
  s = await waitFor(app.page, (s) => s.probes['funnel.average_deal']?.value === 1250050, '12.500,50 $');
  assert.equal(s.probes['funnel.average_deal'].text, `12.500,50${NBSP}$`);
  await type('funnel.average_deal', 'abc');
  s = await waitFor(app.page, (s) => s.probes['funnel.average_deal.error'], 'the refusal of abc');
  assert.equal(s.probes['funnel.average_deal'].value, 1250050);
  await type('funnel.average_deal', '+500');
  s = await waitFor(app.page, (s) => s.probes['funnel.average_deal.error']?.text.includes('+500'), 'the refusal of +500');
  assert.equal(s.probes['funnel.average_deal'].value, 1250050);
  // 12.500,5 is the ro way; 12500.50 is not (the point groups thousands).
  await type('funnel.average_deal', '12500.50');
  s = await waitFor(app.page, (s) => s.probes['funnel.average_deal.error']?.text.startsWith('Write'), 'the ro way');
  assert.equal(s.probes['funnel.average_deal'].value, 1250050);

  await openKpis();
  const markup = 'kpi.markup_to_margin.markup';
  await type(markup, '50');
  await waitFor(app.page, (s) => s.probes[markup]?.value === 0.5, '50 %');
  await type(markup, '1 234,56');
  s = await waitFor(app.page, (s) => s.probes[markup]?.value === 12.3456, '1 234,56 %');
  assert.equal(s.probes[markup].text, '1.234,56%');
  await type(markup, '50');
  await waitFor(app.page, (s) => s.probes[markup]?.value === 0.5, '50 % again');
  await paste(markup, `1${NNBSP}234,56`);
  s = await waitFor(app.page, (s) => s.probes[markup]?.value === 12.3456, '1 234,56 % pasted');
  assert.equal(s.probes[markup].text, '1.234,56%');
  const rate = 'kpi.commission_flat.commission_rate';
  await type(rate, '12,5 %');
  s = await waitFor(app.page, (s) => s.probes[rate]?.value === 0.125 && s.probes[rate].text === '12,5%', '12,5 %');
  await type(rate, '+500');
  s = await waitFor(app.page, (s) => s.probes[`${rate}.error`], 'the refusal of +500');
  assert.equal(s.probes[rate].value, 0.125);
  assert.deepEqual(app.problems, []);
});
