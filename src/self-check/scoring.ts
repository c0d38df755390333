/**
 * Scoring as docs/self-check.md says: a question scores its option's value on 1–5, a dimension is the
 * mean of its answered questions, the overall score the mean of the answered dimensions; nothing answered
 * is "not enough answers" (null), never 0, and no level before two thirds of the dimensions are answered.
 * Each dimension gets one verdict, judged against the partners' own desired state where they gave one
 * (TRES II); the lists and the summary are built from those verdicts, so they cannot disagree with the
 * table. Pure: no DOM, no Lit.
 */
import {
  DEFAULT_LEVELS,
  answerKey,
  type Dimension,
  type Instrument,
  type LevelCondition,
  type Option,
} from './instrument.js';
import type { Names } from './names.js';

/**
 * An answer: the chosen option's position (0-based), "dk" for "weet niet" or "na" for "niet van toepassing".
 * Neither of the last two counts in a score; they are told apart because they mean different things (a
 * partner who does not know is a point to talk about, a question that does not apply is not).
 */
export type Answer = number | 'dk' | 'na';

export interface Answers {
  /** By `answerKey(dimension, question)`. */
  answers: Record<string, Answer>;
  /** Desired state by dimension id: the chosen desired option's position (0-based). */
  desired: Record<string, number>;
  /** The level the partnership aims for (a level id), asked before the first question. */
  intended?: string;
  /** The two organisations' names, when typed (never part of a score or a submission). */
  names?: Names;
}

export const emptyAnswers = (): Answers => ({ answers: {}, desired: {} });

/** Where a dimension stands without a desired state (cut-offs for descriptions, not agree/disagree). */
export type Status = 'sterkte' | 'bespreken' | 'werkpunt';

/**
 * The one verdict a dimension gets. With a desired state it is judged against it: `past` (current meets
 * it, within half a description), `minder` (the partners want less than they have: named, not hidden),
 * `groei` (up to 1.5 descriptions to go), `werkpunt` (further). Without one, by where it stands (Status).
 * `onbeantwoord`: no question answered.
 */
export type Verdict = 'past' | 'minder' | 'groei' | Status | 'onbeantwoord';

/** Which advice text fits where a dimension stands: graded, so a 3.5 gets neither the starter's nor the keeper's. */
export type Band = 'low' | 'mid' | 'high';

export interface DimensionResult {
  id: string;
  /** Mean of the answered questions, 1–5, two decimals; null when none was answered. */
  score: number | null;
  answered: number;
  questions: number;
  /** Questions answered "weet niet" and "n.v.t.". */
  unknown: number;
  notApplicable: number;
  /** Desired state on 1–5; null when not given. */
  desired: number | null;
  /** desired − score, when both exist. */
  gap: number | null;
  /** Where it stands without looking at the desired state (sorting, colour of the bar). */
  status: Status | null;
  verdict: Verdict;
  band: Band | null;
}

export interface Result {
  instrumentId: string;
  overall: number | null;
  /** Level id; null when there is no overall score or too few dimensions were answered. */
  level: string | null;
  /** When the score reached a level whose condition failed: that level and the dimensions that fell short. */
  blocked: { level: string; dimensions: string[]; unanswered: string[] } | null;
  dimensions: DimensionResult[];
  answeredDimensions: number;
  /** Dimensions that must be answered before a level is given (two thirds, rounded up: 8 of 11 or 12). */
  neededDimensions: number;
  /** Dimension ids: what sits well (best first) and what to work on (most urgent first), at most three each; never both. */
  strengths: string[];
  priorities: string[];
  /** Dimensions where the desired state is below the current one. */
  less: string[];
  /** How many dimensions have each verdict (the summary sentences are written from these, as the table is). */
  counts: Record<Verdict, number>;
}

/** Two decimals, so that thresholds written as 1.79 / 1.8 behave as a reader expects. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * The value of an option on the 1–5 scale. Feed instruments may use any increasing values (0–3, 1–7, …):
 * the lowest option maps to 1 and the highest to 5, linearly, so every instrument shares one scale.
 */
