/** Helpers shared by the story and portrait tests: mounting a widget on a feed and reading what a visitor sees. */
import { fixture } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { settle } from '../helpers.js';

type Json = Record<string, unknown>;

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
export const text = (node: Element | ShadowRoot | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Mount a template inside a wrapper of the given width and wait until it has loaded and rendered. */
export async function mount<T extends HTMLElement>(template: TemplateResult, width = 1000): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>('<div></div>');
  wrapper.style.width = `${width}px`;
  render(template, wrapper);
  const el = wrapper.firstElementChild as T;
  await settle(wrapper, 8000);
  return el;
}

export const cards = (el: Element): HTMLElement[] => Array.from(shadow(el).querySelectorAll<HTMLElement>('article'));
export const titles = (el: Element): string[] => cards(el).map((c) => text(c.querySelector('.title')));

/** The element that has focus, looking through shadow roots. */
export function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Elements inside a card that are in the tab order. */
export const tabStops = (card: Element): Element[] =>
  Array.from(card.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')).filter(
    (e) => (e as HTMLElement).tabIndex >= 0,
  );

/** Wait until a condition holds (image errors, lazy loads), or fail with the label. */
export async function waitFor(check: () => boolean, label: string, timeout = 4000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A deep copy of a feed with changes to one list (the demo feed is shared between tests). */
export const withList = (feed: Json, list: 'stories' | 'portraits', change: (items: Json[]) => Json[]): Json => {
  const copy = structuredClone(feed);
  copy[list] = change(copy[list] as Json[]);
  return copy;
};
