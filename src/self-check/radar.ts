/**
 * Radar chart geometry, hand-written (no chart library): points for n axes, rings, spokes and label
 * places. The first axis points up; axes go clockwise. Values run from 0 at the centre to `max` at the
 * rim, so a score of 1 is still visible. Pure: returns numbers and SVG point strings.
 */
export interface RadarGeometry {
  cx: number;
  cy: number;
  /** Radius of the outer ring. */
  r: number;
  /** The value at the outer ring (5). */
  max: number;
}

export interface Point {
  x: number;
  y: number;
}

/** One decimal is plenty for a chart and keeps the markup short. */
const r1 = (x: number): number => Math.round(x * 10) / 10 || 0;

export const axisAngle = (i: number, n: number): number => -Math.PI / 2 + (2 * Math.PI * i) / n;

export function pointAt(i: number, n: number, value: number, g: RadarGeometry): Point {
  const clamped = Math.max(0, Math.min(g.max, value));
  const dist = (g.r * clamped) / g.max;
  const a = axisAngle(i, n);
  return { x: r1(g.cx + dist * Math.cos(a)), y: r1(g.cy + dist * Math.sin(a)) };
}

const join = (points: Point[]): string => points.map((p) => `${p.x},${p.y}`).join(' ');

/** The answered axes' points (an axis without a score is left out rather than drawn as 0). */
export function vertices(values: readonly (number | null)[], g: RadarGeometry): (Point & { i: number })[] {
  const n = values.length;
  return values.flatMap((v, i) => (v === null ? [] : [{ i, ...pointAt(i, n, v, g) }]));
}

/** The `points` attribute of a data polygon. */
export const polygon = (values: readonly (number | null)[], g: RadarGeometry): string => join(vertices(values, g));

/** A grid ring at one value. */
export const ring = (value: number, n: number, g: RadarGeometry): string =>
  join(Array.from({ length: n }, (_, i) => pointAt(i, n, value, g)));

/** The spokes: from the centre to each axis end. */
export const spokes = (n: number, g: RadarGeometry): Point[] =>
  Array.from({ length: n }, (_, i) => pointAt(i, n, g.max, g));

export interface LabelPlace extends Point {
  anchor: 'start' | 'middle' | 'end';
  /** Lines above the anchor point, for labels at the top that should grow upwards. */
  up: boolean;
}

/** Where an axis label goes: just past the rim, anchored away from the centre. */
export function labelPlace(i: number, n: number, g: RadarGeometry, gap: number): LabelPlace {
  const a = axisAngle(i, n);
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return {
    x: r1(g.cx + (g.r + gap) * cos),
    y: r1(g.cy + (g.r + gap) * sin),
    anchor: Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end',
    up: sin < -0.2,
  };
}

/** Break a label into lines of at most `max` characters at spaces (a longer word gets its own line). */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
