// Framework typings and editor data from custom-elements.json, written into dist/ (which ships):
//   dist/frameworks/react.d.ts   React 19 JSX (`React.JSX.IntrinsicElements`)
//   dist/frameworks/vue.d.ts     Vue 3 templates (`GlobalComponents`, checked by vue-tsc / Volar)
//   dist/frameworks/svelte.d.ts  Svelte (`svelte/elements` `SvelteHTMLElements`)
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code custom data
// The analyzer runs this after every `npm run manifest` (custom-elements-manifest.config.mjs); on its own:
// `node scripts/typings.mjs` (reads ./custom-elements.json).
//
// VS Code data comes from wc-toolkit's custom-element-vs-code-integration. The three typings are written
// here rather than with its JSX, Vue and Svelte generators, whose output (tried, 1.6.0 / 1.4.0 / 1.2.0) does
// not fit: one framework-neutral base type for every JSX library (Solid's `classList`, `ref: unknown`,
// `style: Record<…>`, `children: any`) instead of React's own `HTMLAttributes<SomCalendar>`; attribute names
// only, so none of the JS property names React 19, Vue and Svelte set (`noFilters`, `headingLevel`); event
// types wrap the manifest's event type once more (`CustomEvent<CustomEvent<…>>`) or are `never`; an
// attribute with no field (`lang`) becomes `SomCalendar["undefined"]` when types come from the classes; and
// the Vue file also adds the elements to the global `JSX` namespace, which is React's in a mixed project.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HEADER = '// Generated from custom-elements.json by scripts/typings.mjs: do not edit.\n';

/** The public custom elements of the manifest, in tag order. */
export function elements(manifest) {
  const list = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) list.push(d);
  }
  return list.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const clean = (text) => (text ?? 'string').replace(/\s*\|\s*undefined\b/g, '').trim() || 'string';
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const comment = (text, indent = '') => {
  const lines = String(text ?? '')
    .trim()
    .replace(/\*\//g, '*\\/')
    .split('\n');
  return lines.length && lines[0]
    ? `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`
    : '';
};

/** One element's documentation, as hover text. */
function elementDoc(el) {
  const parts = [el.summary || el.description || ''];
  if (el.description && el.summary) parts.push('', el.description);
  const list = (title, items, name = (i) => `\`${i.name}\``) =>
    items?.length
      ? [
          '',
          `**${title}:**`,
          ...items.map((i) => `- ${name(i) || '(default)'}${i.description ? ` - ${i.description}` : ''}`),
        ]
      : [];
  parts.push(...list('Slots', el.slots, (s) => (s.name ? `\`${s.name}\`` : '(default)')));
  parts.push(...list('Events', el.events));
  parts.push(...list('CSS parts', el.cssParts));
  parts.push(
    ...list(
      'CSS custom properties',
      el.cssProperties,
      (c) => `\`${c.name}\`${c.default ? ` (default \`${c.default}\`)` : ''}`,
    ),
  );
  return parts.join('\n');
}

/**
 * Every way a framework may set a value: the attribute (`no-filters`) and, when it has a field, the JS
 * property (`noFilters`), which React 19, Vue and Svelte set when the element has it.
 */
function members(el) {
  const out = [];
  const seen = new Set();
  const add = (name, type, description) => {
    if (seen.has(name)) return;
    seen.add(name);
    out.push({ name, type, description });
  };
  for (const a of el.attributes ?? []) {
    const field = el.members?.find((m) => m.kind === 'field' && m.name === (a.fieldName ?? camel(a.name)));
    const type = clean(a.type?.text ?? field?.type?.text);
    const description = a.description ?? field?.description ?? '';
    add(a.name, type, description);
    if (a.fieldName && a.fieldName !== a.name)
      add(a.fieldName, type, `${description}\n\nThe \`${a.name}\` attribute as a property.`.trim());
  }
  for (const m of el.members ?? []) {
    if (m.kind !== 'field' || m.static || m.privacy === 'private' || m.privacy === 'protected' || m.readonly) continue;
    add(m.name, clean(m.type?.text), m.description ?? '');
  }
  return out;
}

/** `CustomEvent<SomEventDetails['som-x']>` as the analyzer config types them; a plain `CustomEvent` otherwise. */
const eventType = (e) => (e.type?.text?.startsWith('CustomEvent') ? e.type.text : 'CustomEvent');
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const propsName = (el) => `${el.name}Props`;

function imports(list) {
  return `import type { ${[...list.map((e) => e.name), 'SomEventDetails'].join(', ')} } from '../index.js';\n`;
}

/** The element's own props (attributes, properties, events), shared by every framework but for event names. */
function propsInterface(el, eventKey) {
  let body = '';
  for (const m of members(el)) body += `${comment(m.description, '  ')}  ${key(m.name)}?: ${m.type};\n`;
  for (const e of el.events ?? []) {
    body += `${comment(e.description, '  ')}  ${key(eventKey(e.name))}?: (event: ${eventType(e)}) => void;\n`;
  }
  return `${comment(`Attributes, properties and events of \`<${el.tagName}>\`.`)}export interface ${propsName(el)} {\n${body}}\n`;
}

export function react(list) {
  let out = `${HEADER}/**
 * React 19: the SOM elements in TSX, with their attributes (\`no-filters\`), JS properties (\`noFilters\`,
 * set by React 19 as properties) and events (\`onsom-feed-load\`). Load once, e.g. in a \`.d.ts\` file:
 * \`/// <reference types="som-widgets/react" />\`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(list)}
type WithHTMLAttributes<E, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;

`;
  for (const el of list) out += propsInterface(el, (n) => `on${n}`) + '\n';
  out += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const el of list)
    out += `${comment(elementDoc(el), '      ')}      '${el.tagName}': WithHTMLAttributes<${el.name}, ${propsName(el)}>;\n`;
  return `${out}    }\n  }\n}\n`;
}

export function vue(list) {
  let out = `${HEADER}/**
 * Vue 3: the SOM elements in templates, checked by vue-tsc and Volar. Vue sets a JS property when the
 * element has it (\`:noFilters="true"\`, \`:headingLevel="3"\`); \`@som-feed-load\` listens to the event. Load once,
 * e.g. in \`env.d.ts\`: \`/// <reference types="som-widgets/vue" />\`, and tell the compiler they are custom
 * elements: \`vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('som-') } } })\`.
 */
