// Cumulative Layout Shift of the story and portrait demo pages while their images load slowly (or fail).
// Run after a build: `npm run build && node bench/cls.mjs [baseUrl]`. Without a base URL it starts the
// reference server in-process (temporary database) and measures demo/stories.html and demo/portraits.html.
// Chromium: scripts/chrome.mjs finds it ($CHROME_PATH first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../scripts/chrome.mjs';

const IMAGE_DELAY_MS = 2500;
const PAGES = ['/stories.html', '/portraits.html'];
const WIDTHS = [320, 768, 1280];

let base = process.argv[2];
let stop = async () => {};
if (!base) {
  const { readConfig } = await import('../server/src/config.js');
  const { startServer } = await import('../server/src/server.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'som-cls-'));
  const server = await startServer(readConfig({ PORT: '0', DATABASE_FILE: path.join(dir, 'som.db') }), {
    log: () => {},
  });
  base = server.url;
  stop = async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * Collects every layout shift from the first paint on, and when the widgets first drew themselves
 * (the fallback replaced by the loading state) and when they finished loading (content shown).
 */
const observe = () => {
  const w = /** @type {any} */ (window);
  w.__shifts = [];
  const widgets = () =>
    [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('som-') && el.localName !== 'som-feed');
  // A change seen in one frame is laid out (and any shift reported) in that frame: mark the phase as
  // over two frames later, so its shifts fall inside it.
  const later = (key) => requestAnimationFrame(() => requestAnimationFrame(() => (w[key] = performance.now())));
  const frame = () => {
    const all = widgets();
    const drawn = all.length > 0 && all.every((el) => el.shadowRoot?.childElementCount);
    const done = drawn && all.every((el) => !el.shadowRoot.querySelector('[aria-busy="true"]'));
    if (drawn && !w.__drawn) {
      w.__drawn = true;
      later('__drawnAt');
    }
    if (done) later('__readyAt');
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const e of /** @type {any[]} */ (list.getEntries())) {
      if (e.hadRecentInput) continue;
      const where = (e.sources ?? []).map((s) => {
        const n = s.node;
        if (!n) return '?';
        const host = n.getRootNode?.().host;
        return `${host ? host.localName + ' > ' : ''}${n.localName ?? n.nodeName}${n.className ? '.' + String(n.className).split(' ')[0] : ''}`;
      });
      w.__shifts.push({ t: e.startTime, value: e.value, where });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

const browser = await chromium.launch({
  executablePath: requireChrome(),
  args: CHROME_ARGS,
});
const rows = [];
try {
  for (const scenario of ['slow images', 'images fail']) {
    for (const page of PAGES) {
      for (const width of WIDTHS) {
        const tab = await browser.newPage({ viewport: { width, height: 900 } });
        await tab.addInitScript(observe);
        let pending = 0;
        await tab.route(/\/img\//, async (route) => {
          pending++;
          await new Promise((r) => setTimeout(r, IMAGE_DELAY_MS));
          pending--;
          await (scenario === 'images fail' ? route.fulfill({ status: 404, body: '' }) : route.continue()).catch(
            () => {},
          );
        });
        await tab.goto(base + page, { waitUntil: 'domcontentloaded' });
        await tab.waitForFunction(() => /** @type {any} */ (window).__readyAt, undefined, { timeout: 15_000 });
        const { drawnAt, readyAt } = await tab.evaluate(() => ({
          drawnAt: window.__drawnAt,
          readyAt: window.__readyAt,
        }));
        // Scroll through the page so lazy images below the fold load too, then wait for the slow responses.
        for (let y = 0; y < 8000; y += 600) await tab.evaluate((top) => window.scrollTo(0, top), y);
        await tab.waitForTimeout(300);
        const deadline = Date.now() + IMAGE_DELAY_MS * 3;
        while (pending && Date.now() < deadline) await tab.waitForTimeout(100);
        await tab.waitForTimeout(500);
        const shifts = await tab.evaluate(() => /** @type {any} */ (window).__shifts);
        const sum = (list) => list.reduce((n, s) => n + s.value, 0);
        const define = shifts.filter((s) => s.t <= drawnAt);
        const feed = shifts.filter((s) => s.t > drawnAt && s.t <= readyAt);
        const images = shifts.filter((s) => s.t > readyAt);
        rows.push({
          scenario,
          page,
          width,
          define: sum(define),
          feed: sum(feed),
          images: sum(images),
          where: [...new Set(shifts.flatMap((s) => s.where))].slice(0, 4),
        });
        await tab.close();
      }
    }
  }
} finally {
  await browser.close();
  await stop();
}

console.log(
  `CLS with every image delayed ${IMAGE_DELAY_MS} ms ("slow images") or answered 404 after that delay ("images fail").`,
);
console.log(
  "define: the fallback content replaced by the widget's loading state (a page can reserve space with :not(:defined));",
);
console.log(
  'feed:   the loading state replaced by the content;  images: while the images arrive or fail (target 0).\n',
);
console.log('scenario       page             width   define     feed   images   moved');
const f = (n) => n.toFixed(4).padStart(6);
for (const r of rows) {
  console.log(
    `${r.scenario.padEnd(14)} ${r.page.padEnd(16)} ${String(r.width).padStart(5)}   ${f(r.define)}   ${f(r.feed)}   ${f(r.images)}   ${r.where.join(', ')}`,
  );
}
const worst = (key) => Math.max(...rows.map((r) => r[key])).toFixed(4);
console.log(`\nworst: define ${worst('define')}, feed ${worst('feed')}, images ${worst('images')}`);
process.exitCode = +worst('images') > 0 ? 1 : 0;
