// custom-elements.json (written by `npm run build` / `npm run manifest`) against the official schema of the
// `custom-elements-manifest` package, and against the code: every element defined, every CSS custom
// property it reads, typed attributes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('custom-elements-manifest/schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const schemaVersion = JSON.parse(readFileSync(join(dirname(schemaPath), 'package.json'), 'utf8')).version;
const manifestPath = join(root, 'custom-elements.json');
assert.ok(existsSync(manifestPath), 'run `npm run build` (or `npm run manifest`) first');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const elements = declarations.filter((d) => d.customElement && d.tagName);
const byTag = new Map(elements.map((d) => [d.tagName, d]));
const definitions = manifest.modules.flatMap((m) =>
  (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'),
);

/** Source files of the widgets, without tests. */
function sources(dir = join(root, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}
const code = sources().map((file) => ({ file, text: readFileSync(file, 'utf8') }));

test(`the manifest is valid against the official schema (custom-elements-manifest ${schemaVersion})`, () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const ok = validate(manifest);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 10), null, 2));
  assert.equal(manifest.schemaVersion, schemaVersion);
});

test('every element the code defines is in the manifest, with a definition naming its class', () => {
  const defined = [];
  for (const { file, text } of code) {
    for (const m of text.matchAll(/\bdefine\('([a-z][a-z0-9-]*)',\s*(\w+)\)/g))
      defined.push({ file, tag: m[1], className: m[2], text });
  }
  assert.ok(defined.length >= 9, `found only ${defined.length} define() calls`);
  for (const { file, tag, className, text } of defined) {
    // Elements only ever rendered inside another widget's shadow root are `@internal` and stay out.
    const internal = new RegExp(`@internal\\s*\\*/\\s*export class ${className}\\b`).test(text);
    const definition = definitions.find((d) => d.name === tag);
    if (internal) {
      assert.equal(definition, undefined, `${tag} is @internal but has a definition`);
      continue;
    }
    assert.ok(definition, `${tag} (${file}) has no custom-element-definition`);
    assert.equal(definition.declaration.name, className);
    const mod = manifest.modules.find((m) => m.path === definition.declaration.module);
    assert.ok(
      mod?.declarations?.some((d) => d.name === className && d.tagName === tag),
      `${tag}: its declaration is not in ${definition.declaration.module}`,
    );
  }
  assert.deepEqual(definitions.map((d) => d.name).sort(), [
    'som-calendar',
    'som-feed',
    'som-portrait-card',
    'som-portrait-list',
    'som-self-check',
    'som-signup',
    'som-story-card',
    'som-story-list',
  ]);
  // The helper's own `customElements.define(name, ctor)` is not a definition.
  assert.ok(!definitions.some((d) => d.name === 'name'));
});

test('modules are the built files the package ships', () => {
  for (const m of manifest.modules) {
    assert.match(m.path, /^dist\/.+\.js$/);
    if (existsSync(join(root, 'dist/index.js'))) assert.ok(existsSync(join(root, m.path)), `${m.path} does not exist`);
  }
});

test('every widget lists every --som-* custom property it reads, with its default', () => {
  const read = new Map();
  for (const { file, text } of code) {
    for (const m of text.matchAll(/var\((--som-[a-z0-9-]+)/g)) read.set(m[1], [...(read.get(m[1]) ?? []), file]);
  }
  // The base styles (src/core/styles.ts) that every widget but <som-feed> adopts.
  const base = [...read]
    .filter(([, files]) => files.some((f) => f.endsWith('src/core/styles.ts')))
    .map(([name]) => name);
  assert.equal(base.length, 13, `base properties: ${base.join(', ')}`);
  const own = {
    'som-story-list': ['--som-media-ratio'],
    'som-story-card': ['--som-media-ratio'],
    'som-portrait-list': ['--som-media-ratio'],
    'som-portrait-card': ['--som-media-ratio'],
    'som-self-check': ['--som-selfcheck-second-color'],
  };
  for (const name of read.keys())
    assert.ok(base.includes(name) || Object.values(own).flat().includes(name), `${name} is read but listed nowhere`);
  for (const el of elements) {
    if (el.tagName === 'som-feed') continue;
    const listed = (el.cssProperties ?? []).map((c) => c.name);
    for (const name of [...base, ...(own[el.tagName] ?? [])])
      assert.ok(listed.includes(name), `${el.tagName} does not list ${name}`);
    for (const c of el.cssProperties) {
      assert.ok(c.default, `${el.tagName} ${c.name} has no default`);
      assert.ok(c.description, `${el.tagName} ${c.name} has no description`);
    }
  }
});

test('every attribute has a type; fixed values are unions; lang is typed', () => {
  for (const el of elements) {
    for (const a of el.attributes ?? []) assert.ok(a.type?.text, `${el.tagName} [${a.name}] has no type`);
    if (el.tagName !== 'som-feed')
      assert.equal(el.attributes.find((a) => a.name === 'lang')?.type?.text, 'string', `${el.tagName} lang`);
  }
  const type = (tag, attr) => byTag.get(tag).attributes.find((a) => a.name === attr).type.text;
  assert.equal(type('som-calendar', 'view'), "'list' | 'month'");
  assert.equal(type('som-calendar', 'heading-level'), '2 | 3 | 4');
  assert.equal(type('som-calendar', 'no-filters'), 'boolean');
  for (const tag of ['som-story-list', 'som-portrait-list'])
    assert.equal(type(tag, 'layout'), "'grid' | 'list' | 'compact'");
  for (const tag of ['som-story-list', 'som-story-card', 'som-portrait-list', 'som-portrait-card'])
    assert.equal(type(tag, 'heading-level'), '2 | 3 | 4 | 5 | 6');
});

test('events are typed from SomEventDetails, and every fired som-* event is documented', () => {
  const details = readFileSync(join(root, 'src/core/events.ts'), 'utf8');
  const names = [...details.matchAll(/^\s+'(som-[a-z-]+)': \{/gm)].map((m) => m[1]);
  assert.ok(names.length >= 7);
  const documented = new Set();
  for (const el of elements) {
    for (const e of el.events ?? []) {
      documented.add(e.name);
      assert.equal(e.type?.text, `CustomEvent<SomEventDetails['${e.name}']>`, `${el.tagName} ${e.name}`);
    }
  }
  assert.deepEqual(
    names.filter((n) => !documented.has(n)),
    [],
  );
});
