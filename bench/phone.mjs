// The phone profile (issue #17): headless Chromium at 390 × 844 with the CPU slowed 4× through the Chrome
// DevTools Protocol (Emulation.setCPUThrottlingRate, DevTools' "mid-tier mobile"), ours and FullCalendar 6's
// list view side by side on one generated feed of 1,000 events (and 40 stories), median of RUNS page loads:
//   fast network: first event, all 1,000 and the longest task, for `limit="1000" past no-filters` and for
//                 the default view;
//   slow 4G (Network.emulateNetworkConditions: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up): the first
//                 item of the default calendar view and of a three-story list, against FullCalendar's list, with
//                 everything the page downloaded until then (scripts, feed, images; gzipped like a server does);
//   interaction:  a click on "Maand" and a keystroke in the search field while the 1,000-event list is still
//                 being filled, as Event Timing reports them (input to next paint, like INP).
// Run after a build: `node bench/phone.mjs [runs] [--rate=4] [--small-feed]`. Writes only bench/out/ (git-ignored).
// --small-feed: the default calendar view and the story list read the slices of the feed they need (docs/feed.md,
// "A smaller feed": lists=events&past=90, lists=stories), as the snippet builder gives them; `limit="1000" past`,
// the interaction runs and FullCalendar always read the whole feed.
// SOM_CDN_DIR measures another build (served as /dist/cdn/). The desktop figures stay in bench/calendar.mjs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../scripts/chrome.mjs';
import { COUNT_ADDED, buildFullCalendar, cdnDir, makeFeed, out, poll, startStatic } from './lib.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const RATE = Number(args.find((a) => a.startsWith('--rate='))?.slice(7) ?? 4);
const SMALL = args.includes('--small-feed');
const EVENTS = 1000;
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const cdn = cdnDir();

const { feed, upcoming } = makeFeed(EVENTS, { stories: 40 });
writeFileSync(join(out, 'phone-feed.json'), JSON.stringify(feed));
let sliceNote = '';
if (SMALL) {
  const { sliceFeed, widgetFeed } = await import('../server/src/feed-slice.js');
  // The slices the snippet builder and the embed pages give a calendar without `past` and a story list.
  const sliceOf = (widget) => widgetFeed(widget, false).split('?')[1];
  const write = (name, query) => {
    const json = JSON.stringify(sliceFeed(feed, new URLSearchParams(query), Date.now()));
    writeFileSync(join(out, name), json);
    return (json.length / 1024).toFixed(0);
  };
  const kb = [
    write('phone-feed-events.json', sliceOf('calendar')),
    write('phone-feed-stories.json', sliceOf('stories')),
  ];
  sliceNote = ` Small feeds: events ${kb[0]} KB, stories ${kb[1]} KB (raw).`;
}
buildFullCalendar();

// The watcher, inlined as a classic script (no request of its own): window.benchResult once `expect` items are in.
const WATCH = `
const params = new URLSearchParams(location.search);
const expected = Number(params.get('expect') || 1);
const longTasks = [];
new PerformanceObserver((l) => longTasks.push(...l.getEntries())).observe({ type: 'longtask', buffered: true });
window.eventTimings = [];
new PerformanceObserver((l) => eventTimings.push(...l.getEntries().map((e) => ({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId }))))
  .observe({ type: 'event', durationThreshold: 16, buffered: true });
const bytes = () => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
  .reduce((n, e) => n + (e.transferSize || 0), 0);
window.watch = (root, count) => {
  let first, firstBytes;
  window.itemCount = count;
  const check = () => {
    const n = count();
    if (n > 0 && first === undefined) { first = performance.now(); firstBytes = bytes(); }
    if (n < expected) return;
    observer.disconnect();
    count.stop?.();
    const all = performance.now();
    setTimeout(() => {
      window.benchResult = { first, all, count: n, kb: firstBytes / 1024, longest: Math.max(0, ...longTasks.map((t) => t.duration)) };
    }, 500);
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { childList: true, subtree: true });
  check();
};
${COUNT_ADDED}
// watch() for a list that grows in chunks.
window.watchAdded = (root, selector) => watch(root, countAdded(root, selector));`;
const page = (title, head, body) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script>${WATCH}</script>
${head}
</head>
<body>
<main id="host"></main>
<script type="module">${body}</script>
</body>
</html>
`;
// A partner page with the README's snippet: lit.js preloaded, the widget's script in the head, the element in the
// body (attributes from the query).
const oursPage = (tag, script, count) =>
  page(
    `Phone bench: ${tag}`,
    `<link rel="modulepreload" href="/dist/cdn/lit.js">\n<script type="module" src="/dist/cdn/${script}"></script>`,
    `const el = document.createElement('${tag}');
