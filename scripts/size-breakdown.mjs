// Where an entry's bytes go: each module it bundles, minified without mangling and gzipped on its own
// (so the figures overstate the real total a little, but rank the modules right).
//   node scripts/size-breakdown.mjs dist/stories/index.js      (after npm run build)
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';

const input = process.argv[2];
if (!input) {
  console.error('usage: node scripts/size-breakdown.mjs dist/<widget>/index.js');
  process.exit(2);
}
const bundle = await rollup({ input, plugins: [nodeResolve()], onwarn() {} });
const { output } = await bundle.generate({ format: 'es' });
const rows = [];
for (const chunk of output) {
  if (chunk.type !== 'chunk' || chunk.isDynamicEntry) continue; // loaded later, on demand
  for (const [id, m] of Object.entries(chunk.modules)) {
    if (!m.code) continue;
    const { code = '' } = await minify(m.code, { module: true, mangle: false, compress: false });
    rows.push([gzipSync(code).length, id.replace(process.cwd() + '/', '')]);
  }
}
rows.sort((a, b) => b[0] - a[0]);
for (const [n, id] of rows) console.log(String(n).padStart(6), id);
console.log(String(rows.reduce((t, [n]) => t + n, 0)).padStart(6), '(sum of separately gzipped modules)');
