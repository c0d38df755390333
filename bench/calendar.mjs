// <som-calendar> against FullCalendar 6's list view on one generated feed of 1,000 events, in headless
// Chromium: time to the first event, time until all 1,000 are in the DOM, and the longest main-thread
// task; then the calendar's default view (must never block the main thread for more than 50 ms).
// Run after a build: `npm run build && node bench/calendar.mjs [runs]`. Writes only bench/out/ (git-ignored).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../scripts/chrome.mjs';
import { buildFullCalendar, cdnDir, makeFeed, out, poll, startStatic, writeWatch } from './lib.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const EVENTS = 1000;
// SOM_CDN_DIR: measure another build of the CDN bundles (served as /dist/cdn/) instead of dist/cdn.
const cdn = cdnDir();

// The feed (realistic events, half of them past, dated around today), the pages' watcher, FullCalendar.
const { feed, upcoming } = makeFeed(EVENTS);
writeFileSync(join(out, 'feed-1000.json'), JSON.stringify(feed));
writeWatch();
buildFullCalendar();
const server = await startStatic(cdn);
const base = server.base;

const browser = await chromium.launch({
  executablePath: requireChrome(),
  args: CHROME_ARGS,
});

/** Median of each figure over RUNS fresh page loads (a new context each time: no cache, no stored feed copy). */
async function measure(path) {
  const runs = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await page.goto(`${base}${path}`);
    let result;
    try {
      result = await poll(cdp, 'window.benchResult', 60_000);
    } catch (e) {
      throw new Error(`${path}: ${errors.join('; ') || e.message}`);
    }
    await context.close();
    if (i > 0) runs.push(result); // the first run warms up the browser and the server
  }
  const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return {
    first: median('first'),
    all: median('all'),
    longest: median('longest'),
    own: median('own'),
    parse: median('parse'),
    count: runs[0].count,
  };
}

const ms = (n) => `${n.toFixed(0).padStart(6)} ms`;
const row = (label, r) => console.log(`${label.padEnd(44)}${ms(r.first)}${ms(r.all)}${ms(r.longest)}`);

try {
  console.log(`Feed: ${EVENTS} events (${upcoming} upcoming), median of ${RUNS} page loads, Chromium headless.\n`);
  console.log(`${''.padEnd(44)}${'first'.padStart(9)}${'all'.padStart(9)}${'longest task'.padStart(15)}`);
  const ours = await measure(`/bench/calendar-ours.html?limit=${EVENTS}&past&expect=${EVENTS}`);
  row(`som-calendar, limit="${EVENTS}" past`, ours);
  const fc = await measure(`/bench/calendar-fullcalendar.html?expect=${EVENTS}`);
  row('FullCalendar 6 list view, all events', fc);
  console.log(
    `\nRatio (FullCalendar / som-calendar): first event ${(fc.first / ours.first).toFixed(2)}×, all events ${(fc.all / ours.all).toFixed(2)}×, longest task ${(fc.longest / Math.max(ours.longest, 1)).toFixed(2)}×\n`,
  );

  const def = await measure('/bench/calendar-ours.html?expect=20');
  row('som-calendar default view (limit 20)', def);
  const month = await measure('/bench/calendar-ours.html?view=month&expect=1');
  row('som-calendar view="month"', month);
  const worst = Math.max(def.longest, month.longest);
  const own = Math.max(def.own, month.own);
  console.log(
    `\nDefault views: longest main-thread task ${worst.toFixed(0)} ms (budget 50 ms): ${worst <= 50 ? 'within budget' : 'OVER BUDGET'}`,
  );
  console.log(
    `  of which: the task that loads and validates the feed (loadFeed/parseFeed) ${Math.max(def.parse, month.parse).toFixed(0)} ms;`,
  );
  console.log(
    `  the calendar's own tasks after that ${own.toFixed(0)} ms (${own <= 50 ? 'within budget' : 'OVER BUDGET'}; 0 = none over 50 ms).`,
  );

  const gz = (file) => (gzipSync(readFileSync(file), { level: 9 }).length / 1024).toFixed(1);
  console.log(
    `Bundles (gzip): FullCalendar core + list + nl ${gz(join(out, 'fullcalendar.js'))} KB; som-calendar: see \`npm run size\`.`,
  );
} finally {
  await browser.close();
  server.close();
}
