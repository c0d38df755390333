/**
 * Answers ⇄ a short code for the URL fragment (`#som-self-check=<code>`), so a result can be shared or
 * compared without any server. The code is versioned and positional:
 *
 *     1.<instrument id>.<one character per question>.<one character per dimension, or nothing>
 *
 * A question is `1`–`7` (the chosen option's position), `w` ("weet niet"), `n` ("n.v.t."; in links
 * made before the two were told apart, either) or `0` (no answer);
 * a desired state is `1`–`7` or `0`. When the organisations' names were typed, two more parts follow:
 * `.<own name>.<partner name>`, each base64url of its UTF-8 (names.ts); without names the code is exactly
 * what it always was, so old links and old widgets keep working. Anything else is refused with a reason,
 * never rendered as markup: the code comes from a link someone else made.
 */
import { allQuestions, type Instrument } from './instrument.js';
import type { Answers } from './scoring.js';
import { cleanNames, nameFromCode, nameToCode } from './names.js';
import { HASH_KEY } from './first-visit.js';

export { HASH_KEY, readHash } from './first-visit.js';

const VERSION = '1';
/** Longer input is refused before it is even looked at. */
export const MAX_INPUT = 2048;

export type ShareError =
  'empty' | 'too-long' | 'format' | 'version' | 'instrument' | 'mismatch' | 'range' | 'no-answers';
export type Decoded = { ok: true; answers: Answers } | { ok: false; error: ShareError };

export function encode(instrument: Instrument, answers: Answers): string {
  const qs = allQuestions(instrument)
    .map(({ question, key }) => {
      const a = answers.answers[key];
      return a === 'na'
        ? 'n'
        : a === 'dk'
          ? 'w'
          : typeof a === 'number' && a >= 0 && a < question.options.length
            ? String(a + 1)
            : '0';
    })
    .join('');
  const desired = instrument.dimensions.map((d) => {
    const v = answers.desired[d.id];
    return typeof v === 'number' && v >= 0 && v < (d.desired?.length ?? 5) ? String(v + 1) : '0';
  });
  const names = cleanNames(answers.names);
  const tail = names ? `.${nameToCode(names.own)}.${nameToCode(names.partner)}` : '';
  return `${VERSION}.${instrument.id}.${qs}.${desired.some((c) => c !== '0') ? desired.join('') : ''}${tail}`;
}

/** The code inside a pasted link, a fragment or a bare code. */
export function extractCode(input: unknown): { ok: true; code: string } | { ok: false; error: ShareError } {
  if (typeof input !== 'string' || !input.trim()) return { ok: false, error: 'empty' };
  if (input.length > MAX_INPUT) return { ok: false, error: 'too-long' };
  let s = input.trim();
  const at = s.indexOf(`${HASH_KEY}=`);
  if (at >= 0) s = s.slice(at + HASH_KEY.length + 1).split('&')[0]!;
  else if (s.includes('#') || s.includes('/')) return { ok: false, error: 'format' };
  if (s.includes('%')) {
    try {
      s = decodeURIComponent(s);
    } catch {
      return { ok: false, error: 'format' };
    }
  }
  return { ok: true, code: s.trim() };
}

// A name part holds at most MAX_NAME code points of up to 4 UTF-8 bytes: 320 bytes, 427 base64url characters.
const CODE =
  /^(\d{1,3})\.([a-z0-9][a-z0-9_-]{0,99})\.([0-7nw]{1,1000})\.([0-7]{0,300})(?:\.([\w-]{0,427})\.([\w-]{0,427}))?$/;

export function decode(instrument: Instrument, input: unknown): Decoded {
  const extracted = extractCode(input);
  if (!extracted.ok) return extracted;
  const m = CODE.exec(extracted.code);
  if (!m) return { ok: false, error: 'format' };
  const [, version, id, qs, ds, own, partner] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string?,
    string?,
  ];
  if (version !== VERSION) return { ok: false, error: 'version' };
  if (id !== instrument.id) return { ok: false, error: 'instrument' };
  const questions = allQuestions(instrument);
  if (qs.length !== questions.length || (ds.length && ds.length !== instrument.dimensions.length))
    return { ok: false, error: 'mismatch' };
  const answers: Answers = { answers: {}, desired: {} };
  for (let i = 0; i < questions.length; i++) {
    const { question, key } = questions[i]!;
    const c = qs[i]!;
    if (c === 'n') answers.answers[key] = 'na';
    else if (c === 'w') answers.answers[key] = 'dk';
    else if (c !== '0') {
      if (+c > question.options.length) return { ok: false, error: 'range' };
      answers.answers[key] = +c - 1;
    }
  }
  for (let i = 0; i < ds.length; i++) {
    const d = instrument.dimensions[i]!;
    const c = +ds[i]!;
    if (c > (d.desired?.length ?? 5)) return { ok: false, error: 'range' };
    if (c) answers.desired[d.id] = c - 1;
  }
  if (!Object.values(answers.answers).some((a) => typeof a === 'number')) return { ok: false, error: 'no-answers' };
  if (own !== undefined && partner !== undefined) {
    const texts = [nameFromCode(own), nameFromCode(partner)];
    if (texts.includes(null)) return { ok: false, error: 'format' };
    const names = cleanNames({ own: texts[0], partner: texts[1] });
    if (names) answers.names = names;
  }
  return { ok: true, answers };
}

/** The page's own address with the code as its fragment. */
export const shareLink = (href: string, code: string): string => `${href.split('#')[0]}#${HASH_KEY}=${code}`;
