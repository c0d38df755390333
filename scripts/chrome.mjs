// Where the tests, benchmarks and tools find a Chrome or Chromium: $CHROME_PATH, then the usual names on the
// PATH, then the usual macOS applications. One place, so a developer's own browser works everywhere.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MAC_APPS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const runnable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The browser to drive, or undefined when none is found. */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH) return env.CHROME_PATH;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of NAMES) for (const dir of dirs) if (runnable(path.join(dir, name))) return path.join(dir, name);
  return MAC_APPS.find(runnable);
}

/** The browser, or exit with what to install. */
export function requireChrome(env = process.env) {
  const found = findChrome(env);
  if (found && runnable(found)) return found;
  console.error(
    (env.CHROME_PATH
      ? `CHROME_PATH points at ${env.CHROME_PATH}, which cannot be run.\n`
      : 'No Chrome or Chromium found (looked for CHROME_PATH, ' +
        `${NAMES.join(', ')} on the PATH, and the macOS applications).\n`) +
      'Install one (`sudo apt-get install -y chromium` on Debian/Ubuntu, `brew install --cask chromium` on macOS) or set CHROME_PATH.',
  );
  process.exit(1);
}

/** Flags for a headless Chromium on a closed network (no background connections to Google). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
