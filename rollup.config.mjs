// CDN bundles: one all-in-one entry plus one per widget, sharing chunks, minified.
// Input is tsc's output in dist/ (already plain ES modules), so rollup needs no TypeScript plugin.
import { existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const widgets = ['calendar', 'signup', 'stories', 'portraits', 'self-check'];
const input = { 'som-widgets': 'dist/index.js' };
for (const w of widgets) if (existsSync(`dist/${w}/index.js`)) input[w] = `dist/${w}/index.js`;

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
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
