// The zod contract (src/feed/schema.ts, compiled to dist/) exported as JSON Schema draft 2020-12:
//  - schema/feed.schema.json for editors and other tools;
//  - src/feed/contract.generated.ts, the per-item schemas the browser checks with src/feed/check.ts.
// `npm run schema -- --check` fails when the committed files are out of date (run in npm test).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import * as z from 'zod/mini';

if (!existsSync('dist/feed/schema.js')) {
  console.error('dist/feed/schema.js is missing: run `npx tsc -p tsconfig.build.json` (or npm run build) first.');
  process.exit(1);
}
const s = await import('../dist/feed/schema.js');

/** Unknown fields are allowed by the contract (forward compatibility): drop zod's `additionalProperties: false`. */
function open(node) {
  if (Array.isArray(node)) return node.map(open);
  if (node && typeof node === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'additionalProperties' && v === false) continue;
      out[k] = open(v);
    }
    return out;
  }
  return node;
}
const toJson = (schema) =>
  open(z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }));

/**
 * The URL rule (src/feed/url.ts) in standard keywords, for the published schema. The zod schema marks link
 * fields with `x-link` (the allowed schemes), which the browser's checker reads; strict validators refuse an
 * unknown keyword (ajv: "unknown keyword"), so the published schema says the same with `pattern` and
 * `maxLength` instead. The pattern is the rule's shape (scheme, a host, no control characters or spaces,
 * `mailto:`/`tel:` only where the field allows them); url.ts, which the CLI applies, is the reference.
 */
const NO_CONTROL = '\\u0000-\\u0020\\u007f-\\u009f\\u2028\\u2029';
/** A word in any letter case, as URL schemes and host names are ("HTTPS:" is https:). */
const anyCase = (word) => [...word].map((c) => (/[a-z]/.test(c) ? `[${c.toUpperCase()}${c}]` : c)).join('');
const SCHEMES = {
  https: `${anyCase('https')}://[^/?#${NO_CONTROL}][^${NO_CONTROL}]*`,
  // Development only: http: on this machine (the demo feed's links).
  http: `${anyCase('http')}://(?:${anyCase('localhost')}|127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,5})?(?:[/?#][^${NO_CONTROL}]*)?`,
  mailto: `${anyCase('mailto')}:[^@\\s${NO_CONTROL}]+@[^@\\s${NO_CONTROL}]+`,
  tel: `${anyCase('tel')}:\\+?[0-9().-]{3,32}`,
};
const LINK_WORDS = {
  https: 'an absolute https: URL (http: only for localhost, in development)',
  mailto: 'a mailto: address',
  tel: 'a tel: number',
};
/** `x-link` as standard keywords: the URL rule's pattern, its length limit and a description. */
function standardLinks(node) {
  if (Array.isArray(node)) return node.map(standardLinks);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) if (k !== 'x-link') out[k] = standardLinks(v);
  if (typeof node['x-link'] === 'string') {
    const allowed = node['x-link'].split(' ');
    const schemes = allowed.flatMap((scheme) => (scheme === 'https' ? ['https', 'http'] : [scheme]));
    out.description = `A link: ${allowed.map((scheme) => LINK_WORDS[scheme]).join(', or ')}.`;
    out.maxLength = 2048;
    out.pattern = `^(?:${schemes.map((scheme) => SCHEMES[scheme]).join('|')})$`;
  }
  return out;
}

