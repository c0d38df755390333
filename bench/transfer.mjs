// What a visitor's browser really downloads of our JavaScript before a widget shows its first screen:
// every file from /dist/cdn/ (entry, lit.js and the chunks it fetches at once, such as another language's
// texts), each gzipped at level 9 as a CDN would send it, and what follows while the page is idle.
// `npm run size` counts the static import graph; this counts what the page asks for.
// Run after a build: `npm run build && node bench/transfer.mjs [baseUrl]`. Without a base URL it starts
// the reference server in-process (temporary database). Chromium: scripts/chrome.mjs finds it ($CHROME_PATH first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../scripts/chrome.mjs';
import { firstScreen, kb } from '../scripts/first-screen.mjs';

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
  const server = await startServer(readConfig({ PORT: '0', DATABASE_FILE: path.join(dir, 'som.db') }), {
    log: () => {},
  });
  base = server.url;
  stop = async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}

const browser = await chromium.launch({
  executablePath: requireChrome(),
  args: CHROME_ARGS,
});

const rows = [];
try {
  for (const [page, lang] of PAGES) {
    const { first, later } = await firstScreen(browser, base + page, { lang: lang === 'nl' ? undefined : lang });
    const list = (m) => [...m].map(([f, n]) => `${f} ${(n / 1024).toFixed(1)}`).join(', ');
    rows.push(
      `${`${page} (${lang})`.padEnd(24)} ${kb(first).toFixed(1).padStart(5)} KB: ${list(first)}${later.size ? `\n${''.padEnd(24)} +${kb(later).toFixed(1)} KB while idle: ${list(later)}` : ''}`,
    );
  }
} finally {
  await browser.close();
  await stop();
}

console.log('JavaScript transferred (gzip -9) until every widget on the page shows its first screen:\n');
console.log(rows.join('\n'));
