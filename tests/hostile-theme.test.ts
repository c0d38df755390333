/**
 * Every widget inside a theme like many WordPress themes have: a 62.5 % root font size, content-box sizing
 * on everything, a body with tight line height, wide letter and word spacing and capitals, and form controls
 * stripped with `all: unset`. At 320, 768 and 1280 px: nothing sticks out of the widget, the page does not
 * scroll sideways, targets are at least 24 × 24 px, the widget's text keeps its own spacing and case, and
 * axe finds nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/calendar/index.js';
import '../src/signup/index.js';
import '../src/stories/index.js';
import '../src/portraits/index.js';
import '../src/self-check/index.js';
import { clearFeedCache } from '../src/feed/load.js';
import { demoFeed, feedUrl } from '../storybook/helpers.js';
import { EVENT, fakeSignup } from '../storybook/signup-fake.js';
import { axeViolations, settle } from './helpers.js';
import { uninstallFakeFetch } from './signup/fake-endpoint.js';

const THEME = `
  html { font-size: 62.5%; }
  * { box-sizing: content-box; }
  body { font-size: 1.6rem; line-height: 1; letter-spacing: .1em; text-transform: uppercase; word-spacing: .3em; }
  button, input, select { all: unset; }
`;
const WIDTHS = [320, 768, 1280];

/** Every element in the widget's shadow roots (not its light DOM, which is the page's to style). */
function inside(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ShadowRoot) => {
    for (const node of Array.from(root.querySelectorAll('*'))) {
      out.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return out;
}

const name = (node: Element) =>
  `${node.localName}${node.id ? `#${node.id}` : ''}${node.getAttribute('class') ? `.${node.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}`;

/** Shown and laid out: not display:none, not in the visually-hidden or honeypot boxes. */
function shown(node: Element): boolean {
  if (node.closest('.visually-hidden, .hp, style')) return false;
  const r = node.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

/** What the theme must not do to a widget. */
async function checkWidget(el: HTMLElement, width: number): Promise<void> {
  await settle(el);
  const at = `at ${width}px`;
  expect(document.documentElement.scrollWidth, `sideways scroll ${at}`).to.be.at.most(window.innerWidth);
  const box = el.getBoundingClientRect();
  expect(box.width, `${el.localName} is laid out ${at}`).to.be.greaterThan(0);
  const nodes = inside(el).filter(shown);
  for (const node of nodes) {
    const r = node.getBoundingClientRect();
    expect(r.left, `${name(node)} sticks out on the left ${at}`).to.be.at.least(box.left - 0.5);
    expect(r.right, `${name(node)} sticks out on the right ${at}`).to.be.at.most(box.right + 0.5);
  }
  const targets = nodes.filter((n) =>
    n.matches(
      'button, input:not([type=hidden]), select, textarea, summary, a.button, [tabindex]:not([role=heading], h1, h2, h3, h4, h5, h6)',
    ),
  );
  expect(targets.length, `${el.localName} has controls ${at}`).to.be.greaterThan(0);
  for (const node of targets) {
    // A radio or checkbox inside its label: the label is what a person clicks.
    const r = (
      (node.matches('[type=radio], [type=checkbox]') && node.closest('label')) ||
      node
    ).getBoundingClientRect();
    expect(Math.min(r.width, r.height), `${name(node)} target size ${at}`).to.be.at.least(24);
  }
  // The widget's own text: the theme's capitals, spacing, tight lines and 10 px root size do not reach it.
  const text = nodes.filter((n) =>
    Array.from(n.childNodes).some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()),
  );
  expect(text.length).to.be.greaterThan(0);
  for (const node of text) {
    const s = getComputedStyle(node);
    expect(s.textTransform, `${name(node)} text-transform ${at}`).to.be.oneOf(['none', 'capitalize']);
    expect(s.letterSpacing, `${name(node)} letter-spacing ${at}`).to.equal('normal');
    expect(s.wordSpacing, `${name(node)} word-spacing ${at}`).to.equal('0px');
    const size = parseFloat(s.fontSize);
    expect(size, `${name(node)} font-size ${at}`).to.be.at.least(11); // sizes in rem would give 10 px or less
    // Decorative glyphs (the month view's arrows) may sit on a line of their own height.
    if (s.lineHeight !== 'normal' && !node.closest('[aria-hidden=true]'))
      expect(parseFloat(s.lineHeight) / size, `${name(node)} line-height ${at}`).to.be.at.least(1.15);
  }
  expect(getComputedStyle(el).fontSize, 'the page text size is kept').to.equal('16px');
  expect(await axeViolations(el), `axe ${at}`).to.deep.equal([]);
}

/** Whether a select is wide enough for its chosen option's text: a copy holding only that option sizes itself to it. */
function showsChoiceWhole(select: HTMLSelectElement): boolean {
  const copy = select.cloneNode(false) as HTMLSelectElement;
  copy.append(new Option(select.selectedOptions[0]!.text));
  copy.style.width = 'auto';
  copy.style.maxWidth = 'none';
  select.after(copy);
  const need = copy.getBoundingClientRect().width;
  copy.remove();
  return select.getBoundingClientRect().width >= need - 0.5;
}

const sq = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const sqa = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));

