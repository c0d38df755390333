// CDN bundles: one all-in-one entry plus one per widget, sharing chunks, minified.
// Input is tsc's output in dist/ (already plain ES modules), so rollup needs no TypeScript plugin.
import { existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const widgets = ['calendar', 'signup', 'stories', 'portraits', 'self-check'];
const input = { 'som-widgets': 'dist/index.js' };
for (const w of widgets) if (existsSync(`dist/${w}/index.js`)) input[w] = `dist/${w}/index.js`;

/**
 * Collapse the whitespace and comments in css`` templates (terser leaves template text alone).
 * Only templates without expressions, so no JavaScript inside `${}` is ever touched.
 */
const minifyCss = () => ({
  name: 'minify-css',
  transform(code, id) {
    if (!id.includes('/dist/') || id.includes('/node_modules/')) return null;
    const out = code.replace(/\bcss\s*`([^`]*)`/g, (whole, body) =>
      body.includes('${')
        ? whole
        : 'css`' + body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}').trim() + '`');
    return out === code ? null : { code: out, map: null };
  },
});

export default {
  input,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    compact: true,
  },
  plugins: [
    minifyCss(),
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
