import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/calendar/index.js';
import type { SomCalendar } from '../../src/calendar/index.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { addDays } from '../../src/feed/dates.js';
import { addMonths, moveDay } from '../../src/calendar/grid.js';
import { emptyFeed, feedUrl } from '../../storybook/helpers.js';
import { axeViolations, settle } from '../helpers.js';
import { inDays, taxonomies, today } from './fixtures.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(sel));
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: SomCalendar) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.day;
const live = (el: Element) => text($(el, '[role=status].live'));
const monthNl = (month: string) =>
  new Intl.DateTimeFormat('nl', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );

/** Today, in three days (possibly next month) and in 40 days. */
const nearFeed = () =>
  emptyFeed({
    taxonomies,
    events: [
      { id: 'vandaag', title: 'Vandaag', start: inDays(0), themes: ['welbevinden'] },
      { id: 'straks', title: 'Straks', start: inDays(3), themes: ['meertaligheid'] },
      { id: 'later', title: 'Later', start: inDays(40), themes: ['welbevinden'] },
    ],
  });

async function mount(tpl: ReturnType<typeof html>): Promise<SomCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div>${tpl}</div>`);
  const el = wrapper.querySelector('som-calendar')!;
  await settle(wrapper);
  return el;
}

async function press(el: SomCalendar, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

describe('<som-calendar> month view', () => {
  beforeEach(() => {
    clearFeedCache();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('draws its list and its month without Intl, in French too (ICU sets up in a task of 25–75 ms on a phone)', async () => {
    const services = ['DateTimeFormat', 'Collator', 'PluralRules', 'NumberFormat', 'DisplayNames'] as const;
    const real = services.map((k) => Intl[k]);
    const asked: string[] = [];
    services.forEach((k, i) => {
      const Real = real[i] as unknown as new (...a: unknown[]) => object;
      (Intl as Record<string, unknown>)[k] = Object.assign(
        function (...a: unknown[]) {
          asked.push(k);
          return new Real(...a);
        },
        { supportedLocalesOf: () => (asked.push(`${k} list`), []) },
      );
    });
    try {
      const list = await mount(html`<som-calendar lang="fr" src=${feedUrl(nearFeed())}></som-calendar>`);
      expect(text($(list, '.count'))).to.equal('3 activités');
      expect(text($$(list, '.when')[0])).to.match(/^(lun|mar|mer|jeu|ven|sam|dim)\. \d+ /);
      const el = await mount(html`<som-calendar lang="fr" view="month" src=${feedUrl(nearFeed())}></som-calendar>`);
      expect(text($(el, '#mh'))).to.match(
        /^(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$/,
      );
      expect($$(el, 'th').map((th) => [...th.children].map(text).join(' / '))).to.deep.equal([
        'lun. / lundi',
        'mar. / mardi',
        'mer. / mercredi',
        'jeu. / jeudi',
        'ven. / vendredi',
        'sam. / samedi',
        'dim. / dimanche',
      ]);
      expect(asked).to.deep.equal([]);
    } finally {
      services.forEach((k, i) => ((Intl as Record<string, unknown>)[k] = real[i]));
    }
  });

  it('is a grid with one tab stop on today, days with events marked', async () => {
    const el = await mount(html`<som-calendar view="month" src=${feedUrl(nearFeed())}></som-calendar>`);
    expect($(el, 'table').getAttribute('role')).to.equal('grid');
    expect($(el, 'table').getAttribute('aria-labelledby')).to.equal('mh');
    expect(getComputedStyle($(el, 'table')).tableLayout).to.equal('fixed'); // the month view's styles arrived with it
    expect(text($(el, '#mh'))).to.equal(monthNl(today().slice(0, 7)));
    expect([
      $(el, '#mh').getAttribute('role'),
      $(el, '#mh').getAttribute('aria-level'),
      $(el, '#dh').getAttribute('aria-level'),
    ]).to.deep.equal(['heading', '2', '3']);
    expect($$(el, 'th').map((th) => text(th.querySelector('.visually-hidden')))).to.deep.equal([
      'maandag',
      'dinsdag',
      'woensdag',
      'donderdag',
      'vrijdag',
      'zaterdag',
      'zondag',
    ]);
    expect($$(el, 'td[tabindex="0"]').map((td) => td.dataset.day)).to.deep.equal([today()]);
    const cell = $(el, `td[data-day="${today()}"]`);
    expect(cell.getAttribute('aria-current')).to.equal('date');
    expect(cell.classList.contains('has')).to.be.true;
    expect(text(cell.querySelector('.visually-hidden'))).to.match(/, 1 activiteit$/);
    // The site fixed the view: no switch.
    expect($(el, '.switch')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('moves focus with arrows, Home/End and PageUp/PageDown, and announces a new month', async () => {
    const el = await mount(html`<som-calendar view="month" src=${feedUrl(nearFeed())}></som-calendar>`);
    $(el, 'td[tabindex="0"]').focus();
    let day = today();
    const steps: [string, { key: string; shiftKey?: boolean }][] = [
      ['ArrowRight', { key: 'ArrowRight' }],
      ['ArrowDown', { key: 'ArrowDown' }],
      ['ArrowLeft', { key: 'ArrowLeft' }],
      ['ArrowUp', { key: 'ArrowUp' }],
      ['Home', { key: 'Home' }],
      ['End', { key: 'End' }],
    ];
    for (const [key, press_] of steps) {
      await press(el, key);
      day = moveDay(day, press_)!;
      expect(focused(el), key).to.equal(day);
      expect($$(el, 'td[tabindex="0"]').map((td) => td.dataset.day)).to.deep.equal([day]);
    }
    const month = day.slice(0, 7);
    await press(el, 'PageDown');
    day = moveDay(day, { key: 'PageDown' })!;
    expect(focused(el)).to.equal(day);
    expect(text($(el, '#mh'))).to.equal(monthNl(addMonths(month, 1)));
    await waitUntil(() => live(el).startsWith(`${monthNl(addMonths(month, 1))}: `), 'month announced');
    await press(el, 'PageUp');
    await press(el, 'Shift+PageDown');
    day = moveDay(moveDay(day, { key: 'PageUp' })!, { key: 'PageDown', shiftKey: true })!;
    expect(focused(el)).to.equal(day);
    expect(text($(el, '#mh'))).to.equal(monthNl(day.slice(0, 7)));
  });

  it('crosses into the next month with the arrows', async () => {
    const el = await mount(html`<som-calendar view="month" src=${feedUrl(nearFeed())}></som-calendar>`);
    $(el, 'td[tabindex="0"]').focus();
    const start = today();
    for (let i = 0; i < 6; i++) await press(el, 'ArrowDown');
    const day = addDays(start, 42);
    expect(focused(el)).to.equal(day);
    expect(text($(el, '#mh'))).to.equal(monthNl(day.slice(0, 7)));
  });

  it('lists the month under the grid, and a chosen day (Enter, Space or click) with an announcement', async () => {
    const el = await mount(html`<som-calendar view="month" src=${feedUrl(nearFeed())}></som-calendar>`);
    const month = today().slice(0, 7);
    expect(text($(el, '#dh'))).to.equal(`Activiteiten in ${monthNl(month)}`);
    const inMonth = ['Vandaag', 'Straks'].filter((_, i) => inDays(i * 3).startsWith(month));
    expect($$(el, '.day .t').map(text)).to.deep.equal(inMonth);
    $(el, 'td[tabindex="0"]').focus();
    await press(el, 'Enter');
    expect($(el, `td[data-day="${today()}"]`).getAttribute('aria-selected')).to.equal('true');
    expect(text($(el, '#dh'))).to.match(/^Activiteiten op \w+ \d+ \w+$/);
    expect($$(el, '.day .t').map(text)).to.deep.equal(['Vandaag']);
    await waitUntil(() => /: 1 activiteit$/.test(live(el)), 'day announced');
    await press(el, 'ArrowRight');
    await press(el, ' ');
    expect($$(el, '.day .t')).to.have.length(0);
    expect(text($(el, '.day p'))).to.equal('Geen activiteiten op deze dag.');
    const whole = $$(el, '.day button').find((b) => text(b) === 'Toon de hele maand')!;
    whole.click();
    await settle(el);
    expect(text($(el, '#dh'))).to.match(/^Activiteiten in /);
    // The button is gone; focus went back to the grid, on the day the visitor was on.
    expect(focused(el)).to.equal(addDays(today(), 1));
    // A click selects too, and the details open from the list under the grid. ArrowRight may have
    // crossed into next month (on the last day of a month): pick a day with an event in the month shown.
    const shown = addDays(today(), 1).slice(0, 7);
    const target = [inDays(3), today()].find((d) => d.startsWith(shown))!;
    $(el, `td[data-day="${target}"]`).click();
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal($(el, `td[data-day="${target}"]`));
    $(el, '.day button[data-open]').click();
    await waitUntil(() => $(el, '.day .details dl'), 'details open');
    expect($(el, '.day .details').closest('.ev')!.querySelector('.title')!.getAttribute('aria-level')).to.equal('4');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('takes its heading levels from `heading-level`', async () => {
    const el = await mount(
      html`<som-calendar view="month" heading-level="3" src=${feedUrl(nearFeed())}></som-calendar>`,
    );
    expect([$(el, '#mh').getAttribute('aria-level'), $(el, '#dh').getAttribute('aria-level')]).to.deep.equal([
      '3',
      '4',
    ]);
    expect(new Set($$(el, '.day .title').map((t) => t.getAttribute('aria-level')))).to.deep.equal(new Set(['5']));
  });

  it('fits a 320 px column with day cells of at least 24 × 24 px', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 288px"><som-calendar view="month" src=${feedUrl(nearFeed())}></som-calendar></div>`,
    );
    const el = wrapper.querySelector('som-calendar')!;
    await settle(wrapper);
    const right = wrapper.getBoundingClientRect().right;
    for (const node of el.shadowRoot!.querySelectorAll('*'))
      expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right + 0.5);
    const cell = $(el, 'td[data-day]').getBoundingClientRect();
    expect(cell.width).to.be.at.least(24);
    expect(cell.height).to.be.at.least(24);
    expect(await axeViolations(wrapper)).to.deep.equal([]);
  });

  it('opens on the first month with activities, and offers the next activity from an empty month', async () => {
    const later = `${addMonths(today().slice(0, 7), 2)}-10`;
    const el = await mount(
      html`<som-calendar view="month" src=${feedUrl(emptyFeed({ events: [{ id: 'ver', title: 'Ver weg', start: later }] }))}></som-calendar>`,
    );
    expect(text($(el, '#mh'))).to.equal(monthNl(later.slice(0, 7)));
    for (let i = 0; i < 2; i++) {
      $(el, 'button[aria-label="Vorige maand"]').click();
      await settle(el);
    }
    expect(text($(el, '#mh'))).to.equal(monthNl(today().slice(0, 7)));
    expect(text($(el, '.day p'))).to.equal(`Geen activiteiten in ${monthNl(today().slice(0, 7))}.`);
    $$(el, '.day button')
      .find((b) => text(b) === 'Naar de volgende activiteit')!
      .click();
    await settle(el);
    expect(text($(el, '#mh'))).to.equal(monthNl(later.slice(0, 7)));
    expect(focused(el)).to.equal(later);
    expect($$(el, '.day .t').map(text)).to.deep.equal(['Ver weg']);
    expect($(el, `td[data-day="${later}"]`).classList.contains('has')).to.be.true;
    await waitUntil(() => live(el) === `${monthNl(later.slice(0, 7))}: 1 activiteit`, 'month announced');
  });

  it('lets the visitor switch views (remembered in the hash), filters apply to the grid', async () => {
    const el = await mount(html`<som-calendar src=${feedUrl(nearFeed())}></som-calendar>`);
    const [list, month] = $$(el, '.switch button');
    expect(list!.getAttribute('aria-pressed')).to.equal('true');
    month!.click();
    await settle(el);
    expect(month!.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, 'table[role=grid]')).to.exist;
    await waitUntil(() => location.hash === '#som-calendar=view:month', 'view in hash', { timeout: 2000 });
    const control = $<HTMLSelectElement>(el, '[name=theme]');
    control.value = 'meertaligheid';
    control.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    // Only "Straks" is left: the grid stays on this month, or moves to the next when "Straks" falls there and
    // this month has nothing left. Either way, only its day is marked.
    const shown = $$(el, 'td[data-day]')[0]!.dataset.day!.slice(0, 7);
    expect([today().slice(0, 7), inDays(3).slice(0, 7)]).to.include(shown);
    expect($$(el, 'td.has').map((td) => td.dataset.day)).to.deep.equal([inDays(3)].filter((d) => d.startsWith(shown)));
    expect(await axeViolations(el)).to.deep.equal([]);
    el.setAttribute('view', 'list');
    await settle(el);
    expect($(el, 'table')).to.equal(null);
    expect($(el, '.switch')).to.equal(null);
  });

  it('opens a deep-linked event in its month', async () => {
    history.replaceState(null, '', '#event-later');
    const el = await mount(html`<som-calendar view="month" src=${feedUrl(nearFeed())}></som-calendar>`);
    await waitUntil(() => $(el, '#d-later'), 'deep link opened');
    expect(text($(el, '#mh'))).to.equal(monthNl(inDays(40).slice(0, 7)));
    expect($(el, `td[data-day="${inDays(40)}"]`).getAttribute('aria-selected')).to.equal('true');
  });

  it('speaks French, German and English', async () => {
    const el = await mount(html`<som-calendar lang="fr" view="month" src=${feedUrl(nearFeed())}></som-calendar>`);
    expect($(el, '.nav').getAttribute('aria-label')).to.equal('Mois précédent');
    expect(text($(el, 'th .visually-hidden'))).to.equal('lundi');
    el.setAttribute('lang', 'de');
    await settle(el);
    expect(text($(el, 'th .visually-hidden'))).to.equal('Montag');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(text($(el, '#dh'))).to.match(/^Activities in [A-Z][a-z]+ \d{4}$/);
  });
});
