/**
 * What every part of the result needs and nobody changes while it is shown: the instrument, its texts and
 * how to show numbers and localised text. The questionnaire (app.ts) provides it once through
 * `@lit/context`; the result and its parts read it, instead of six properties handed down by hand.
 */
import { createContext } from '@lit/context';
import type { Text } from '../feed/text.js';
import { DEFAULT_LEVELS, SPECTRUM, type Instrument } from './instrument.js';
import type { Messages } from './messages/index.js';

export interface ResultSettings {
  instrument: Instrument;
  messages: Messages;
  /** Interface language. */
  locale: string;
  /** Content language, when it differs from the interface language. */
  contentLang: string | undefined;
  resolve: (t: Text | undefined) => string;
  /** A checked submit URL, or '' when the page did not opt in. */
  endpoint: string;
}

export const resultContext = createContext<ResultSettings>(Symbol.for('som-widgets/self-check-result'));

export interface LevelText {
  id: string;
  min: number;
  label: string;
  description: string;
}

export const num = (s: ResultSettings, x: number | null): string =>
  x === null ? '–' : new Intl.NumberFormat(s.locale, { maximumFractionDigits: 2 }).format(x);

export const dimensionLabel = (s: ResultSettings, id: string): string =>
  s.resolve(s.instrument.dimensions.find((d) => d.id === id)?.label);

const levelTable = (s: ResultSettings) => s.messages.levels as Record<string, { label: string; description: string }>;

/** The levels a pair can reach, lowest first: the instrument's own, else the built-in ones with their labels. */
export function levels(s: ResultSettings): LevelText[] {
  const own = s.instrument.levels?.length ? [...s.instrument.levels].sort((a, b) => a.min - b.min) : null;
  if (own)
    return own.map((l) => ({ id: l.id, min: l.min, label: s.resolve(l.label), description: s.resolve(l.description) }));
  const table = levelTable(s);
  return DEFAULT_LEVELS.map((l) => ({
    id: l.id,
    min: l.min,
    label: table[l.id]?.label ?? l.id,
    description: table[l.id]?.description ?? '',
  }));
}

/** The whole spectrum for the built-in levels (with its two ends that are no level of a pair); a feed's own levels as they are. */
export function spectrum(s: ResultSettings): (LevelText & { pair: boolean })[] {
  if (s.instrument.levels?.length) return levels(s).map((l) => ({ ...l, pair: true }));
  const pair = new Map(levels(s).map((l) => [l.id, l]));
  const table = levelTable(s);
  return SPECTRUM.map(
    (id) =>
      ({
        ...(pair.get(id) ?? { id, min: 0, label: table[id]?.label ?? id, description: '' }),
        pair: pair.has(id),
      }) as LevelText & {
        pair: boolean;
      },
  );
}

/** A list of names in running text ("a, b en c"). */
export const list = (s: ResultSettings, items: string[]): string =>
  new Intl.ListFormat(s.locale, { type: 'conjunction' }).format(items);
