// Where a phone-profile page load spends its main thread (issue #17): one page of bench/phone.mjs (run that first,
// it writes the pages and the feed), loaded with the CPU slowed 4×, traced with DevTools' timeline; prints every
// task over 30 ms with what ran inside it (script, microtasks, style, layout, GC), relative to navigation start.
//   node bench/phone-trace.mjs [path] [runs]
//   default path (also for ''): the default calendar view, whole feed; e.g. '/bench/out/phone-stories.html?src=…&limit=3'.
// SOM_CDN_DIR traces another build (an unminified one shows function names in bench/phone.mjs's terms).
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../scripts/chrome.mjs';
import { cdnDir, poll, startStatic } from './lib.mjs';

const path = process.argv[2] || '/bench/out/phone-calendar.html?src=%2Fbench%2Fout%2Fphone-feed.json&expect=20';
const RUNS = Number(process.argv[3] ?? 2);
const server = await startStatic(cdnDir(), { gzip: true });
const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
const ms = (us) => (us / 1000).toFixed(0);
try {
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    // The first load only warms up the browser and the server.
    if (run > 0)
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
        transferMode: 'ReportEvents',
      });
    await page.goto(server.base + path);
    const result = await poll(cdp, 'window.benchResult');
    if (run > 0) {
      await cdp.send('Tracing.end');
      await done;
      const start = events.find((e) => e.name === 'navigationStart')?.ts ?? events[0].ts;
      const main = events.find(
        (e) =>
          e.name === 'thread_name' &&
          e.args.name === 'CrRendererMain' &&
          events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'FunctionCall'),
      );
      const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
      console.log(
        `run ${run}: first item ${Math.round(result.first)} ms, all ${Math.round(result.all)} ms, longest task ${Math.round(result.longest)} ms`,
      );
      for (const task of own.filter((e) => e.name === 'RunTask' && e.dur > 30_000)) {
        const inside = own
          .filter((e) => e.ts >= task.ts && e.ts < task.ts + task.dur && e.dur > 3_000 && e.name !== 'RunTask')
          .slice(0, 8)
          .map(
            (e) =>
              `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split('/').pop().slice(0, 24)})` : ''} ${ms(e.dur)}`,
          );
        console.log(`${ms(task.ts - start).padStart(7)} ms  +${ms(task.dur).padStart(4)}  ${inside.join(' | ')}`);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
