/** Fixtures for the self-check tests: the built-in instrument (Dutch) and answers written compactly. */
import { buildInstrument, DIMENSION_IDS, type Instrument } from '../../src/self-check/instrument.js';
import nl from '../../src/self-check/content/nl.js';
import intro from '../../src/self-check/intro-texts/nl.js';
import type { Answers } from '../../src/self-check/scoring.js';
import type { KeyValueStore } from '../../src/self-check/storage.js';

export const builtin: Instrument = buildInstrument(nl, intro.builtin);

/** Per dimension (in order): the two answers as option values 1–5, 'n' for "weet niet", 'x' for "n.v.t.", 0 for none; optionally a desired value. */
export type Row = [number | 'n' | 'x', number | 'n' | 'x', number?];

export function answers(rows: Row[], instrument: Instrument = builtin): Answers {
  const out: Answers = { answers: {}, desired: {} };
  rows.forEach((row, i) => {
    const d = instrument.dimensions[i]!;
    d.questions.forEach((q, k) => {
      const v = row[k];
      if (v === 'n') out.answers[`${d.id}/${q.id}`] = 'dk';
      else if (v === 'x') out.answers[`${d.id}/${q.id}`] = 'na';
      else if (typeof v === 'number' && v > 0) out.answers[`${d.id}/${q.id}`] = v - 1;
    });
    if (row[2]) out.desired[d.id] = row[2] - 1;
  });
  return out;
}

/** A storage in memory (what localStorage offers the module), its entries open to the test. */
export const memory = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

/** Every dimension answered with the same two values. */
export const uniform = (a: number, b = a, desired?: number): Row[] =>
  DIMENSION_IDS.map(() => (desired ? [a, b, desired] : [a, b]));

/** The same answers, except for some dimensions by id. */
export function withRows(base: Row[], changes: Record<string, Row>): Row[] {
  return base.map((row, i) => changes[DIMENSION_IDS[i]!] ?? row);
}

/** A share code for rows (what the widget's share link would carry). */
export const codeFor = (rows: Row[]): string => {
  const qs = rows.flatMap((r) => [r[0], r[1]].map((v) => (v === 'n' ? 'w' : v === 'x' ? 'n' : String(v)))).join('');
  const ds = rows.some((r) => r[2]) ? rows.map((r) => String(r[2] ?? 0)).join('') : '';
  return `1.som-partnerscan.${qs}.${ds}`;
};

/** What the widget stores in localStorage, so a test can start at any point. */
export function seed(
  rows: Row[],
  state: {
    view?: string;
    step?: number;
    done?: boolean;
    partner?: string | null;
    sent?: boolean;
    intended?: string;
  } = {},
): void {
  const a = answers(rows);
  localStorage.setItem(
    'som-self-check:som-partnerscan',
    JSON.stringify({
      v: 2,
      answers: a.answers,
      desired: a.desired,
      view: 'intro',
      step: 0,
      done: false,
      partner: null,
      sent: false,
      ...state,
    }),
  );
}

export function clearState(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('som-self-check:')) localStorage.removeItem(key);
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

// Element helpers: find things through the element's nested shadow roots, as a visitor sees them.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { deepElements, deepQuery, settle } from '../helpers.js';
import '../../src/self-check/index.js';
import type { SomSelfCheck } from '../../src/self-check/som-self-check.js';

export async function mount(template: TemplateResult = html`<som-self-check></som-self-check>`): Promise<SomSelfCheck> {
  const el = await fixture<SomSelfCheck>(template);
  await settle(el);
  return el;
}

/** Visible text through shadow roots (the light-DOM fallback of an upgraded element is not shown, so skipped). */
export function text(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    else if (n instanceof HTMLStyleElement || n instanceof HTMLScriptElement) return;
    else if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    else n.childNodes.forEach(walk);
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}

export const find = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = deepQuery<T>(el, selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
export const findAll = <T extends Element = HTMLElement>(el: Element, selector: string): T[] =>
  deepElements(el).filter((e): e is T => e.matches(selector));

/** A button (or link-styled button) by its text. */
export function button(el: Element, label: string | RegExp): HTMLButtonElement {
  const b = findAll<HTMLButtonElement>(el, 'button').find((x) =>
    typeof label === 'string'
      ? x.textContent!.replace(/\s+/g, ' ').trim().startsWith(label)
      : label.test(x.textContent!),
  );
  if (!b) throw new Error(`no button "${label}"`);
  return b;
}

export async function click(el: Element, label: string | RegExp): Promise<void> {
  button(el, label).click();
  await settle(el);
}

/** The focused element, inside shadow roots. */
export function focused(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Choose option `index` (0-based; -1 for "weet niet") in the n-th question group of the current step. */
export async function choose(el: Element, group: number, index: number): Promise<void> {
  const fieldset = findAll(el, 'fieldset.question:not(.desired):not(.aim)')[group]!;
  const radios = Array.from(fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]'));
  radios.at(index)!.click();
  await settle(el);
}

/**
 * An element's accessible name, as Chromium computes it for names from content (the parts a test needs):
 * aria-labelledby, aria-label, else the text of its subtree without aria-hidden or undisplayed parts. Like
 * the browser, it puts a space around an element that is not laid out inline (a visually hidden span is
 * position: absolute, so a block): what makes "Wijzig<span>: …</span>" read as "Wijzig : …".
 */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = el.getAttribute('aria-labelledby');
  if (ids)
    return ids
      .split(/\s+/)
      .map((id) => accessibleName(root.getElementById(id)!))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label.replace(/\s+/g, ' ').trim();
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (!(n instanceof Element) || n.getAttribute('aria-hidden') === 'true') return '';
    const display = getComputedStyle(n).display;
    if (display === 'none') return '';
    const inner = Array.from(n.childNodes).map(walk).join('');
    return display === 'inline' ? inner : ` ${inner} `;
  };
  return Array.from(el.childNodes).map(walk).join('').replace(/\s+/g, ' ').trim();
}
