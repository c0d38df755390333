/**
 * The instrument: the feed's `SelfCheckInstrument` shape (FEED.md), plus two optional fields the feed
 * schema does not have yet (desired-state options per dimension, a condition on a level), and the
 * built-in instrument of SELF-CHECK.md. The built-in instrument's questions live in one module per language
 * (content/nl.ts, fr.ts, de.ts, en.ts), loaded with a dynamic import so a visitor downloads only their language.
 */
import { lazy, type Lazy } from '../core/lazy.js';
import type { SelfCheckInstrument } from '../feed/schema.js';
import { loadIntroTexts, type IntroTexts } from './intro-texts/index.js';

type FeedDimension = SelfCheckInstrument['dimensions'][number];
type FeedLevel = NonNullable<SelfCheckInstrument['levels']>[number];
export type Question = FeedDimension['questions'][number];
export type Option = Question['options'][number];

/** A level is only reached when these dimensions each score at least `min` (collective impact). */
export interface LevelCondition {
  dimensions: string[];
  min: number;
}
export type Level = FeedLevel & { requires?: LevelCondition };
export type Dimension = FeedDimension & { desired?: Option[] };
/** A feed instrument is an Instrument as it is; the built-in one also fills the optional extras. */
export type Instrument = Omit<SelfCheckInstrument, 'dimensions' | 'levels'> & {
  dimensions: Dimension[];
  levels?: Level[];
};

export const BUILTIN_ID = 'som-partnerscan';

/**
 * The twelve dimensions of docs/self-check.md, in the order the questionnaire asks them. Version 2 of the
 * built-in instrument: integrity (waarden) and the voice of pupils, parents and residents (stemmen) were
 * added; turf is asked under trust, satisfaction under reciprocity; growth merged into leren.
 */
export const DIMENSION_IDS = [
  'gedeelde-doelen',
  'waarden',
  'communicatie',
  'vertrouwen',
  'activiteiten',
  'invloed',
  'stemmen',
  'middelen',
  'wederkerigheid',
  'trekkerschap',
  'verschillen',
  'leren',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** The dimensions whose very different ratings by two partners signal an unequal relationship (SOFAR equity). */
export const EQUITY_DIMENSIONS = ['invloed', 'wederkerigheid'];

/**
 * The levels two partners can reach, on the overall score (rules of thumb): the collaboration spectrum
 * (Tamarack Institute) between its two ends. Integrating needs shared goals, shared resources and roles
 * each at 4.0; otherwise the level stays samenwerken. Labels come from the interface messages, so feed
 * instruments without their own `levels` get them in every language too.
 */
export const DEFAULT_LEVELS: readonly { id: string; min: number; requires?: LevelCondition }[] = [
  { id: 'co-existeren', min: 1.0 },
  { id: 'communiceren', min: 1.7 },
  { id: 'medewerken', min: 2.4 },
  { id: 'coordineren', min: 3.0 },
  { id: 'samenwerken', min: 3.6 },
  {
    id: 'integreren',
    min: 4.3,
    requires: { dimensions: ['gedeelde-doelen', 'middelen', 'trekkerschap'], min: 4.0 },
  },
];

/**
 * The whole spectrum as the seeds draw it, trust rising and turf falling along it. Its two ends are not
 * levels of a pair: competing is not a partnership, and collective impact needs many actors across sectors
 * (a network check, not this one).
 */
export const SPECTRUM = ['concurreren', ...DEFAULT_LEVELS.map((l) => l.id), 'collectieve-impact'] as const;

type Five = readonly [string, string, string, string, string];

/**
 * The built-in instrument's questions in one language: checked at compile time to have every piece.
 * Its title, intro and sources are with the first screen's texts (intro-texts/).
 */
export interface InstrumentText {
  dimensions: Record<
    DimensionId,
    {
      label: string;
      description: string;
      /** Two questions, each with five descriptions from least to most developed. */
      questions: readonly [{ text: string; options: Five }, { text: string; options: Five }];
      /** Advice graded by where the dimension stands: below 2.5, 2.5 to 3.9, 4 and more. */
      low: string;
      mid: string;
      high: string;
      reflection: string;
      /** Where the partner wants to be (TRES II's desired state), least to most developed. */
      desired: Five;
    }
  >;
}

const withValues = (labels: readonly string[]): Option[] => labels.map((label, i) => ({ value: i + 1, label }));

/** Assemble the built-in instrument from its questions and its head (title, intro, sources) in one language. */
export function buildInstrument(text: InstrumentText, head: IntroTexts['builtin']): Instrument {
  return {
    id: BUILTIN_ID,
    ...head,
    dimensions: DIMENSION_IDS.map((id) => {
      const d = text.dimensions[id];
      return {
        id,
        label: d.label,
        description: d.description,
        questions: d.questions.map((q, i) => ({ id: `${id}-${i + 1}`, text: q.text, options: withValues(q.options) })),
        advice: { low: d.low, mid: d.mid, high: d.high },
        reflection: d.reflection,
        desired: withValues(d.desired),
      };
    }),
  };
}

/** Languages the built-in content is written in; others fall back to English. */
export type ContentLang = 'nl' | 'fr' | 'de' | 'en';
export const contentLang = (ui: string): ContentLang => (ui === 'nl' || ui === 'fr' || ui === 'de' ? ui : 'en');

const builtin = (lang: ContentLang, text: () => Promise<{ default: InstrumentText }>) =>
  lazy(() => Promise.all([text(), loadIntroTexts(lang)]).then(([m, t]) => buildInstrument(m.default, t.builtin)));
/** Each language built once per page; a failed chunk load may be retried. */
const loaders: Record<ContentLang, Lazy<Instrument>> = {
  nl: builtin('nl', () => import('./content/nl.js')),
  fr: builtin('fr', () => import('./content/fr.js')),
  de: builtin('de', () => import('./content/de.js')),
  en: builtin('en', () => import('./content/en.js')),
};

/** The built-in instrument in a content language (loaded once per page). */
export const loadBuiltin = (lang: ContentLang): Promise<Instrument> => loaders[lang]();

/** The key under which an answer is kept: question ids need only be unique within their dimension. */
export const answerKey = (dimension: { id: string }, question: { id: string }): string =>
  `${dimension.id}/${question.id}`;

/** Every question with its dimension, in order (share codes are positional). */
export const allQuestions = (instrument: Instrument): { dimension: Dimension; question: Question; key: string }[] =>
  instrument.dimensions.flatMap((dimension) =>
    dimension.questions.map((question) => ({ dimension, question, key: answerKey(dimension, question) })),
  );

/** The options for "where do you want to be": the dimension's own, else a neutral five-step scale. */
export const desiredOptions = (dimension: Dimension, generic: readonly string[]): Option[] =>
  dimension.desired ?? withValues(generic);
