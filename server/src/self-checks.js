// @ts-check
/**
 * Anonymous self-check results: the widget may post its scores, and the network sees aggregates only.
 * Stored: the instrument, the scores, the level and the date. Nothing that identifies a partner,
 * and nothing is shown for an instrument (or a dimension) until at least MIN_RESULTS people answered.
 */
import { dayKey, resolveText } from 'som-widgets/feed';
import { escapeHtml, htmlPage } from './html.js';
import { problem, route } from './http.js';

/** @typedef {import('./app.js').AppContext} AppContext */
/** @typedef {import('./db.js').SelfCheck} SelfCheck */
/** @typedef {import('./validation.js').FieldError} FieldError */

export const MIN_RESULTS = 5;
const ID = /^[a-z0-9][a-z0-9_-]{0,99}$/;
const MAX_DIMENSIONS = 30;
const FIELDS = new Set(['instrumentId', 'overall', 'level', 'dimensions']);
/** Score bands shown in the overview: [from, to) with the last one closed. */
const BANDS = [
  [1, 2, '1 tot 2'],
  [2, 3, '2 tot 3'],
  [3, 4, '3 tot 4'],
  [4, 5.0001, '4 tot en met 5'],
];

/** @param {unknown} v */
const isScore = (v) => v === null || (typeof v === 'number' && v >= 1 && v <= 5);
/** Two decimals are plenty for an average, and make a result harder to recognise. @param {number | null} v */
const round = (v) => (v === null ? null : Math.round(v * 100) / 100);

/**
 * @param {unknown} body
 * @returns {{ errors: FieldError[], value?: Omit<SelfCheck, 'day'> }}
 */
export function validateSelfCheck(body) {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { errors: [{ field: '', message: 'The body must be a JSON object.' }] };
  const b = /** @type {Record<string, unknown>} */ (body);
  /** @type {FieldError[]} */
  const errors = Object.keys(b)
    .filter((k) => !FIELDS.has(k))
    .map((k) => ({ field: k, message: 'Unknown field.' }));
  if (typeof b.instrumentId !== 'string' || !ID.test(b.instrumentId))
    errors.push({ field: 'instrumentId', message: 'Must be an id (a–z, 0–9, "_", "-").' });
  if (b.overall !== undefined && !isScore(b.overall))
    errors.push({ field: 'overall', message: 'Must be a number from 1 to 5, or null.' });
  if (b.level !== undefined && b.level !== null && (typeof b.level !== 'string' || !ID.test(b.level)))
    errors.push({ field: 'level', message: 'Must be an id or null.' });
  const dims = b.dimensions;
  if (!dims || typeof dims !== 'object' || Array.isArray(dims)) {
    errors.push({ field: 'dimensions', message: 'Must be an object of dimension ids to scores.' });
  } else {
    const entries = Object.entries(dims);
    if (entries.length > MAX_DIMENSIONS)
      errors.push({ field: 'dimensions', message: `At most ${MAX_DIMENSIONS} dimensions.` });
    for (const [id, score] of entries) {
      if (!ID.test(id) || !isScore(score))
        errors.push({
          field: `dimensions.${id.slice(0, 100)}`,
          message: 'Must be an id with a number from 1 to 5, or null.',
        });
    }
  }
  if (errors.length) return { errors };
  const scores = Object.entries(/** @type {Record<string, number | null>} */ (dims)).map(([id, v]) => [id, round(v)]);
  return {
    errors,
    value: {
      instrumentId: /** @type {string} */ (b.instrumentId),
      overall: round(/** @type {number | null} */ (b.overall ?? null)),
      level: /** @type {string | null} */ (b.level ?? null),
      dimensions: Object.fromEntries(scores),
    },
  };
}

/**
 * Mean and counts per band of a list of scores (null = "no score"), or null below the threshold.
 * @param {(number | null)[]} values
 */
function distribution(values) {
  const scores = /** @type {number[]} */ (values.filter((v) => v !== null));
  if (scores.length < MIN_RESULTS) return null;
  return {
    mean: scores.reduce((a, b) => a + b, 0) / scores.length,
    bands: BANDS.map(
      ([from, to]) => scores.filter((s) => s >= /** @type {number} */ (from) && s < /** @type {number} */ (to)).length,
    ),
    none: values.length - scores.length,
  };
}

