// What a visitor's browser really downloads of our JavaScript before a widget shows its first screen:
// every file from /dist/cdn/ (entry, lit.js and the chunks it fetches at once: language tables, the
// self-check's questionnaire), each gzipped at level 9 as a CDN would send it. `npm run size` counts the
// static import graph; this counts what the page asks for, so on-demand chunks loaded at once show up.
// Run after a build: `npm run build && node bench/transfer.mjs [baseUrl]`. Without a base URL it starts
// the reference server in-process (temporary database). Chromium: $CHROME_PATH, else /usr/bin/chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

/** Demo page, and the language the visitor's page speaks (the demo pages are Dutch; `lang` is set on <html>). */
const PAGES = [
  ['/calendar.html', 'nl'],
  ['/event.html', 'nl'],
  ['/stories.html', 'nl'],
  ['/portraits.html', 'nl'],
  ['/self-check.html', 'nl'],
  ['/self-check.html', 'fr'],
  ['/index.html', 'nl'],
];

let base = process.argv[2];
let stop = async () => {};
if (!base) {
  const { readConfig } = await import('../server/src/config.js');
  const { startServer } = await import('../server/src/server.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'som-transfer-'));
  const server = await startServer(readConfig({ PORT: '0', DATABASE_FILE: path.join(dir, 'som.db') }), { log: () => {} });
  base = server.url;
  stop = async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** True once every widget on the page has drawn something that is not its loading state. */
const ready = () => {
  const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('som-') && el.localName !== 'som-feed');
  const settled = (el) => el.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[aria-busy="true"]') && [...el.shadowRoot.querySelectorAll('*')].every((c) => !c.localName.startsWith('som-') || settled(c));
  return widgets.length > 0 && widgets.every(settled);
};

const rows = [];
try {
  for (const [page, lang] of PAGES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    const files = new Map();
    // The moment every widget shows its first screen, measured in the page (each animation frame), so
    // requests made after it (chunks fetched while idle) can be told apart by their start time.
    await p.addInitScript(`(() => {
      const ready = ${ready.toString()};
      const frame = () => (ready() ? (window.__readyAt = performance.now()) : requestAnimationFrame(frame));
      requestAnimationFrame(frame);
    })()`);
    p.on('response', async (res) => {
      const url = new URL(res.url());
      if (!/^\/(dist\/)?cdn\//.test(url.pathname)) return;
      try {
        files.set(url.pathname, gzipSync(await res.body(), { level: 9 }).length);
      } catch {
        /* a response without a body (redirect) */
      }
    });
    // Another language: the same page, its <html lang> rewritten on the way in.
    if (lang !== 'nl') {
      await p.route(base + page, async (route) => {
        const res = await route.fetch();
        await route.fulfill({ response: res, body: (await res.text()).replace(/<html lang="nl"/, `<html lang="${lang}"`) });
      });
    }
    await p.goto(base + page, { waitUntil: 'domcontentloaded' });
    await p.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 15000 });
    // Chunks fetched ahead while the page is idle (the calendar's month view) come after the first screen.
    await p.waitForLoadState('networkidle');
    await p.waitForTimeout(500);
    const asked = new Set(
      await p.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.startTime <= window.__readyAt).map((e) => new URL(e.name).pathname)),
    );
    const first = new Map([...files].filter(([f]) => asked.has(f)));
    const kb = (m) => ([...m.values()].reduce((a, b) => a + b, 0) / 1024).toFixed(1);
    const list = (m) => [...m].map(([f, n]) => `${f.replace(/^\/(dist\/)?cdn\//, '')} ${(n / 1024).toFixed(1)}`).join(', ');
    const later = new Map([...files].filter(([f]) => !first.has(f)));
    rows.push(`${`${page} (${lang})`.padEnd(24)} ${kb(first).padStart(5)} KB: ${list(first)}${later.size ? `\n${''.padEnd(24)} +${kb(later)} KB while idle: ${list(later)}` : ''}`);
    await context.close();
  }
} finally {
  await browser.close();
  await stop();
}

console.log('JavaScript transferred (gzip -9) until every widget on the page shows its first screen:\n');
console.log(rows.join('\n'));