import type { DefineComponent } from 'vue';
${imports(list)}
`;
  const onName = (n) => `on${camel(n).replace(/^./, (c) => c.toUpperCase())}`;
  for (const el of list) out += propsInterface(el, onName) + '\n';
  out += `declare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const el of list)
    out += `${comment(elementDoc(el), '    ')}    '${el.tagName}': DefineComponent<${propsName(el)}>;\n`;
  return `${out}  }\n}\n`;
}

export function svelte(list) {
  let out = `${HEADER}/**
 * Svelte: the SOM elements in markup (\`svelte/elements\`, used by svelte-check and the Svelte language
 * server). Svelte sets a JS property when the element has it; \`onsom-feed-load\` (Svelte 5) or
 * \`on:som-feed-load\` (Svelte 4) listens to the event. Load once, e.g. in \`src/app.d.ts\`:
 * \`/// <reference types="som-widgets/svelte" />\`.
 */
import type { HTMLAttributes } from 'svelte/elements';
${imports(list)}
type WithHTMLAttributes<E extends EventTarget, Own> = Omit<HTMLAttributes<E>, keyof Own> & Own;

`;
  for (const el of list) {
    out +=
      propsInterface(el, (n) => `on${n}`).replace(/\n}\n$/, '\n') +
      (el.events ?? []).map((e) => `  'on:${e.name}'?: (event: ${eventType(e)}) => void;\n`).join('') +
      '}\n\n';
  }
  out += `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n`;
  for (const el of list)
    out += `${comment(elementDoc(el), '    ')}    '${el.tagName}': WithHTMLAttributes<${el.name}, ${propsName(el)}>;\n`;
  return `${out}  }\n}\n`;
}

/** Write every file into `dist/`. */
export function writeTypings(manifest, dist = join(root, 'dist')) {
  const list = elements(manifest);
  mkdirSync(join(dist, 'frameworks'), { recursive: true });
  writeFileSync(join(dist, 'frameworks/react.d.ts'), react(list));
  writeFileSync(join(dist, 'frameworks/vue.d.ts'), vue(list));
  writeFileSync(join(dist, 'frameworks/svelte.d.ts'), svelte(list));
  generateVsCodeCustomElementData(structuredClone(manifest), {
    outdir: dist,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    hideMethodDocs: true,
    hideLogs: true,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeTypings(JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')));
}