export function optionScore(options: readonly Option[], index: number): number | null {
  const option = options[index];
  if (!option) return null;
  const values = options.map((o) => o.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return max === min ? 3 : 1 + (4 * (option.value - min)) / (max - min);
}

/** The 1–5 values of the default desired-state scale. */
const FIVE: readonly Option[] = [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }));

/**
 * Without a desired state: 4+ a strength, 2 to 3.9 to discuss, below 2 a work point. Wilder's 3.0 cut-off
 * was made for agree/disagree; here 3 is a description ("we stemmen af") that can be exactly right.
 */
export function statusFor(score: number | null): Status | null {
  if (score === null) return null;
  return score >= 4 ? 'sterkte' : score >= 2 ? 'bespreken' : 'werkpunt';
}

export function verdictFor(score: number | null, desired: number | null): Verdict {
  if (score === null) return 'onbeantwoord';
  if (desired === null) return statusFor(score)!;
  const gap = round2(desired - score);
  return gap <= -1 ? 'minder' : gap < 0.5 ? 'past' : gap <= 1.5 ? 'groei' : 'werkpunt';
}

export const bandFor = (score: number | null): Band | null =>
  score === null ? null : score < 2.5 ? 'low' : score < 4 ? 'mid' : 'high';

/** Two thirds of the dimensions, rounded up: below that, a level would rest on too little. */
export const neededFor = (dimensions: number): number => Math.ceil((dimensions * 2) / 3);

export function scoreDimension(dimension: Dimension, answers: Answers): DimensionResult {
  const values: number[] = [];
  let unknown = 0;
  let notApplicable = 0;
  for (const q of dimension.questions) {
    const a = answers.answers[answerKey(dimension, q)];
    if (a === 'dk') unknown++;
    if (a === 'na') notApplicable++;
    const v = typeof a === 'number' ? optionScore(q.options, a) : null;
    if (v !== null) values.push(v);
  }
  const m = mean(values);
  const score = m === null ? null : round2(m);
  const d = answers.desired[dimension.id];
  const dv = d === undefined ? null : optionScore(dimension.desired ?? FIVE, d);
  const desired = dv === null ? null : round2(dv);
  return {
    id: dimension.id,
    score,
    answered: values.length,
    questions: dimension.questions.length,
    unknown,
    notApplicable,
    desired,
    gap: score !== null && desired !== null ? round2(desired - score) : null,
    status: statusFor(score),
    verdict: verdictFor(score, desired),
    band: bandFor(score),
  };
}

/** Dimensions of a condition that fell short and that were not answered (skipping ones the instrument lacks). */
const meets = (condition: LevelCondition, scores: ReadonlyMap<string, number | null>) => {
  const known = condition.dimensions.filter((id) => scores.has(id));
  return {
    dimensions: known.filter((id) => scores.get(id) !== null && scores.get(id)! < condition.min),
    unanswered: known.filter((id) => scores.get(id) === null),
  };
};

/**
 * The level for an overall score: the highest level whose `min` the score reaches (the lowest level when
 * it reaches none), stepping down while a level's condition is not met.
 */
export function levelFor(
  overall: number | null,
  levels: readonly { id: string; min: number; requires?: LevelCondition }[],
  scores: ReadonlyMap<string, number | null>,
): { level: string | null; blocked: Result['blocked'] } {
  if (overall === null || !levels.length) return { level: null, blocked: null };
  const sorted = [...levels].sort((a, b) => a.min - b.min);
  let i = 0;
  sorted.forEach((l, k) => {
    if (overall >= l.min) i = k;
  });
  let blocked: Result['blocked'] = null;
  for (; i > 0; i--) {
    const level = sorted[i]!;
    if (!level.requires) break;
    const short = meets(level.requires, scores);
    if (!short.dimensions.length && !short.unanswered.length) break;
    blocked ??= { level: level.id, ...short };
  }
  return { level: sorted[i]!.id, blocked };
}

const VERDICTS: readonly Verdict[] = ['past', 'minder', 'groei', 'sterkte', 'bespreken', 'werkpunt', 'onbeantwoord'];

