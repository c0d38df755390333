// The custom-elements analyzer, with the rules it lacks for this code base:
// - `static properties` (which the widgets use instead of decorators): reactive state (`state: true`) is
//   not an attribute, and a field marked `@internal` is not part of the element's API, even when it is
//   declared in `static properties`;
// - elements are registered with the idempotent `define('som-x', SomX)` helper (src/core/define.ts), not
//   `customElements.define` at the call site: each call becomes a `custom-element-definition` export of the
//   module that makes it, and the helper's own `customElements.define(name, ctor)` is not one;
// - the manifest describes the published package, so module paths are the built files (`dist/…/*.js`,
//   tsc maps `src/` one to one), not the TypeScript sources, which are not in the package.
// - each `som-*` event is typed from `SomEventDetails` (src/core/events.ts, exported by the package), and a
//   CSS property's default (`@cssprop [--name=value]`, inherited from SomElement) is not repeated in its text.
// The result must validate against the official schema, version 2.1.0 of the `custom-elements-manifest`
// package (tests/node/manifest.test.mjs); framework typings are generated from it (scripts/typings.mjs).

import { writeTypings } from './scripts/typings.mjs';

/** @type {Map<string, Set<string>>} class name → property names to leave out */
const hidden = new Map();

const internalState = {
  name: 'som-internal-state',
  analyzePhase({ ts, node }) {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    const names = new Set();
    for (const member of node.members) {
      const name = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
      if (!name) continue;
      if (ts.getJSDocTags(member).some((t) => t.tagName.text === 'internal')) names.add(name);
      const isStaticProperties =
        name === 'properties' && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      if (isStaticProperties && member.initializer && ts.isObjectLiteralExpression(member.initializer)) {
        for (const prop of member.initializer.properties) {
          const options = ts.isPropertyAssignment(prop) ? prop.initializer : undefined;
          const state =
            options &&
            ts.isObjectLiteralExpression(options) &&
            options.properties.some(
              (o) =>
                ts.isPropertyAssignment(o) &&
                o.name.getText() === 'state' &&
                o.initializer.kind === ts.SyntaxKind.TrueKeyword,
            );
          if (state) names.add(prop.name.getText());
        }
      }
    }
    if (names.size) hidden.set(node.name.text, names);
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const d of mod.declarations ?? []) {
        const names = hidden.get(d.name);
        if (!names) continue;
        d.attributes = d.attributes?.filter((a) => !names.has(a.fieldName ?? a.name));
        d.members = d.members?.filter((m) => !names.has(m.name) || m.privacy === 'private');
      }
    }
  },
};

/** @type {Array<{ module: string, tag: string, className: string }>} every `define('som-x', SomX)` call */
const defines = [];

const defineCalls = {
  name: 'som-define-calls',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
    const [tag, ctor] = node.arguments;
    if (tag && ctor && ts.isStringLiteral(tag) && ts.isIdentifier(ctor)) {
      defines.push({ module: moduleDoc.path, tag: tag.text, className: ctor.text });
    }
  },
  packageLinkPhase({ customElementsManifest }) {
    const classes = new Map();
    for (const mod of customElementsManifest.modules) {
      for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, { mod, d });
      // The helper's `customElements.define(name, ctor)` names no element.
      mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition');
    }
    for (const { module, tag, className } of defines) {
      const found = classes.get(className);
      // A class left out of the manifest (`@internal`: rendered inside another widget only) gets no definition.
      if (!found?.d.customElement) continue;
      const mod = customElementsManifest.modules.find((m) => m.path === module);
      if (found.d.tagName && found.d.tagName !== tag)
        throw new Error(`${className}: @tagname ${found.d.tagName} but define('${tag}')`);
      found.d.tagName = tag;
      mod.exports = [
        ...(mod.exports ?? []),
        { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: found.mod.path } },
      ];
    }
  },
};

/** Message tables are `export default {…}`: an anonymous value the schema cannot name (and no API). */
const anonymousExports = {
  name: 'som-anonymous-exports',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      mod.declarations = mod.declarations?.filter((d) => d.name);
      mod.exports = mod.exports?.filter((e) => e.name && e.declaration?.name);
    }
  },
};

/** `src/a/b.ts` → `dist/a/b.js`, in module paths and in every reference. */
const builtPaths = {
  name: 'som-built-paths',
  packageLinkPhase({ customElementsManifest }) {
    const built = (p) => (typeof p === 'string' ? p.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js') : p);
    const walk = (value) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const key of Object.keys(value)) {
          if ((key === 'path' || key === 'module') && typeof value[key] === 'string') value[key] = built(value[key]);
          else walk(value[key]);
        }
      }
    };
    walk(customElementsManifest.modules);
  },
};

/** @type {Set<string>} the event names `SomEventDetails` declares */
const eventNames = new Set();
let eventsModule = '';

const eventTypes = {
  name: 'som-event-types',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'SomEventDetails') return;
    eventsModule = moduleDoc.path;
    for (const m of node.members) if (m.name && ts.isStringLiteral(m.name)) eventNames.add(m.name.text);
  },
  packageLinkPhase({ customElementsManifest }) {
    const ref = 'SomEventDetails';
    for (const mod of customElementsManifest.modules) {
      for (const d of mod.declarations ?? []) {
        for (const e of d.events ?? []) {
          if (e.type || !eventNames.has(e.name)) continue;
          const text = `CustomEvent<${ref}['${e.name}']>`;
          e.type = {
            text,
            references: [
              { name: ref, module: eventsModule, start: text.indexOf(ref), end: text.indexOf(ref) + ref.length },
            ],
          };
        }
        for (const c of d.cssProperties ?? []) {
          const value = c.default?.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
          if (value && c.description)
            c.description = c.description.replace(new RegExp(`\\s*\\(default:? ${value}[^)]*\\)`), '');
        }
      }
    }
    customElementsManifest.schemaVersion = '2.1.0';
  },
};

/** Last: the React, Vue and Svelte typings and the VS Code data, from the finished manifest (into dist/). */
const typings = {
  name: 'som-typings',
  packageLinkPhase({ customElementsManifest }) {
    writeTypings(customElementsManifest);
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    // Translations: lazily loaded tables of interface text, no API.
    'src/{calendar,signup,stories,portraits}/messages-*.ts',
    'src/*/messages/*.ts',
    'src/core/core-*.ts',
    'src/self-check/content/*.ts',
    'src/self-check/intro/*.ts',
  ],
  litelement: true,
  plugins: [internalState, defineCalls, anonymousExports, eventTypes, builtPaths, typings],
};
