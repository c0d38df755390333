// The published JSON Schema (schema/feed.schema.json) as other tools use it: compiled by ajv in strict
// mode, valid for the demo feed, refusing broken items, and agreeing with the widgets' URL rule on links.
// Needs dist/feed/ (npm run build), like the other node tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { safeUrl } from '../../dist/feed/url.js';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const schema = read('schema/feed.schema.json');
const demo = read('demo/feed.json');

/** Strict: unknown keywords, unknown formats, ambiguous types and `required` without `properties` all throw. */
function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
const validate = compile();
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

/** A small valid feed to break one field at a time. */
const base = () => ({
  version: 1,
  network: { id: 'som-test', name: 'SOM test', url: 'https://som.example', contact: 'mailto:info@som.example' },
  events: [
    {
      id: 'labo',
      title: { nl: 'Labo', en: 'Lab' },
      start: '2026-10-01T16:00:00+02:00',
      end: '2026-10-01T18:00:00+02:00',
      url: 'https://som.example/labo',
      registration: {
        type: 'form',
        endpoint: 'https://som.example/api/events/labo/registrations',
        privacyUrl: 'https://som.example/privacy',
        capacity: 20,
      },
    },
  ],
  stories: [{ id: 'verhaal', title: 'Een verhaal', url: 'https://som.example/verhaal', published: '2026-09-01' }],
  portraits: [{ id: 'lore', name: 'Lore', quote: 'Samen kom je verder.', published: '2026-09-01' }],
  selfChecks: [
    {
      id: 'scan',
      title: 'Scan',
      dimensions: [
        {
          id: 'doelen',
          label: 'Doelen',
          questions: [
            {
              id: 'q1',
              text: 'Hoe?',
              options: [
                { value: 1, label: 'Weinig' },
                { value: 2, label: 'Veel' },
              ],
            },
          ],
        },
      ],
    },
  ],
});

test('the schema compiles in ajv strict mode, with a stable $id of our own', () => {
  assert.doesNotThrow(compile);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, 'urn:som-widgets:feed:1');
  assert.ok(
    !JSON.stringify(schema).includes('"x-link"'),
    'the browser-only x-link keyword stays out of the published schema',
  );
});

test('the demo feed and a small feed are valid', () => {
  assert.equal(validate(demo), true, errors().join('\n'));
  assert.equal(validate(base()), true, errors().join('\n'));
});

test('forward compatible: unknown fields are allowed', () => {
  const feed = base();
  feed.extension = { anything: true };
  feed.events[0].futureField = 'later';
  assert.equal(validate(feed), true, errors().join('\n'));
});

/** [what is broken, how, the instance path ajv must name] */
const broken = [
  ['no version', (f) => delete f.version, ''],
  ['a network without a name', (f) => delete f.network.name, '/network'],
  ['an event without start', (f) => delete f.events[0].start, '/events/0'],
  ['an id with capitals', (f) => (f.events[0].id = 'Labo'), '/events/0/id'],
  ['a date-time without offset', (f) => (f.events[0].start = '2026-10-01T16:00:00'), '/events/0/start'],
  ['an unknown status', (f) => (f.events[0].status = 'maybe'), '/events/0/status'],
  ['a javascript: link', (f) => (f.events[0].url = 'javascript:alert(1)'), '/events/0/url'],
  ['a relative link', (f) => (f.stories[0].url = '/verhaal'), '/stories/0/url'],
  ['an http: link to another host', (f) => (f.stories[0].url = 'http://som.example/verhaal'), '/stories/0/url'],
  ['mailto: where only https is allowed', (f) => (f.events[0].url = 'mailto:info@som.example'), '/events/0/url'],
  ['a form without privacyUrl', (f) => delete f.events[0].registration.privacyUrl, '/events/0/registration'],
  ['a negative capacity', (f) => (f.events[0].registration.capacity = -1), '/events/0/registration'],
  ['a story without url', (f) => delete f.stories[0].url, '/stories/0'],
  [
    'a question with one option',
    (f) => f.selfChecks[0].dimensions[0].questions[0].options.pop(),
    '/selfChecks/0/dimensions/0/questions/0/options',
  ],
  [
    'localised text under a key that is not a language tag',
    (f) => (f.events[0].title = { 'not a tag': 'x' }),
    '/events/0/title',
  ],
];
for (const [what, breakIt, path] of broken) {
  test(`refused: ${what}`, () => {
    const feed = base();
    breakIt(feed);
    assert.equal(validate(feed), false);
    assert.ok(
      (validate.errors ?? []).some((e) => e.instancePath === path || e.instancePath.startsWith(`${path}/`)),
      `expected an error at ${path || '(root)'}, got:\n${errors().join('\n')}`,
    );
  });
}

test('the link pattern agrees with the URL rule (src/feed/url.ts) on https-only and https/mailto/tel fields', () => {
  const samples = [
    'https://som.example',
    'https://som.example/a?b=c#d',
    'HTTPS://SOM.EXAMPLE/',
    'https://som.example/ä',
    'https://user@som.example/',
    'http://localhost:8080/img/logo.svg',
    'http://127.0.0.1/x',
    'http://[::1]:8080/',
    'http://som.example/',
    'https:/som.example',
    'https:som.example',
    '//som.example/x',
    '/relative',
    'relative',
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'https://som.example/a b',
    'https://som.example/\u2028',
    'ftp://som.example/',
    `https://som.example/${'a'.repeat(2100)}`,
    'mailto:info@som.example',
    'MAILTO:info@som.example',
    'mailto:info',
    'mailto:a@b@c',
    'tel:+32 16 00 00 00',
    'tel:+3216000000',
    'tel:016/00.00.00',
    'tel:12',
  ];
  for (const [field, schemes] of [
    ['url', []],
    ['contact', ['mailto', 'tel']],
  ]) {
    for (const link of samples) {
      const feed = base();
      feed.network[field] = link;
      assert.equal(
        validate(feed),
        safeUrl(link, schemes) !== undefined,
        `network.${field} = ${JSON.stringify(link.slice(0, 60))}`,
      );
    }
  }
});

test('the package exports the schema as som-widgets/feed.schema.json and ships it with the docs', () => {
  const pkg = read('package.json');
  assert.equal(pkg.exports['./feed.schema.json'], './schema/feed.schema.json');
  assert.ok(pkg.files.includes('schema') && pkg.files.includes('docs'), 'package.json "files" lists schema and docs');
  // A package can import itself by name through its own exports.
  const resolved = createRequire(import.meta.url).resolve('som-widgets/feed.schema.json');
  assert.ok(resolved.endsWith('/schema/feed.schema.json'), resolved);
});
