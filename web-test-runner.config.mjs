// Browser tests in the system's Chrome or Chromium (scripts/chrome.mjs finds it), driven by Playwright.
// TEST_NOW and TEST_TZ set the page's clock and the visitor's time zone (tests/clock/clock.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROME_ARGS, requireChrome } from './scripts/chrome.mjs';
import { checkZone, shiftDateSource } from './tests/clock/clock.mjs';

const executablePath = requireChrome();
const timezoneId = process.env.TEST_TZ ? checkZone(process.env.TEST_TZ) : undefined;
const clock = `<script>globalThis.__TEST_CLOCK__ = ${JSON.stringify({ now: process.env.TEST_NOW, tz: timezoneId })};${
  process.env.TEST_NOW ? shiftDateSource(process.env.TEST_NOW) : ''
}</script>`;

/**
 * `executeServerCommand('block-requests', { pattern, block })`: make the page's requests matching a glob
 * fail like a dropped connection (and stop that again), e.g. an on-demand chunk while "offline".
 */
const blockRequests = {
  name: 'block-requests',
  async executeCommand({ command, payload, session }) {
    if (command !== 'block-requests') return undefined;
    const page = session.browser.getPage(session.id);
    if (payload.block) await page.route(payload.pattern, (route) => route.abort('internetdisconnected'));
    else await page.unroute(payload.pattern);
    return true;
  },
};

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  testsFinishTimeout: 5 * 60_000,
  testFramework: { config: { timeout: 10_000 } },
  // The clock script runs before any test module, so every `new Date()` in the page sees TEST_NOW.
  testRunnerHtml: (framework) =>
    `<!doctype html><html><head>${clock}</head><body><script type="module" src="${framework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), blockRequests],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, args: CHROME_ARGS },
      createBrowserContext: ({ browser }) => browser.newContext(timezoneId ? { timezoneId } : {}),
    }),
  ],
};
