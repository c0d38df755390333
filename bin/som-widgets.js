#!/usr/bin/env node
// som-widgets validate <file-or-url> [--lang nl|en]: check a feed before publishing it.
// som-widgets feed build <feed.sources.json> [-o feed.json]: one feed from the base and partners' sources.
import { readFile } from 'node:fs/promises';
import { parseFeed, describeProblem } from '../dist/feed/index.js';

const args = process.argv.slice(2);
const langArg = args.find((a) => a.startsWith('--lang'));
const lang = (langArg?.split('=')[1] ?? args[args.indexOf('--lang') + 1] ?? process.env.LANG ?? '').startsWith('nl')
  ? 'nl'
  : 'en';

if (args[0] === 'feed') {
  const { feedBuild } = await import('../feed-build/cli.js');
  const usage =
    lang === 'nl'
      ? 'Gebruik: som-widgets feed build <feed.sources.json> [-o feed.json]'
      : 'Usage: som-widgets feed build <feed.sources.json> [-o feed.json]';
  const code =
    args[1] === 'build'
      ? await feedBuild(args.slice(2), {
          lang,
          env: process.env,
          out: (s) => console.log(s),
          err: (s) => console.error(s),
        })
      : (console.error(usage), 2);
  process.exit(code);
}
const [command, target] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');

const T = {
  en: {
    usage:
      'Usage: som-widgets validate <file-or-url> [--lang nl|en]\n       som-widgets feed build <feed.sources.json> [-o feed.json] [--cache file] [--now ISO-date] [--lang nl|en]',
    read: (t, e) => `Cannot read ${t}: ${e}`,
    json: (e) => `Not valid JSON: ${e}`,
    ok: (n) => `✓ The feed is valid (${n} items).`,
    bad: (n) => `✗ ${n} problem(s) found.`,
    counts: (f) =>
      `${f.events.length} events, ${f.stories.length} stories, ${f.portraits.length} portraits, ${f.selfChecks.length} self-checks will be shown.`,
  },
  nl: {
    usage:
      'Gebruik: som-widgets validate <bestand-of-url> [--lang nl|en]\n         som-widgets feed build <feed.sources.json> [-o feed.json] [--cache bestand] [--now ISO-datum] [--lang nl|en]',
    read: (t, e) => `Kan ${t} niet lezen: ${e}`,
    json: (e) => `Geen geldige JSON: ${e}`,
    ok: (n) => `✓ De feed is geldig (${n} items).`,
    bad: (n) => `✗ ${n} probleem/problemen gevonden.`,
    counts: (f) =>
      `${f.events.length} activiteiten, ${f.stories.length} verhalen, ${f.portraits.length} portretten, ${f.selfChecks.length} zelfscans worden getoond.`,
  },
}[lang];

if (command !== 'validate' || !target) {
  console.error(T.usage);
  process.exit(2);
}

let text;
try {
  if (/^https?:\/\//i.test(target)) {
    const res = await fetch(target, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(15000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
  } else text = await readFile(target, 'utf8');
} catch (e) {
  console.error(T.read(target, e.message));
  process.exit(2);
}
let json;
try {
  json = JSON.parse(text);
} catch (e) {
  console.error(T.json(e.message));
  process.exit(1);
}
const result = parseFeed(json, { lang });
for (const p of result.problems) console.log(`${p.severity === 'error' ? '✗' : '!'} ${describeProblem(p)}`);
if (!result.ok) {
  console.error(T.bad(result.problems.length));
  process.exit(1);
}
const f = result.feed;
console.log(T.counts(f));
if (result.problems.length) {
  console.error(T.bad(result.problems.length));
  process.exit(1);
}
console.log(T.ok(f.events.length + f.stories.length + f.portraits.length + f.selfChecks.length));
