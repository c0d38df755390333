// <som-calendar> against FullCalendar 6's list view on one generated feed of 1,000 events, in headless
// Chromium: time to the first event, time until all 1,000 are in the DOM, and the longest main-thread
// task; then the calendar's default view (must never block the main thread for more than 50 ms).
// Run after a build: `npm run build && node bench/calendar.mjs [runs]`. Writes only bench/out/ (git-ignored).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../scripts/chrome.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const EVENTS = 1000;
const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench/out');
// SOM_CDN_DIR: measure another build of the CDN bundles (served as /dist/cdn/) instead of dist/cdn.
const cdn = process.env.SOM_CDN_DIR ? normalize(process.env.SOM_CDN_DIR) : join(root, 'dist/cdn');
if (!existsSync(join(cdn, 'calendar.js'))) {
  console.error(`${join(cdn, 'calendar.js')} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

// ---- the feed: realistic events, half of them past, dated around today so the result never rots ----
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(random() * list.length)];
const some = (list) =>
  list
    .filter(() => random() < 0.35)
    .concat(pick(list))
    .filter((v, i, a) => a.indexOf(v) === i);
const taxonomy = (ids) => ids.map((id) => ({ id, label: { nl: id.replace(/-/g, ' '), en: id } }));
const themes = ['welbevinden', 'diversiteit', 'meertaligheid', 'ouderbetrokkenheid', 'partnerschappen', 'cultuur'];
const audiences = ['leraren', 'directies', 'zorgteams', 'ouders', 'leerlingen', 'studenten'];
const levels = ['kleuter', 'lager', 'secundair-1', 'secundair-2', 'secundair-3', 'hoger'];
const strands = ['labo', 'community', 'studio'];
const day = 86_400_000;
const now = Date.now();
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const events = Array.from({ length: EVENTS }, (_, i) => {
  const start = now + Math.round((random() * 2 - 1) * 365) * day;
  const startDay = new Date(start).toISOString().slice(0, 10);
  const kind = random();
  const when =
    kind < 0.08
      ? { start: startDay } // all day
      : kind < 0.12
        ? { start: startDay, end: new Date(start + 2 * day).toISOString().slice(0, 10) } // several days
        : { start: iso(Math.floor(start / day) * day + (7 + Math.floor(random() * 11)) * 3_600_000), end: undefined };
  if (when.end === undefined && when.start.length > 10)
    when.end = iso(Date.parse(when.start) + (1 + Math.floor(random() * 4)) * 3_600_000);
  return {
    id: `event-${i}`,
    title: {
      nl: `Activiteit ${i}: ${pick(['labo', 'forum', 'studiedag', 'webinar', 'ouderochtend'])} over ${pick(themes)}`,
      en: `Activity ${i}`,
    },
    summary: 'Een korte beschrijving van de activiteit, zoals de redactie ze voor de kalender schrijft.',
    description: 'Eerste alinea met meer uitleg.\n\nTweede alinea met praktische informatie.',
    ...when,
    status: random() < 0.05 ? pick(['cancelled', 'postponed', 'full']) : undefined,
    location:
      random() < 0.85
        ? {
            name: pick(['HAL 5', 'UCLL Campus Gasthuisberg', 'Stadhuis Leuven', 'OPEK']),
            address: 'Straat 1, 3000 Leuven',
          }
        : undefined,
    online: random() < 0.2 ? { url: 'https://meet.example/som' } : undefined,
    themes: some(themes),
    audiences: some(audiences),
    levels: some(levels),
    strand: pick(strands),
    url: `https://samenonderwijsmaken.example/kalender/event-${i}`,
  };
});
const feed = {
  version: 1,
  network: {
    id: 'som-bench',
    name: 'SOM (benchmark)',
    url: 'https://samenonderwijsmaken.example',
    languages: ['nl', 'en'],
  },
  taxonomies: {
    themes: taxonomy(themes),
    audiences: taxonomy(audiences),
    levels: taxonomy(levels),
    strands: taxonomy(strands),
  },
  events,
};
writeFileSync(join(out, 'feed-1000.json'), JSON.stringify(feed));
const upcoming = events.filter((e) => Date.parse(e.end ?? e.start) > now).length;

// ---- what the pages share: watch the DOM until the expected number of events is there ----
writeFileSync(
  join(out, 'watch.js'),
  `
const expected = Number(new URLSearchParams(location.search).get('expect') || 1);
const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
// som-calendar reports the parsed feed inside the task that parsed it: tasks that start later are its own.
let loadedAt = Infinity;
document.addEventListener('som-feed-load', () => (loadedAt = performance.now()));
export function watch(root, count) {
  let first;
  const check = () => {
    const n = count();
    if (n > 0 && first === undefined) first = performance.now();
    if (n < expected) return;
    observer.disconnect();
    const all = performance.now();
    // Let the current task end and the observer report it before reading the long tasks.
    setTimeout(() => {
      const longest = (tasks) => Math.max(0, ...tasks.map((t) => t.duration));
      window.benchResult = {
        first, all, count: n, longest: longest(longTasks),
        // Tasks after the one that loaded and parsed the feed: the widget's own work.
        own: longest(longTasks.filter((t) => t.startTime >= loadedAt)),
        // The task that parsed the feed (it ends after som-feed-load).
        parse: longest(longTasks.filter((t) => t.startTime < loadedAt && t.startTime + t.duration >= loadedAt)),
      };
    }, 500);
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { childList: true, subtree: true });
  check();
}
`,
);

// ---- FullCalendar (core + list + Dutch), bundled and minified like a site would ----
writeFileSync(
  join(out, 'fullcalendar-entry.js'),
  `export { Calendar } from '@fullcalendar/core';
export { default as listPlugin } from '@fullcalendar/list';
export { default as nlLocale } from '@fullcalendar/core/locales/nl';
`,
);
execFileSync(
  join(root, 'node_modules/.bin/esbuild'),
  [
    join(out, 'fullcalendar-entry.js'),
    '--bundle',
    '--minify',
    '--format=esm',
    `--outfile=${join(out, 'fullcalendar.js')}`,
    '--log-level=warning',
  ],
  { cwd: root, stdio: 'inherit' },
);

// ---- a static server for the repository (only GET, only files inside it) ----
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.startsWith('/dist/cdn/') ? normalize(join(cdn, path.slice(10))) : normalize(join(root, path));
  if (!(file.startsWith(root) || file.startsWith(cdn)) || file.includes(`${sep}.`) || !existsSync(file))
    return res.writeHead(404).end();
  try {
    res
      .writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      })
      .end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

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
    await page.goto(`${base}${path}`);
    try {
      await page.waitForFunction(() => window.benchResult, null, { timeout: 60_000 });
    } catch (e) {
      throw new Error(`${path}: ${errors.join('; ') || e.message}`);
    }
    const result = await page.evaluate(() => window.benchResult);
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
