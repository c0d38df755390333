/**
 * Comparing two partners' results (SELF-CHECK.md). When two partners rate the same tie differently, the
 * difference is a point for discussion, not an error (Frey et al. 2006). Pure.
 */
import { EQUITY_DIMENSIONS, answerKey, type Instrument } from './instrument.js';
import { optionScore, round2, type Answers, type Result } from './scoring.js';

export type GapFlag = 'gesprekspunt' | 'let-op';

export interface GapRow {
  id: string;
  a: number | null;
  b: number | null;
  /** a − b; null when either side has no score. */
  gap: number | null;
  /** |a − b|. */
  size: number | null;
  /** See flagFor. */
  flag: GapFlag | null;
}

export interface EquityFlag {
  id: string;
  /** The side that sees much more influence or reciprocity. */
  higher: 'a' | 'b';
  a: number;
  b: number;
}

export interface Comparison {
  /** Every dimension, largest gap first; dimensions without a gap last, in instrument order. */
  rows: GapRow[];
  equity: EquityFlag[];
  /** The three largest flagged gaps: the conversation starters. */
  starters: GapRow[];
}

/** A question one side answered "weet niet" and the other with a description: something to ask each other. */
export interface OneSided {
  id: string;
  /** Position of the question in its dimension. */
  question: number;
  /** The side that does not know. */
  side: 'a' | 'b';
}

export function oneSidedUnknown(instrument: Instrument, a: Answers, b: Answers): OneSided[] {
  const out: OneSided[] = [];
  for (const d of instrument.dimensions)
    d.questions.forEach((q, i) => {
      const x = a.answers[answerKey(d, q)];
      const y = b.answers[answerKey(d, q)];
      if (x === 'dk' && typeof y === 'number') out.push({ id: d.id, question: i, side: 'a' });
      if (y === 'dk' && typeof x === 'number') out.push({ id: d.id, question: i, side: 'b' });
    });
  return out;
}

/** The question of a dimension on which the two chosen descriptions lie furthest apart (the first on a tie). */
export function widestQuestion(instrument: Instrument, id: string, a: Answers, b: Answers): number {
  const d = instrument.dimensions.find((x) => x.id === id);
  let best = 0;
  let size = -1;
  d?.questions.forEach((q, i) => {
    const x = a.answers[answerKey(d, q)];
    const y = b.answers[answerKey(d, q)];
    if (typeof x !== 'number' || typeof y !== 'number') return;
    const gap = Math.abs(optionScore(q.options, x)! - optionScore(q.options, y)!);
    if (gap > size) [best, size] = [i, gap];
  });
  return best;
}

/**
 * How far apart two dimension scores must be to flag. A dimension is the mean of its two questions, so
 * scores move in half points: a gap of 0.5 is one answer one description higher on one question, which
 * is within the doubt between two neighbouring descriptions and would flag almost every row. A gap of
 * 1.0 is one whole description apart on average (both answers a step apart, or one two steps): a real
 * difference, "let op". From 1.5 they are more than one description apart: "gesprekspunt". (SELF-CHECK.md
 * had 0.5 for let op and 1.0 for gesprekspunt: with half-point steps, 0.5 flags noise.)
 */
export const LET_OP = 1;
export const GESPREKSPUNT = 1.5;

export const flagFor = (size: number | null): GapFlag | null =>
  size === null ? null : size >= GESPREKSPUNT ? 'gesprekspunt' : size >= LET_OP ? 'let-op' : null;

export function compare(a: Result, b: Result): Comparison {
  const other = new Map(b.dimensions.map((d) => [d.id, d.score]));
  const rows = a.dimensions.map((d, order) => {
    const bs = other.get(d.id) ?? null;
    const gap = d.score !== null && bs !== null ? round2(d.score - bs) : null;
    const size = gap === null ? null : Math.abs(gap);
    return { row: { id: d.id, a: d.score, b: bs, gap, size, flag: flagFor(size) }, order };
  });
  rows.sort((x, y) => (y.row.size ?? -1) - (x.row.size ?? -1) || x.order - y.order);
  const sorted = rows.map((r) => r.row);
  const equity: EquityFlag[] = [];
  for (const r of sorted) {
    // Any flagged gap on influence or reciprocity: the unequal relationship SOFAR and TRES warn about.
    if (EQUITY_DIMENSIONS.includes(r.id) && r.flag !== null)
      equity.push({ id: r.id, higher: r.gap! > 0 ? 'a' : 'b', a: r.a!, b: r.b! });
  }
  return { rows: sorted, equity, starters: sorted.filter((r) => r.flag !== null).slice(0, 3) };
}
