// What bench/calendar.mjs (desktop) and bench/phone.mjs (phone profile) share: the generated feed, the DOM
// watcher the pages import, FullCalendar bundled like a site would, and a static server for the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const out = join(root, 'bench/out');

/** The CDN build to measure: SOM_CDN_DIR (another build, served as /dist/cdn/) or dist/cdn. Exits when missing. */
export function cdnDir() {
  const cdn = process.env.SOM_CDN_DIR ? normalize(process.env.SOM_CDN_DIR) : join(root, 'dist/cdn');
  if (!existsSync(join(cdn, 'calendar.js'))) {
    console.error(`${join(cdn, 'calendar.js')} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  mkdirSync(out, { recursive: true });
  return cdn;
}

/**
 * Realistic events, half of them past, dated around today so the result never rots; with `stories`, that
 * many stories too (the phone bench's three-story list reads them from the same feed).
 */
export function makeFeed(count, { stories = 0 } = {}) {
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
  const events = Array.from({ length: count }, (_, i) => {
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
  const images = ['theater.svg', 'brug.svg', 'koffie.svg', 'netwerk.svg', 'talen.svg', 'sofagesprek.svg'];
  const storyList = Array.from({ length: stories }, (_, i) => ({
    id: `story-${i}`,
    title: { nl: `Verhaal ${i} over ${themes[i % themes.length]}`, en: `Story ${i}` },
    teaser: { nl: 'Een korte inleiding op het verhaal, twee zinnen lang. Lees verder op de site van het netwerk.' },
    url: `https://samenonderwijsmaken.example/verhalen/story-${i}`,
    published: new Date(now - i * 7 * day).toISOString().slice(0, 10),
    kind: 'story',
    image: { src: `/demo/img/${images[i % images.length]}`, alt: 'Illustratie', width: 1200, height: 675 },
    themes: [themes[i % themes.length]],
  }));
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
    ...(stories ? { stories: storyList } : {}),
  };
  return { feed, upcoming: events.filter((e) => Date.parse(e.end ?? e.start) > now).length };
}

/**
 * countAdded(root, selector), as source for the pages: a count of the elements matching `selector` below `root`,
 * kept from the mutation records as they are added and removed. Querying the whole tree at every change instead
 * cost 5 ms and more per chunk of a long list at 4× (0.3 s over 1,000 events) and was counted against the widget.
 * Create it before watch(), so that its observer has counted a change when watch's observer looks.
 */
export const COUNT_ADDED = `
function countAdded(root, selector) {
  const items = new Set(root.querySelectorAll(selector));
  const each = (node, f) => {
    if (node.nodeType !== 1) return;
    if (node.matches(selector)) f(node);
    for (const el of node.querySelectorAll(selector)) f(el);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      r.removedNodes.forEach((n) => each(n, (el) => items.delete(el)));
      r.addedNodes.forEach((n) => each(n, (el) => items.add(el)));
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  // watch() stops the count once everything is in: typing into the full list is not to pay for the bench's observer.
  return Object.assign(() => items.size, { stop: () => observer.disconnect() });
}`;

/** bench/out/watch.js: the pages' watcher, which sets window.benchResult once `expect` items are in the DOM. */
export function writeWatch() {
  writeFileSync(
    join(out, 'watch.js'),
    `
const expected = Number(new URLSearchParams(location.search).get('expect') || 1);
const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
// som-calendar reports the parsed feed inside the task that parsed it: tasks that start later are its own.
let loadedAt = Infinity;
document.addEventListener('som-feed-load', () => (loadedAt = performance.now()));
${COUNT_ADDED}
export { countAdded };
export function watch(root, count) {
  let first;
  const check = () => {
    const n = count();
    if (n > 0 && first === undefined) first = performance.now();
    if (n < expected) return;
    observer.disconnect();
    count.stop?.();
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
}

/** bench/out/fullcalendar.js: FullCalendar 6 core + list + Dutch, bundled and minified. */
export function buildFullCalendar() {
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
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/**
 * A static server for the repository (only GET, only files inside it; /dist/cdn/ from `cdn`). With `gzip`,
 * text is sent gzipped (level 6, as a server or CDN would) to a browser that accepts it. Returns the base URL.
 */
export async function startStatic(cdn, { gzip = false } = {}) {
  const packed = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.startsWith('/dist/cdn/') ? normalize(join(cdn, path.slice(10))) : normalize(join(root, path));
    if (!(file.startsWith(root) || file.startsWith(cdn)) || file.includes(`${sep}.`) || !existsSync(file))
      return res.writeHead(404).end();
    try {
      let body = readFileSync(file);
      const headers = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      };
      if (gzip && /gzip/.test(req.headers['accept-encoding'] ?? '') && TYPES[extname(file)]) {
        const key = `${file}:${body.length}`;
        if (!packed.has(key)) packed.set(key, gzipSync(body, { level: 6 }));
        body = packed.get(key);
        Object.assign(headers, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Waits until `expression` is truthy in the page and returns its value, asking through the DevTools Protocol
 * every 100 ms. Playwright's waitForFunction and waitForSelector would first inject Playwright's own script into
 * the page: about 100 ms of compiling on a CPU slowed 4×, in the middle of the load being measured.
 */
export async function poll(cdp, expression, timeout = 120_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description}`);
    if (result.value) return result.value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
