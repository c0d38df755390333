/**
 * Comparing two partners' results (SELF-CHECK.md). When two partners rate the same tie differently, the
 * difference is a point for discussion, not an error (Frey et al. 2006). Pure.
 */
import { EQUITY_DIMENSIONS } from './instrument.js';
import { round2, type Result } from './scoring.js';

export type GapFlag = 'gesprekspunt' | 'let-op';

export interface GapRow {
  id: string;
  a: number | null;
  b: number | null;
  /** a − b; null when either side has no score. */
  gap: number | null;
  /** |a − b|. */
  size: number | null;
  /** |gap| ≥ 1.0 gesprekspunt, 0.5 to under 1.0 let op. */
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
  /** The three largest gaps of at least 0.5: the conversation starters. */
  starters: GapRow[];
}

export const flagFor = (size: number | null): GapFlag | null => (size === null ? null : size >= 1 ? 'gesprekspunt' : size >= 0.5 ? 'let-op' : null);

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
    if (EQUITY_DIMENSIONS.includes(r.id) && r.size !== null && r.size >= 1) equity.push({ id: r.id, higher: r.gap! > 0 ? 'a' : 'b', a: r.a!, b: r.b! });
  }
  return { rows: sorted, equity, starters: sorted.filter((r) => r.flag !== null).slice(0, 3) };
}
