// Gzipped size of each CDN entry together with every chunk it imports (statically), against budgets.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';

const BUDGETS_KB = {
  'som-widgets.js': 45,
  'calendar.js': 25,
  'signup.js': 18,
  'stories.js': 16,
  'portraits.js': 16,
  'self-check.js': 20,
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
for (const [entry, budget] of Object.entries(BUDGETS_KB)) {
  const file = join(dir, entry);
  if (!existsSync(file)) continue;
  const files = [...graph(file)];
  const raw = files.reduce((n, f) => n + readFileSync(f).length, 0);
  // Each file travels compressed on its own, so sum the gzipped files.
  const gz = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const over = gz / 1024 > budget;
  failed ||= over;
  rows.push(`${entry.padEnd(16)} ${(gz / 1024).toFixed(1).padStart(6)} KB gzip  (${(raw / 1024).toFixed(1)} KB raw, ${files.length} files)  budget ${budget} KB${over ? '  OVER BUDGET' : ''}`);
}
console.log(rows.join('\n'));
if (failed) {
  console.error('A bundle is over its budget.');
  process.exit(1);
}