/** @param {SelfCheck[]} results */
export function summarise(results) {
  /** @type {Map<string, SelfCheck[]>} */
  const byInstrument = new Map();
  for (const r of results) {
    const list = byInstrument.get(r.instrumentId);
    if (list) list.push(r);
    else byInstrument.set(r.instrumentId, [r]);
  }
  return [...byInstrument].map(([instrumentId, rs]) => {
    const dimensionIds = [...new Set(rs.flatMap((r) => Object.keys(r.dimensions)))];
    return {
      instrumentId,
      count: rs.length,
      overall: rs.length >= MIN_RESULTS ? distribution(rs.map((r) => r.overall)) : null,
      dimensions:
        rs.length >= MIN_RESULTS
          ? dimensionIds.map((id) => ({ id, stats: distribution(rs.map((r) => r.dimensions[id] ?? null)) }))
          : [],
    };
  });
}

/** @param {import('hono').Hono} app @param {AppContext} ctx */
export function selfCheckRoutes(app, ctx) {
  const { storage } = ctx; // ctx.feed per request: a reload from sources swaps it

  route(app, '/api/self-checks', {
    POST: async (c) => {
      let body;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return problem(c, 400, 'bad-request', 'Bad request', 'The body must be JSON.');
      }
      const { errors, value } = validateSelfCheck(body);
      if (!value)
        return problem(c, 422, 'validation', 'Invalid self-check result', 'Some values are invalid.', { errors });
      await storage.addSelfCheck({ ...value, day: dayKey(ctx.now(), ctx.feed.network.timeZone) });
      return c.json({ ok: true }, 201);
    },
  });

  const number = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

  route(app, '/self-checks', {
    GET: async (c) => {
      const summaries = summarise(await storage.selfChecks());
      c.header('Cache-Control', 'no-cache');
      const sections = summaries.map((s) => {
        const instrument = ctx.feed.selfChecks.find((i) => i.id === s.instrumentId);
        /** @param {string} id */
        const label = (id) => resolveText(instrument?.dimensions.find((d) => d.id === id)?.label, ['nl']) || id;
        const title = resolveText(instrument?.title, ['nl']) || s.instrumentId;
        const head = `<h2 id="i-${escapeHtml(s.instrumentId)}">${escapeHtml(title)}</h2>
<p>${s.count === 1 ? '1 resultaat' : `${s.count} resultaten`}.</p>`;
        if (s.count < MIN_RESULTS) {
          return `<section aria-labelledby="i-${escapeHtml(s.instrumentId)}">${head}
<p>Er zijn minstens ${MIN_RESULTS} resultaten nodig voor een overzicht, zodat niemand herkenbaar is.</p></section>`;
        }
        /** @param {string} name @param {ReturnType<typeof distribution>} d */
        const row = (name, d) =>
          `<tr><th scope="row">${escapeHtml(name)}</th>${
            d
              ? `<td class="n">${number.format(d.mean)}</td>${d.bands.map((n) => `<td class="n">${n}</td>`).join('')}<td class="n">${d.none}</td>`
              : `<td colspan="${BANDS.length + 2}">Te weinig scores om te tonen</td>`
          }</tr>`;
        return `<section aria-labelledby="i-${escapeHtml(s.instrumentId)}">${head}
<div class="wrap"><table>
<caption>Gemiddelde score (1 tot 5) en aantal resultaten per scoreband</caption>
<thead><tr><th scope="col">Dimensie</th><th scope="col">Gemiddelde</th>${BANDS.map(([, , l]) => `<th scope="col">${l}</th>`).join('')}<th scope="col">Geen score</th></tr></thead>
<tbody>
${s.dimensions.map((d) => row(label(d.id), d.stats)).join('\n')}
${row('Totaal', s.overall)}
</tbody>
</table></div></section>`;
      });
      return htmlPage(
        c,
        'Resultaten van de zelfscan',
        `
<h1>Resultaten van de zelfscan</h1>
<p>Anonieme resultaten die partners met de zelfscan hebben ingestuurd. Alleen datum en scores worden bewaard.</p>
${sections.join('\n') || '<p>Er zijn nog geen resultaten.</p>'}`,
      );
    },
  });
}
