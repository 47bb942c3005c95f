import { openApp, state, center } from './browser.mjs';
import { createHash } from 'node:crypto';
const app = await openApp();
const h = async () => createHash('md5').update(await app.page.screenshot()).digest('hex').slice(0, 8);
const c = center((await state(app.page)).probes['funnel.mode.reverse']);
console.log('before', await h());
await app.page.mouse.click(c.x, c.y);
for (let i = 0; i < 4; i++) { await app.page.waitForTimeout(300); console.log((await state(app.page)).frame, await h()); }
await app.page.mouse.move(c.x + 1, c.y);
await app.page.waitForTimeout(300); console.log('after move', (await state(app.page)).frame, await h());
await app.close();