const full = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  // A name, not an address: the schema ships in the package (`som-widgets/feed.schema.json`) and is not
  // served from any domain; the last part is the feed's major version.
  $id: 'urn:som-widgets:feed:1',
  ...standardLinks(toJson(s.FeedSchema)),
  title: 'SOM widgets feed, version 1',
  description:
    "The feed contract (docs/feed.md in the som-widgets package). Cross-field rules not expressible here: an event's end is not before its start; a portrait has a quote or a bio; self-check option values increase.",
};
/** The browser contract: no $schema, and no ISO date patterns (check.ts tests those formats itself, in far fewer bytes). */
const lean = (node) => {
  if (Array.isArray(node)) return node.map(lean);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$schema' || (k === 'pattern' && (node.format === 'date' || node.format === 'date-time'))) continue;
    out[k] = lean(v);
  }
  return out;
};
const strip = lean;
const contract = {
  envelope: strip(toJson(s.EnvelopeSchema)),
  events: strip(toJson(s.EventSchema)),
  stories: strip(toJson(s.StorySchema)),
  portraits: strip(toJson(s.PortraitSchema)),
  selfChecks: strip(toJson(s.SelfCheckSchema)),
};
/** The cross-field rule each list's items must also pass (src/feed/rules.ts). */
const RULES = { events: 'eventRule', portraits: 'portraitRule', selfChecks: 'selfCheckRule' };

/**
 * A list's schema as TypeScript, with each sub-schema that occurs more than once (localised text, a
 * taxonomy item) written once as a constant: the browser carries less, and the checker never mutates.
 */
function emit(name, schema, rule) {
  const counts = new Map();
  // Only schemas are shared, never a `properties` map (its keys are names, not keywords).
  const walk = (n, map = false) => {
    if (!n || typeof n !== 'object') return;
    if (!Array.isArray(n) && !map) counts.set(JSON.stringify(n), (counts.get(JSON.stringify(n)) ?? 0) + 1);
    for (const [k, v] of Object.entries(n)) walk(v, !map && !Array.isArray(n) && k === 'properties');
  };
  walk(schema);
  const names = new Map();
  const render = (n, top = false) => {
    if (!n || typeof n !== 'object') return JSON.stringify(n);
    if (!top && names.has(JSON.stringify(n))) return names.get(JSON.stringify(n));
    if (Array.isArray(n)) return `[${n.map((v) => render(v)).join(',')}]`;
    return `{${Object.entries(n)
      .map(([k, v]) => `${JSON.stringify(k)}:${render(v)}`)
      .join(',')}}`;
  };
  // Smallest first, so a larger shared schema can refer to the smaller ones inside it.
  const shared = [...counts]
    .filter(([json, n]) => n > 1 && json.length >= 40)
    .map(([json]) => json)
    .sort((a, b) => a.length - b.length);
  const decls = shared.map((json, i) => {
    const line = `const s${i}: JsonSchema = ${render(JSON.parse(json), true)};\n`;
    names.set(json, `s${i}`);
    return line;
  });
  const body = render(schema, true);
  return (
    decls.join('') + `\nexport const ${name}: JsonSchema = ${rule ? body.slice(0, -1) + `,"rule":${rule}}` : body};\n`
  );
}

const files = {
  'schema/feed.schema.json': JSON.stringify(full, null, 2) + '\n',
  // One module per list: a bundle shared by several widgets (rollup chunks by module) then carries
  // only the schemas that its widgets use.
  ...Object.fromEntries(
    Object.entries(contract).map(([name, schema]) => {
      const rule = RULES[name];
      return [
        `src/feed/contract/${name}.generated.ts`,
        '// Generated by `npm run schema` from src/feed/schema.ts. Do not edit.\n' +
          "import type { JsonSchema } from '../check.js';\n" +
          (rule ? `import { ${rule} } from '../rules/${name}.js';\n` : '') +
          emit(name, schema, rule),
      ];
    }),
  ),
  'src/feed/contract.generated.ts':
    '// Generated by `npm run schema` from src/feed/schema.ts. Do not edit.\n' +
    Object.keys(contract)
      .map((name) => `export { ${name} } from './contract/${name}.generated.js';\n`)
      .join(''),
};
const checking = process.argv.includes('--check');
let stale = false;
for (const [file, text] of Object.entries(files)) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === text) continue;
  if (checking) {
    console.error(`${file} is out of date with src/feed/schema.ts: run \`npm run build && npm run schema\`.`);
    stale = true;
  } else {
    mkdirSync(file.split('/').slice(0, -1).join('/'), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);
