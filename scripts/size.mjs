// Gzipped size of each CDN entry together with every file it imports statically (lit.js included), against
// budgets. Chunks fetched on demand are not counted here: bench/transfer.mjs measures what a page really
// downloads before its first screen, those chunks included.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';

// budget: fails the build when exceeded (what ships, rounded up). target: what the issues ask for; a miss
// is reported (see README, "Size"). Lower a budget whenever a change makes room; never raise one silently.
const BUDGETS_KB = {
  // 35 since #17's first screen from the soonest events (0.5 KB, the calendar's), which did not fit in the 59 B left.
  'som-widgets.js': { budget: 36, target: 45 },
  'calendar.js': { budget: 24, target: 25 },
  'signup.js': { budget: 18, target: 18 },
  'stories.js': { budget: 16, target: 16 },
  'portraits.js': { budget: 16, target: 16 },
  'self-check.js': { budget: 18, target: 20 },
};
const dir = 'dist/cdn';
if (!existsSync(dir)) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}

/** The entry and its static import graph (dynamic imports are loaded later, so not counted). */
function graph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    graph(join(dirname(file), m[1]), seen);
  }
  return seen;
}

let failed = false;
const rows = [];
for (const [entry, { budget, target }] of Object.entries(BUDGETS_KB)) {
  const file = join(dir, entry);
  if (!existsSync(file)) continue;
  const files = [...graph(file)];
  const raw = files.reduce((n, f) => n + readFileSync(f).length, 0);
  // Each file travels compressed on its own, so sum the gzipped files.
  const gz = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const over = gz / 1024 > budget;
  failed ||= over;
  const missed = !over && gz / 1024 > target ? `  (target ${target} KB not yet met)` : '';
  rows.push(
    `${entry.padEnd(16)} ${(gz / 1024).toFixed(1).padStart(6)} KB gzip  (${(raw / 1024).toFixed(1)} KB raw, ${files.length} files)  budget ${budget} KB${over ? '  OVER BUDGET' : missed}`,
  );
}
console.log(rows.join('\n'));
if (failed) {
  console.error('A bundle is over its budget.');
  process.exit(1);
}
