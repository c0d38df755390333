/**
 * The texts of the self-check's first screen: the intro's facts and, for the built-in instrument, its
 * title, intro and sources. Dutch is part of the entry script, so a first visit shows the intro without
 * waiting for the questionnaire; the other languages are small chunks of their own.
 */
import { lazyMessages, type UiLang } from '../../core/i18n.js';
import { whenLoaded } from '../../core/when-loaded.js';
import nl from './nl.js';

export interface IntroTexts {
  duration: string;
  /** Every dimension asks {questions} questions, plus the optional "where do you want to be". */
  parts: string;
  /** Dimensions ask different numbers of questions: {questions} is the total. */
  partsMixed: string;
  privacy: string;
  privacyOptIn: string;
  pause: string;
  howTo: string;
  /** Shown when the built-in questions are not in the interface language. */
  contentNote: string;
  start: string;
  about: string;
  noStorage: string;
  /** The built-in instrument's own title, intro and sources (paragraphs separated by a blank line). */
  builtin: { title: string; intro: string; about: string };
}

const tables = lazyMessages<IntroTexts>(nl, {
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

/** The texts in `lang`, or undefined while their chunk loads (`ready` is called once it is there). */
export const introTexts = (lang: UiLang, ready: () => void): IntroTexts | undefined => tables(lang, ready);

/** The same, as a promise. */
export const loadIntroTexts = (lang: UiLang): Promise<IntroTexts> => whenLoaded(tables, lang);