for (const [k, v] of params) if (k !== 'expect') el.setAttribute(k, v);
document.getElementById('host').append(el);
await customElements.whenDefined('${tag}');
watchAdded(el.shadowRoot, '${count}');`,
  );
writeFileSync(join(out, 'phone-calendar.html'), oursPage('som-calendar', 'calendar.js', '.ev'));
writeFileSync(join(out, 'phone-stories.html'), oursPage('som-story-list', 'stories.js', '[part=card]'));
writeFileSync(
  join(out, 'phone-fullcalendar.html'),
  page(
    'Phone bench: FullCalendar list view',
    '',
    `import { Calendar, listPlugin, nlLocale } from '/bench/out/fullcalendar.js';
const host = document.getElementById('host');
// A multi-day event is a row on each of its days: count events by their (unique) titles.
watch(host, () => new Set(Array.from(host.querySelectorAll('.fc-list-event-title'), (n) => n.textContent)).size);
const feed = await (await fetch(params.get('src'))).json();
const text = (t) => (typeof t === 'string' ? t : t.nl ?? Object.values(t)[0]);
const events = feed.events.map((e) => ({ id: e.id, title: text(e.title), start: e.start, end: e.end, allDay: e.start.length === 10, url: e.url }));
const days = feed.events.map((e) => (e.end ?? e.start).slice(0, 10)).concat(feed.events.map((e) => e.start.slice(0, 10))).sort();
const end = new Date(days[days.length - 1] + 'T00:00:00Z');
end.setUTCDate(end.getUTCDate() + 2);
new Calendar(host, {
  plugins: [listPlugin], locale: nlLocale, timeZone: 'Europe/Brussels', initialView: 'listAll',
  views: { listAll: { type: 'list', visibleRange: { start: days[0], end: end.toISOString().slice(0, 10) } } },
  events,
}).render();`,
  ),
);

const server = await startStatic(cdn, { gzip: true });
const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });

/** A fresh phone-sized context with the CPU slowed (and the network too, when `network` is given). */
async function phone(network) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: false });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, cdp, errors };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const medians = (runs) => Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));

/** Median figures over RUNS page loads (one more first, to warm up the browser and the server). */
async function load(path, network) {
  const runs = [];
  for (let i = 0; i <= RUNS; i++) {
    const { context, page, cdp, errors } = await phone(network);
    let r;
    try {
      await page.goto(`${server.base}${path}`);
      r = await poll(cdp, 'window.benchResult');
    } catch (e) {
      throw new Error(`${path}: ${errors.join('; ') || e.message}`);
    }
    await context.close();
    if (i > 0) runs.push(r);
  }
  // The median hides a task over 50 ms in a minority of the loads: count those loads too.
  return { ...medians(runs), over: runs.filter((r) => r.longest > 50).length };
}

/**
 * A visitor's input while the 1,000-event list is still being filled: once 100 events are in and the calendar's control
 * `selector` is there, it is tapped in its middle (and `keys` typed); the figure is the longest Event Timing entry
 * of that input (until the next paint). The tap is raw input through the DevTools Protocol: Playwright's own
 * element click adds listeners of its own to the page, which Event Timing counted (20–40 ms at 4×).
 */
async function interact(path, selector, keys = '', { loaded = false } = {}) {
  const runs = [];
  const ready = loaded ? 'window.benchResult' : '(window.itemCount?.() ?? 0) >= 100';
  const where = `(() => {
    const el = document.querySelector('som-calendar')?.shadowRoot?.querySelector(${JSON.stringify(selector)});
    const r = el?.getBoundingClientRect();
    return r && r.width && ${ready} && { x: r.x + r.width / 2, y: r.y + r.height / 2, before: window.itemCount?.() ?? 0, at: performance.now() };
  })()`;
  const now = async (cdp) =>
    (await cdp.send('Runtime.evaluate', { expression: 'performance.now()', returnByValue: true })).result.value;
  const latency = (at) =>
    `(() => { const e = eventTimings.filter((e) => e.start >= ${at} - 50 && e.id); return e.length && Math.max(...e.map((e) => e.duration)); })()`;
  for (let i = 0; i <= RUNS; i++) {
    const { context, page, cdp, errors } = await phone();
    try {
      await page.goto(`${server.base}${path}`);
      let { x, y, before, at } = await poll(cdp, where);
      await page.mouse.click(x, y);
      // `loaded`: a visitor who taps the field, finds the keys (0.6 s) and types fast (30 ms apart); only the
      // keystrokes count.
      if (loaded) {
        await new Promise((resolve) => setTimeout(resolve, 600));
        at = await now(cdp);
      }
      for (const key of keys) {
        await page.keyboard.press(key);
        if (loaded) await new Promise((resolve) => setTimeout(resolve, 30));
      }
      // Event Timing reports nothing under 16 ms: an input without an entry after 3 s counts as 16 ms.
      await poll(cdp, latency(at), 3_000).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 300)); // entries of the same input that end a little later
      const ms =
        (await cdp.send('Runtime.evaluate', { expression: latency(at), returnByValue: true })).result.value || 16;
      if (i > 0) runs.push({ ms, before });
    } catch (e) {
      throw new Error(`${path} ${selector}: ${errors.join('; ') || e.message}`);
    } finally {
      await context.close();
    }
  }
  return medians(runs);
}

const f = (n) => `${Math.round(n).toLocaleString('en')} ms`.padStart(10);
const x = (a, b) => `${(a / b).toFixed(2)}×`.padStart(8);
const src = (name) => `/bench/out/phone-feed${SMALL ? `-${name}` : ''}.json`;
const whole = '/bench/out/phone-feed.json';
const cal = (q) => `/bench/out/phone-calendar.html?src=${encodeURIComponent(src('events'))}&${q}`;
const all = `limit=${EVENTS}&past&no-filters&expect=${EVENTS}`;
const whole_ = (q) => `/bench/out/phone-calendar.html?src=${encodeURIComponent(whole)}&${q}`;

try {
  const load1 = (await import('node:os')).loadavg()[0].toFixed(2);
  console.log(
    `Phone profile: 390×844, CPU ${RATE}× slower, ${EVENTS} events (${upcoming} upcoming) + 40 stories, median of ${RUNS} loads; load average ${load1}.${sliceNote}\n`,
  );
  console.log(
    'Fast network (localhost, gzip)'.padEnd(44) +
      'first'.padStart(10) +
      'all'.padStart(10) +
      'longest task'.padStart(14) +
      'loads > 50 ms'.padStart(15),
  );
  const overOf = (r) => `${r.over} of ${RUNS}`.padStart(15);
  const row = (label, r) =>
    console.log(`${label.padEnd(44)}${f(r.first)}${f(r.all)}${f(r.longest).padStart(14)}${overOf(r)}`);
  const oursAll = await load(whole_(all));
  row(`som-calendar limit="${EVENTS}" past no-filters`, oursAll);
  const fcAll = await load(`/bench/out/phone-fullcalendar.html?src=${whole}&expect=${EVENTS}`);
  row('FullCalendar 6 list view, all events', fcAll);
  const def = await load(cal('expect=20'));
  row('som-calendar default view (first 20)', def);
  console.log(
    `Ratio FullCalendar / ours, all ${EVENTS}: first ${x(fcAll.first, oursAll.first)}, all ${x(fcAll.all, oursAll.all)}; ` +
      `default view first event ${f(def.first).trim()} (target ≤ 600 ms), longest task ${f(Math.max(def.longest, oursAll.longest)).trim()} (target ≤ 50 ms)\n`,
  );

  console.log(
    'Slow 4G (150 ms RTT, 1.6 Mbit/s)'.padEnd(44) +
      'first item'.padStart(12) +
      'downloaded'.padStart(12) +
      'longest task'.padStart(14) +
      'loads > 50 ms'.padStart(15),
  );
  const slow = (label, r) =>
    console.log(
      `${label.padEnd(44)}${f(r.first).padStart(12)}${`${r.kb.toFixed(0)} KB`.padStart(12)}${f(r.longest).padStart(14)}${overOf(r)}`,
    );
  const sDef = await load(cal('expect=1'), SLOW_4G);
  slow('som-calendar default view', sDef);
  const sStories = await load(
    `/bench/out/phone-stories.html?src=${encodeURIComponent(src('stories'))}&limit=3&expect=1`,
    SLOW_4G,
  );
  slow('som-story-list limit="3"', sStories);
  const sFc = await load(`/bench/out/phone-fullcalendar.html?src=${whole}&expect=1`, SLOW_4G);
  slow('FullCalendar 6 list view', sFc);
  console.log(
    `Ratio FullCalendar / ours, first item: calendar ${x(sFc.first, sDef.first)}, three stories ${x(sFc.first, sStories.first)} (target ≥ 2×)\n`,
  );

  console.log(
    'Interaction while the 1,000-event list fills'.padEnd(44) +
      'latency'.padStart(10) +
      '  (items in the DOM at the input)',
  );
  const busy = whole_(`limit=${EVENTS}&past&expect=${EVENTS}`);
  const maand = await interact(busy, '.switch button:nth-child(2)');
  console.log(`${'click on "Maand"'.padEnd(44)}${f(maand.ms)}  (${maand.before})`);
  const search = await interact(busy, '#q', 'a');
  console.log(`${'click in search, type "a"'.padEnd(44)}${f(search.ms)}  (${search.before})`);
  const typing = await interact(busy, '#q', 'ab', { loaded: true });
  console.log(`${'all shown: tap in search, then type "ab"'.padEnd(44)}${f(typing.ms)}  (${typing.before})`);
  console.log('Target: each ≤ 100 ms.');
} finally {
  await browser.close();
  server.close();
}
