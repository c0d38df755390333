// What the browser tests in tests/node share: Chromium as scripts/chrome.mjs finds it, the reference server on
// http://localhost:<port> beside a partner site on http://127.0.0.1:<port> (two origins), what a page reported
// going wrong, and axe. Not a test file itself (node --test runs only *.test.mjs here).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { once } from 'node:events';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../../scripts/chrome.mjs';
import { readConfig } from '../../server/src/config.js';
import { startServer } from '../../server/src/server.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A headless Chromium on a closed network. */
export const launchChrome = () => chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });

/** A port nobody uses right now, so the server's PUBLIC_URL can name it before it listens. */
export async function freePort() {
  const probe = createNetServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address();
  await new Promise((r) => probe.close(r));
  return port;
}

/**
 * A partner site on its own origin: `pages` maps a path to `{ html, csp }`, the CSP (when given) sent as a
 * header, as a careful partner sends it.
 */
export async function partnerSite() {
  /** @type {Map<string, { html: string, csp?: string }>} */
  const pages = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    const page = pages.get(url.pathname);
    if (!page) return res.writeHead(404).end();
    res
      .writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        ...(page.csp ? { 'Content-Security-Policy': page.csp } : {}),
      })
      .end(page.html);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    pages,
    close: () => new Promise((r) => server.close(r)),
  };
}

/**
 * The network's reference server on http://localhost:<port>, another origin than the partner's 127.0.0.1, its
 * clock starting at `today` (ms) and running on; `env` adds to (or overrides) the settings below.
 */
export async function networkServer(env, today) {
  const port = await freePort();
  const started = Date.now();
  return startServer(
    readConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://localhost:${port}`,
      RATE_LIMIT_PER_MINUTE: '1000',
      ...env,
    }),
    { log: () => {}, now: () => new Date(today + Date.now() - started) },
  );
}

/** Page errors and console errors (with the script that logged them), collected from now on. */
export function problemsOf(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()} (${m.location().url})`));
  return problems;
}

/** axe's WCAG 2.2 AA violations on the page, one line each (empty when clean). */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}