describe('widgets in a hostile theme', () => {
  let style: HTMLStyleElement;
  let url: string;
  before(async () => {
    style = document.createElement('style');
    style.textContent = THEME;
    document.head.append(style);
    url = feedUrl(await demoFeed());
  });
  after(async () => {
    style.remove();
    uninstallFakeFetch();
    await setViewport({ width: 800, height: 600 });
  });
  beforeEach(() => {
    clearFeedCache();
    sessionStorage.clear();
    for (const key of Object.keys(localStorage)) if (key.startsWith('som-self-check:')) localStorage.removeItem(key);
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  const mount = async <T extends HTMLElement>(template: TemplateResult): Promise<T> => {
    const el = await fixture<T>(template);
    await settle(el);
    return el;
  };

  it('the theme is in force around the widgets', async () => {
    const probe = await fixture<HTMLElement>(html`<p>x</p>`);
    const s = getComputedStyle(probe);
    expect([s.textTransform, s.letterSpacing, getComputedStyle(document.documentElement).fontSize]).to.deep.equal([
      'uppercase',
      '1.6px',
      '10px',
    ]);
  });

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      before(() => setViewport({ width, height: 800 }));

      it('calendar, list view with the filters open, a theme chosen and an event opened', async () => {
        const el = await mount<HTMLElement>(html`<som-calendar src=${url}></som-calendar>`);
        const toggle = sq(el, '.more-filters');
        if (getComputedStyle(toggle).display !== 'none') {
          toggle.click();
          await settle(el);
        }
        const theme = sq(el, '#f-theme') as HTMLSelectElement;
        const long = Array.from(theme.options).find((o) => o.text.startsWith('Welbevinden'))!;
        theme.value = long.value;
        theme.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await settle(el);
        sq(el, '.title button').click();
        await settle(el);
        expect(sq(el, '.details'), 'details open').to.exist;
        await checkWidget(el, width);
        for (const select of sqa(el, 'select') as HTMLSelectElement[])
          expect(showsChoiceWhole(select), `${select.id} shows "${select.selectedOptions[0]!.text}" whole`).to.equal(
            true,
          );
        // Filters side by side do not overlap.
        const boxes = sqa(el, '.field').map((f) => f.getBoundingClientRect());
        for (const a of boxes)
          for (const b of boxes)
            if (a !== b)
              expect(
                a.right <= b.left + 0.5 ||
                  b.right <= a.left + 0.5 ||
                  a.bottom <= b.top + 0.5 ||
                  b.bottom <= a.top + 0.5,
                'fields overlap',
              ).to.equal(true);
      });

      it('calendar, month view', async () => {
        const el = await mount<HTMLElement>(html`<som-calendar src=${url} view="month"></som-calendar>`);
        await settle(el);
        expect(sq(el, 'table'), 'month grid').to.exist;
        await checkWidget(el, width);
      });

      it('sign-up form', async () => {
        const { url: signupUrl } = await fakeSignup();
        const el = await mount<HTMLElement>(
          html`<som-signup src=${signupUrl} event=${EVENT}><a href="https://samenonderwijsmaken.example/">Naar de kalender</a></som-signup>`,
        );
        await new Promise((r) => setTimeout(r, 50));
        await settle(el);
        expect(sq(el, 'form'), 'form shown').to.exist;
        await checkWidget(el, width);
        for (const box of sqa(el, 'input[type=checkbox]'))
          expect(box.getBoundingClientRect().width, 'checkbox').to.be.at.least(24);
        // Fields use the room they have (up to their maximum), not half of it.
        const form = sq(el, 'form').getBoundingClientRect().width;
        for (const field of sqa(el, 'input:not([type=checkbox]):not([name=website]), select'))
          expect(field.getBoundingClientRect().width, field.id).to.be.at.least(Math.min(form, 480) - 1);
      });

      it('story list', async () => {
        const el = await mount<HTMLElement>(html`<som-story-list src=${url} limit="4"></som-story-list>`);
        await checkWidget(el, width);
      });

      it('portrait list with a portrait opened: the other cards keep their own height', async () => {
        const el = await mount<HTMLElement>(html`<som-portrait-list src=${url}></som-portrait-list>`);
        const cards = () => sqa(el, '.card');
        const before = cards().map((c) => c.getBoundingClientRect().height);
        const hanne = sqa(el, '.toggle').find((b) => b.textContent!.includes('Hanne'))!;
        hanne.click();
        await settle(el);
        expect(hanne.getAttribute('aria-expanded')).to.equal('true');
        const after = cards().map((c) => c.getBoundingClientRect().height);
        const open = cards().findIndex((c) => c.contains(hanne));
        expect(after[open]).to.be.greaterThan(before[open]! + 50);
        after.forEach((h, i) => i !== open && expect(h, `card ${i}`).to.be.closeTo(before[i]!, 1));
        await checkWidget(el, width);
      });

      it('self-check, intro and first step', async () => {
        const el = await mount<HTMLElement>(html`<som-self-check></som-self-check>`);
        await checkWidget(el, width);
        const start = inside(el).find(
          (n): n is HTMLButtonElement => n instanceof HTMLButtonElement && n.textContent!.includes('Start'),
        )!;
        start.click();
        await settle(el);
        expect(
          inside(el).some((n) => n.localName === 'fieldset'),
          'questions shown',
        ).to.equal(true);
        await checkWidget(el, width);
      });
    });
  }
});
