// CDN bundles, minified: lit.js (Lit, once per page), the all-in-one entry, and one file per widget.
// Each widget is its own build, so it carries only the code it uses and arrives in two requests made at
// once (its file and lit.js), not a waterfall of shared chunks. All of them import the one lit.js, so a
// page with several widget scripts still has one Lit (lit-html's Trusted Types policy can be created only
// once under a strict CSP). Language tables and other on-demand parts stay chunks of their own.
// Input is tsc's output in dist/ (already plain ES modules), so rollup needs no TypeScript plugin.
import { existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const widgets = ['calendar', 'signup', 'stories', 'portraits', 'self-check'];
const inputs = [{ 'som-widgets': 'dist/index.js' }];
for (const w of widgets) if (existsSync(`dist/${w}/index.js`)) inputs.push({ [w]: `dist/${w}/index.js` });

/** lit.js: the part of Lit the widgets import (the build fails if a widget imports a name not listed). */
const LIT_API = ['LitElement', 'css', 'html', 'nothing', 'svg'];

/** Every `lit` import becomes an import of the shared lit.js, relative to the file that makes it. */
const sharedLit = () => ({
  name: 'shared-lit',
  resolveId: (source) => (source === 'lit' || source.startsWith('lit/') ? { id: '\0som-lit', external: true } : null),
  renderChunk: (code, chunk) =>
    code.replace(/(["'])\0som-lit\1/g, JSON.stringify(chunk.fileName.includes('/') ? '../lit.js' : './lit.js')),
});
/** Fail the build if a bundle carries a copy of Lit after all, or needs a name lit.js does not export. */
const checkLit = () => ({
  name: 'check-lit',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const copy = Object.keys(chunk.modules).find((id) =>
        /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id),
      );
      if (copy) this.error(`${chunk.fileName} bundles ${copy}; import it from 'lit' so the page shares lit.js`);
      const missing = (chunk.importedBindings['\0som-lit'] ?? []).filter((name) => !LIT_API.includes(name));
      if (missing.length) this.error(`${chunk.fileName} imports ${missing.join(', ')} from lit: add it to LIT_API`);
    }
  },
});

// Lit's own template minifier: html`` whitespace (inline-aware) and css`` through lightningcss. Empty
// attributes stay (alt="" marks a decorative image).
const minifyTemplates = () =>
  minifyHTML({
    include: ['dist/**/*.js'],
    failOnError: true,
    options: { minifyOptions: { removeEmptyAttributes: false } },
  });

// inline: 1 (terser inlines only functions without arguments): inlining a shared view helper with arguments
// (core/states.ts) into its one caller of a bundle costs more bytes than the call.
/**
 * A language table (`<widget>/<table>/<lang>.ts`) is named after its widget, and its table unless that is
 * `messages`: chunks/calendar-fr-<hash>.js, signup-sent-fr-…, self-check-intro-texts-fr-…, not fr-… alone.
 */
const chunkFileNames = (chunk) => {
  const m = /dist\/([\w-]+)\/([\w-]+)\/(nl|fr|de|en)\.js$/.exec(chunk.facadeModuleId ?? '');
  const table = m && m[2].replace(/-?messages$/, '');
  return m ? `chunks/${m[1]}${table ? `-${table}` : ''}-${m[3]}-[hash].js` : 'chunks/[name]-[hash].js';
};

const plugins = [
  minifyTemplates(),
  nodeResolve({ exportConditions: ['production'] }),
  terser({ ecma: 2022, module: true, compress: { passes: 2, inline: 1 }, format: { comments: false } }),
];

const litEntry = () => ({
  name: 'lit-entry',
  resolveId: (id) => (id === 'som-lit-entry' ? id : null),
  load: (id) => (id === 'som-lit-entry' ? `export { ${LIT_API.join(', ')} } from 'lit';` : null),
});

const lit = {
  input: { lit: 'som-lit-entry' },
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', compact: true },
  plugins: [litEntry(), ...plugins],
};

export default [
  lit,
  ...inputs.map((input) => ({
    input,
    // Let the entry also export what its on-demand chunks need, instead of a facade file in front of it.
    preserveEntrySignatures: 'allow-extension',
    // css`` has no side effects: a style sheet no widget of the build adopts (core's formStyles in stories.js) is left out.
    treeshake: { manualPureFunctions: ['css'] },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames,
      compact: true,
    },
    plugins: [sharedLit(), checkLit(), ...plugins],
  })),
];
