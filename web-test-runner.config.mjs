// Browser tests in the system's Chromium (Debian's package), driven by Playwright.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}.\n` +
      'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or point CHROME_PATH at a Chromium or Chrome binary.',
  );
  process.exit(1);
}

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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), blockRequests],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    }),
  ],
};
