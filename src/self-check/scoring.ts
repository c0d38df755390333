/**
 * Scoring exactly as SELF-CHECK.md says: a question scores its option's value on 1–5, a dimension is the
 * mean of its answered questions, the overall score the mean of the answered dimensions; nothing answered
 * is "not enough answers" (null), never 0. Levels by threshold, collective impact only when its conditions
 * hold; per dimension sterkte / bespreken / werkpunt (the Wilder inventory's cut-offs); priorities by the
 * gap between the desired and the current state (TRES II). Pure: no DOM, no Lit.
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

/** An answer: the chosen option's position (0-based), or "na" for "weet niet / n.v.t.". */
export type Answer = number | 'na';

export interface Answers {
  /** By `answerKey(dimension, question)`. */
  answers: Record<string, Answer>;
  /** Desired state by dimension id: the chosen desired option's position (0-based). */
  desired: Record<string, number>;
  /** The two organisations' names, when typed (never part of a score or a submission). */
  names?: Names;
}

export const emptyAnswers = (): Answers => ({ answers: {}, desired: {} });

export type Status = 'sterkte' | 'bespreken' | 'werkpunt';

export interface DimensionResult {
  id: string;
  /** Mean of the answered questions, 1–5, two decimals; null when none was answered. */
  score: number | null;
  answered: number;
  questions: number;
  /** Desired state on 1–5; null when not given. */
  desired: number | null;
  /** desired − score, when both exist. */
  gap: number | null;
  status: Status | null;
}

export interface Result {
  instrumentId: string;
  overall: number | null;
  /** Level id; null when there is no overall score. */
  level: string | null;
  /** When the score reached a level whose condition failed: that level and the dimensions that fell short. */
  blocked: { level: string; dimensions: string[] } | null;
  dimensions: DimensionResult[];
  answeredDimensions: number;
  /** Dimension ids: strengths (best first) and work points (most urgent first), at most three each. */
  strengths: string[];
  priorities: string[];
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

export function statusFor(score: number | null): Status | null {
  if (score === null) return null;
  return score >= 4 ? 'sterkte' : score >= 3 ? 'bespreken' : 'werkpunt';
}

export function scoreDimension(dimension: Dimension, answers: Answers): DimensionResult {
  const values: number[] = [];
  for (const q of dimension.questions) {
    const a = answers.answers[answerKey(dimension, q)];
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
    desired,
    gap: score !== null && desired !== null ? round2(desired - score) : null,
    status: statusFor(score),
  };
}

const meets = (condition: LevelCondition, scores: ReadonlyMap<string, number | null>): string[] =>
  // Dimensions the instrument does not have are skipped; an unanswered one does not meet the condition.
  condition.dimensions.filter((id) => scores.has(id) && !((scores.get(id) ?? -Infinity) >= condition.min));

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
    const short = level.requires ? meets(level.requires, scores) : [];
    if (!short.length) break;
    blocked ??= { level: level.id, dimensions: short };
  }
  return { level: sorted[i]!.id, blocked };
}

export function score(instrument: Instrument, answers: Answers): Result {
  const dimensions = instrument.dimensions.map((d) => scoreDimension(d, answers));
  const answered = dimensions.filter((d) => d.score !== null);
  const m = mean(answered.map((d) => d.score!));
  const overall = m === null ? null : round2(m);
  const { level, blocked } = levelFor(
    overall,
    instrument.levels?.length ? instrument.levels : DEFAULT_LEVELS,
    new Map(dimensions.map((d) => [d.id, d.score])),
  );
  return {
    instrumentId: instrument.id,
    overall,
    level,
    blocked,
    dimensions,
    answeredDimensions: answered.length,
    strengths: strengths(dimensions),
    priorities: priorities(dimensions),
  };
}

/** Strengths: dimensions at 4.0 or more, highest first (instrument order on ties). */
export function strengths(dimensions: readonly DimensionResult[], limit = 3): string[] {
  return dimensions
    .filter((d) => d.status === 'sterkte')
    .sort((a, b) => b.score! - a.score!)
    .slice(0, limit)
    .map((d) => d.id);
}

/**
 * What to work on first. Where a desired state was given, the largest gap between desired and current
 * comes first (TRES II); dimensions without one follow when they are a werkpunt (lowest first). Without
 * any desired state: werkpunten and bespreken, lowest score first.
 */
export function priorities(dimensions: readonly DimensionResult[], limit = 3): string[] {
  const withGap = dimensions.filter((d) => d.gap !== null);
  const lowFirst = (a: DimensionResult, b: DimensionResult) => a.score! - b.score!;
  const ranked = withGap.length
    ? [
        ...withGap.filter((d) => d.gap! > 0).sort((a, b) => b.gap! - a.gap! || lowFirst(a, b)),
        ...dimensions.filter((d) => d.gap === null && d.status === 'werkpunt').sort(lowFirst),
      ]
    : dimensions.filter((d) => d.status === 'werkpunt' || d.status === 'bespreken').sort(lowFirst);
  return ranked.slice(0, limit).map((d) => d.id);
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
