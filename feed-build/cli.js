// @ts-check
/**
 * som-widgets feed build <feed.sources.json> [-o feed.json] [--cache file] [--now ISO] [--lang nl|en]
 * Exit codes: 0 a valid feed was written, 1 the result is not a valid feed (nothing written), 2 usage or an
 * unreadable sources file.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import { buildFeed, createCache, describeBuildProblem } from './index.js';

const T = {
  en: {
    usage:
      'Usage: som-widgets feed build <feed.sources.json> [-o feed.json] [--cache file] [--now ISO-date] [--lang nl|en]',
    read: (t, e) => `Cannot read ${t}: ${e}`,
    json: (t, e) => `${t} is not valid JSON: ${e}`,
    now: (v) => `--now needs an ISO date-time, not "${v}"`,
    sources: 'Sources:',
    source: (s) =>
      `  ${s.id.padEnd(8)} ${s.name}: ${s.added} activit${s.added === 1 ? 'y' : 'ies'}${s.state === 'kept-last-good' ? ' (last good copy)' : s.state === 'failed' ? ' (failed)' : s.state === 'not-modified' ? ' (unchanged)' : ''}`,
    written: (out, f, fromBase) =>
      `✓ ${out}: a valid feed with ${f.events.length} activities (${fromBase} from the base, ${f.events.length - fromBase} from sources).`,
    invalid: '✗ The result is not a valid feed; nothing was written.',
  },
  nl: {
    usage:
      'Gebruik: som-widgets feed build <feed.sources.json> [-o feed.json] [--cache bestand] [--now ISO-datum] [--lang nl|en]',
    read: (t, e) => `Kan ${t} niet lezen: ${e}`,
    json: (t, e) => `${t} is geen geldige JSON: ${e}`,
    now: (v) => `--now verwacht een ISO-datum en -tijd, niet "${v}"`,
    sources: 'Bronnen:',
    source: (s) =>
      `  ${s.id.padEnd(8)} ${s.name}: ${s.added} activiteit${s.added === 1 ? '' : 'en'}${s.state === 'kept-last-good' ? ' (laatste goede kopie)' : s.state === 'failed' ? ' (mislukt)' : s.state === 'not-modified' ? ' (ongewijzigd)' : ''}`,
    written: (out, f, fromBase) =>
      `✓ ${out}: een geldige feed met ${f.events.length} activiteiten (${fromBase} uit de basisfeed, ${f.events.length - fromBase} uit bronnen).`,
    invalid: '✗ Het resultaat is geen geldige feed; er is niets geschreven.',
  },
};

const MARK = { error: '✗', warning: '!', info: 'i' };

/**
 * @param {string[]} args  what follows "feed build"
 * @param {{ lang: 'nl' | 'en', env: Record<string, string | undefined>, out: (s: string) => void, err: (s: string) => void, fetch?: typeof fetch }} io
 * @returns {Promise<number>} the exit code
 */
export async function feedBuild(args, io) {
  const t = T[io.lang];
  const opt = (...names) => {
    const i = args.findIndex((a) => names.includes(a));
    if (i >= 0) return args[i + 1];
    const eq = args.find((a) => names.some((n) => a.startsWith(`${n}=`)));
    return eq?.slice(eq.indexOf('=') + 1);
  };
  const valued = new Set(['-o', '--out', '--cache', '--now', '--lang']);
  const positional = args.filter((a, i) => !a.startsWith('-') && !valued.has(args[i - 1]));
  const file = positional[0];
  if (!file || positional.length > 1) {
    io.err(t.usage);
    return 2;
  }
  const outFile = opt('-o', '--out');
  const cacheFile = opt('--cache');
  const nowArg = opt('--now');
  const now = nowArg === undefined ? Date.now() : Date.parse(nowArg);
  if (!Number.isFinite(now)) {
    io.err(t.now(nowArg));
    return 2;
  }

  let config;
  try {
    config = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    io.err(
      e instanceof SyntaxError
        ? t.json(file, e.message)
        : t.read(file, e.code === 'ENOENT' ? 'no such file' : e.message),
    );
    return 2;
  }
  let cache;
  if (cacheFile) {
    let saved = {};
    try {
      saved = JSON.parse(await readFile(cacheFile, 'utf8'));
    } catch {
      // no cache yet (or a broken one): start afresh
    }
    cache = createCache(saved && typeof saved === 'object' ? saved : {});
  }

  const result = await buildFeed(config, {
    now,
    lang: io.lang,
    baseDir: dirname(resolve(file)),
    env: io.env,
    cache,
    fetch: io.fetch,
  });
  const report = outFile ? io.out : io.err;
  if (result.sources.length) {
    report(t.sources);
    for (const s of result.sources) report(t.source(s));
  }
  for (const p of result.problems) report(`${MARK[p.severity] ?? '!'} ${describeBuildProblem(p)}`);
  if (cache && cacheFile) await writeAtomic(cacheFile, JSON.stringify(cache));
  if (!result.feed) {
    io.err(t.invalid);
    return 1;
  }
  const json = `${JSON.stringify(result.feed, null, 2)}\n`;
  const fromBase = result.fromBase ?? 0;
  if (outFile) {
    await writeAtomic(outFile, json);
    io.out(t.written(outFile, result.feed, fromBase));
  } else {
    io.out(json);
    io.err(t.written('stdout', result.feed, fromBase));
  }
  return 0;
}

/** Write beside the target, then rename: a reader (the server) never sees half a feed. */
async function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}