export function score(instrument: Instrument, answers: Answers): Result {
  const dimensions = instrument.dimensions.map((d) => scoreDimension(d, answers));
  const answered = dimensions.filter((d) => d.score !== null);
  const m = mean(answered.map((d) => d.score!));
  const overall = m === null ? null : round2(m);
  const neededDimensions = neededFor(dimensions.length);
  const { level, blocked } =
    answered.length < neededDimensions
      ? { level: null, blocked: null }
      : levelFor(
          overall,
          instrument.levels?.length ? instrument.levels : DEFAULT_LEVELS,
          new Map(dimensions.map((d) => [d.id, d.score])),
        );
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const d of dimensions) counts[d.verdict]++;
  return {
    instrumentId: instrument.id,
    overall,
    level,
    blocked,
    dimensions,
    answeredDimensions: answered.length,
    neededDimensions,
    strengths: strengths(dimensions),
    priorities: priorities(dimensions),
    less: dimensions.filter((d) => d.verdict === 'minder').map((d) => d.id),
    counts,
  };
}

/** Verdicts that put a dimension among what sits well, and among what to work on: disjoint, so never both. */
export const GOOD: readonly Verdict[] = ['sterkte', 'past'];
export const TO_WORK: readonly Verdict[] = ['werkpunt', 'groei', 'bespreken'];

/** What sits well: strengths and dimensions where the partners are where they want to be, highest first. */
export function strengths(dimensions: readonly DimensionResult[], limit = 3): string[] {
  return dimensions
    .filter((d) => GOOD.includes(d.verdict))
    .sort((a, b) => b.score! - a.score!)
    .slice(0, limit)
    .map((d) => d.id);
}

/**
 * What to work on first: work points, then growth, then what to discuss; within each, the largest gap to
 * the desired state first (TRES II), then the lowest score.
 */
export function priorities(dimensions: readonly DimensionResult[], limit = 3): string[] {
  return dimensions
    .filter((d) => TO_WORK.includes(d.verdict))
    .sort(
      (a, b) =>
        TO_WORK.indexOf(a.verdict) - TO_WORK.indexOf(b.verdict) || (b.gap ?? 0) - (a.gap ?? 0) || a.score! - b.score!,
    )
    .slice(0, limit)
    .map((d) => d.id);
}

/** How the intended level compares with the level reached: null when either is missing or unknown. */
export function aimFor(
  result: Result,
  intended: string | undefined,
  levels: readonly { id: string; min: number }[],
): 'reached' | 'below' | 'beyond' | null {
  const order = [...levels].sort((a, b) => a.min - b.min).map((l) => l.id);
  const want = intended ? order.indexOf(intended) : -1;
  const have = result.level ? order.indexOf(result.level) : -1;
  if (want < 0 || have < 0) return null;
  return have === want ? 'reached' : have < want ? 'below' : 'beyond';
}

/**
 * SOFAR's read-out of the relationship (Bringle, Clayton & Price 2009): exploitative when one side gives
 * far more than it gets or has no say (reciprocity or influence below 2), transformational when shared
 * values are acted on, give and get are fair and the partners grow together (each of those at 4 or more),
 * transactional in between. Null when one of those dimensions was not answered (or the instrument lacks it).
 */
export function sofarFor(result: Result): 'exploitatief' | 'transactioneel' | 'transformationeel' | null {
  const s = (id: string) => result.dimensions.find((d) => d.id === id)?.score ?? null;
  const equity = [s('wederkerigheid'), s('invloed')];
  const deep = [s('waarden'), s('wederkerigheid'), s('leren')];
  if ([...equity, ...deep].some((x) => x === null)) return null;
  if (equity.some((x) => x! < 2)) return 'exploitatief';
  return deep.every((x) => x! >= 4) ? 'transformationeel' : 'transactioneel';
}

/** The payload of `som-selfcheck-complete` and of the opt-in submission: scores only, nothing else. */
export const summary = (
  result: Result,
): {
  instrumentId: string;
  overall: number | null;
  level: string | null;
  dimensions: Record<string, number | null>;
} => ({
  instrumentId: result.instrumentId,
  overall: result.overall,
  level: result.level,
  dimensions: Object.fromEntries(result.dimensions.map((d) => [d.id, d.score])),
});
