// The npm package as a project gets it (after `npm run build`): `npm pack`, unpacked into a temporary
// project's node_modules/som-widgets, its dependencies and the frameworks' types (lit, @types/react, vue,
// vue-tsc, svelte: the root's devDependencies) linked in beside it, nothing fetched. Then a React 19 page
// (TSX, tsc) with the Svelte typings, and a Vue component (vue-tsc, strictTemplates) are type-checked against
// it (tests/consumer/): valid uses pass, and each wrong attribute value or unknown property written after an
// expected-error comment must be an error, or the check fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const consumer = join(root, 'tests/consumer');
let tmp;
let pkg;

before(() => {
  assert.ok(
    existsSync(join(root, 'dist/frameworks/react.d.ts')),
    'run `npm run build` first (dist/frameworks/ comes with the manifest)',
  );
  tmp = mkdtempSync(join(tmpdir(), 'som-consumer-'));
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const modules = join(tmp, 'node_modules');
  pkg = join(modules, 'som-widgets');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['-xzf', join(tmp, filename), '-C', pkg, '--strip-components=1']);
  // "Installed": every package the root has, linked (the package's own dependencies and the frameworks).
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name.startsWith('.') || name === 'som-widgets') continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('the package holds every file its exports name, the typings and the VS Code data', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const targets = [];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(walk));
  walk(manifest.exports);
  for (const t of targets) {
    // A subpath pattern (`./feed/*.d.ts`) must match at least one file of its folder.
    const [dir, rest] = [dirname(t), basename(t)];
    const pattern = new RegExp(`^${rest.replace(/[.]/g, '\\.').replace('*', '.+')}$`);
    const found = t.includes('*')
      ? existsSync(join(pkg, dir)) && readdirSync(join(pkg, dir)).some((f) => pattern.test(f))
      : existsSync(join(pkg, t));
    assert.ok(found, `${t} is exported but not in the package`);
  }
  for (const f of [
    'custom-elements.json',
    'dist/frameworks/react.d.ts',
    'dist/frameworks/vue.d.ts',
    'dist/frameworks/svelte.d.ts',
    'dist/vscode.html-custom-data.json',
    'dist/vscode.css-custom-data.json',
  ]) {
    assert.ok(existsSync(join(pkg, f)), `${f} missing from the package`);
  }
  const html = JSON.parse(readFileSync(join(pkg, 'dist/vscode.html-custom-data.json'), 'utf8'));
  const calendar = html.tags.find((t) => t.name === 'som-calendar');
  assert.deepEqual(
    calendar.attributes.find((a) => a.name === 'view').values.map((v) => v.name),
    ['list', 'month'],
  );
  const css = JSON.parse(readFileSync(join(pkg, 'dist/vscode.css-custom-data.json'), 'utf8'));
  assert.ok(css.properties.some((p) => p.name === '--som-color-primary'));
});

/** A consumer's strict compiler options (only the JSX mode differs between React and Vue). */
const CONSUMER = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
};

function run(bin, project) {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', bin), '-p', project], {
    cwd: tmp,
    encoding: 'utf8',
  });
  return `${r.stdout}${r.stderr}`.trim() + (r.status ? `\n(exit ${r.status})` : '');
}

test('React 19 (TSX) and Svelte typings: valid uses pass, wrong values and unknown props are errors', () => {
  const dir = join(tmp, 'react');
  mkdirSync(dir);
  cpSync(join(consumer, 'react/App.tsx.txt'), join(dir, 'App.tsx'));
  cpSync(join(consumer, 'svelte/elements.ts.txt'), join(dir, 'svelte-elements.ts'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { ...CONSUMER, jsx: 'react-jsx' },
      files: ['App.tsx', 'svelte-elements.ts'],
    }),
  );
  // skipLibCheck: checking @types/react and lit too takes a minute. A broken type in the package's own
  // declarations still shows: it turns into `any`, and the expected errors below it go missing.
  const out = run('typescript/bin/tsc', dir);
  assert.equal(out, '', out);
});

test('Vue 3 (vue-tsc, strictTemplates): valid uses pass, wrong values and unknown props are errors', () => {
  const dir = join(tmp, 'vue');
  mkdirSync(dir);
  cpSync(join(consumer, 'vue/App.vue'), join(dir, 'App.vue'));
  writeFileSync(join(dir, 'env.d.ts'), '/// <reference types="som-widgets/vue" />\n');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { ...CONSUMER, jsx: 'preserve' },
      vueCompilerOptions: { strictTemplates: true },
      files: ['env.d.ts', 'App.vue'],
    }),
  );
  const out = run('vue-tsc/bin/vue-tsc.js', dir);
  assert.equal(out, '', out);
});
