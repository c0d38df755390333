// What a page downloads of our JavaScript before every widget on it shows its first screen, and what it
// fetches after that while idle. Used by bench/transfer.mjs (the report) and tests/node/bundles.test.mjs
// (the budgets). Each file from /cdn/ or /dist/cdn/ is counted gzipped at level 9, as a CDN would send it.
import { gzipSync } from 'node:zlib';

/** True once every widget on the page has drawn something that is not its loading state (runs in the page). */
export const ready = () => {
  const settled = (el) =>
    el.shadowRoot?.childElementCount > 0 &&
    !el.shadowRoot.querySelector('[aria-busy="true"]') &&
    [...el.shadowRoot.querySelectorAll('*')].every((c) => !c.localName.startsWith('som-') || settled(c));
  const widgets = [...document.querySelectorAll('*')].filter(
    (el) => el.localName.startsWith('som-') && el.localName !== 'som-feed',
  );
  return widgets.length > 0 && widgets.every(settled);
};

const OURS = /^\/(dist\/)?cdn\//;

/**
 * Open `url` in a new context of `browser` (with `<html lang>` rewritten to `lang` if given) and return
 * `{ first, later }`: maps from file name to gzipped bytes. `first`: requested before the first screen
 * was drawn (timed in the page, each animation frame); `later`: fetched after it, while idle.
 */
export async function firstScreen(browser, url, { lang } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const files = new Map();
    await page.addInitScript(`(() => {
      const ready = ${ready.toString()};
      const frame = () => (ready() ? (window.__readyAt = performance.now()) : requestAnimationFrame(frame));
      requestAnimationFrame(frame);
    })()`);
    page.on('response', async (res) => {
      const path = new URL(res.url()).pathname;
      if (!OURS.test(path)) return;
      try {
        files.set(path.replace(OURS, ''), gzipSync(await res.body(), { level: 9 }).length);
      } catch {
        /* a response without a body */
      }
    });
    if (lang) {
      await page.route(url, async (route) => {
        const res = await route.fetch();
        await route.fulfill({
          response: res,
          body: (await res.text()).replace(/<html lang="[^"]*"/, `<html lang="${lang}"`),
        });
      });
    }
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 15000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const asked = new Set(
      await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= window.__readyAt)
          .map((e) => new URL(e.name).pathname),
      ),
    );
    const first = new Map([...files].filter(([f]) => [...asked].some((a) => a.endsWith('/cdn/' + f))));
    const later = new Map([...files].filter(([f]) => !first.has(f)));
    return { first, later };
  } finally {
    await context.close();
  }
}

/** Total KB of a file map. */
export const kb = (files) => [...files.values()].reduce((a, b) => a + b, 0) / 1024;
