import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/calendar/index.js';
import type { SomCalendar } from '../../src/calendar/index.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { registerList } from '../../src/feed/parse.js';
import { events as eventSchema } from '../../src/feed/contract.generated.js';
import { brokenFeedUrl, demoFeed, emptyFeed, feedUrl, staleFeedUrl } from '../../storybook/helpers.js';
import { axeViolations, deepElements, settle } from '../helpers.js';
import { LAST, NEXT, events, taxonomies, testFeed } from './fixtures.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(sel));
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: Element) => $$(el, '.ev .t').map(text);
const live = (el: Element) => text($(el, '[role=status].live'));

async function mount(tpl: ReturnType<typeof html>): Promise<SomCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div>${tpl}</div>`);
  const el = wrapper.querySelector('som-calendar')!;
  await settle(wrapper);
  return el;
}

function setFilter(el: SomCalendar, name: string, value: string): void {
  const control = $<HTMLInputElement | HTMLSelectElement>(el, `[name=${name}]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

const resetHash = () => history.replaceState(null, '', `${location.pathname}${location.search}`);

describe('<som-calendar>', () => {
  beforeEach(() => {
    clearFeedCache();
    resetHash();
  });
  afterEach(resetHash);

  describe('list view', () => {
    it('draws and asks for its feed at once on a page opened a moment ago', async () => {
      // Its first update once waited for a pause in typing that never was: until 300 ms after the page began to load.
      const now = performance.now;
      performance.now = () => 10;
      const el = document.createElement('som-calendar');
      try {
        el.setAttribute('src', feedUrl(testFeed()));
        document.body.append(el);
        await aTimeout(50);
        expect(el.hasUpdated).to.equal(true);
      } finally {
        performance.now = now;
        el.remove();
      }
    });

    it('asks for its feed in a task of its own, before it draws its placeholder', async () => {
      // Together they were a task of up to 90 ms on a phone (bench/phone.mjs).
      const real = window.fetch;
      const el = document.createElement('som-calendar');
      let drawnWithRequest: boolean | undefined;
      window.fetch = (...args) => {
        queueMicrotask(() => (drawnWithRequest ??= el.hasUpdated));
        return real(...args);
      };
      try {
        el.setAttribute('src', feedUrl(testFeed()));
        document.body.append(el);
        await waitUntil(() => el.hasUpdated, 'drawn');
        expect(drawnWithRequest, 'drawn in the task that asked for the feed').to.equal(false);
      } finally {
        window.fetch = real;
        el.remove();
      }
    });

    it('shows upcoming events soonest first, grouped by month, without the past', async () => {
      const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
      expect($$(el, '.month-h').map(text)).to.deep.equal([`januari ${NEXT}`, `juli ${NEXT}`]);
      expect($$(el, '.month-h')[0]!.getAttribute('role')).to.equal('heading');
      expect(titles(el)).to.deep.equal([
        'Taalcafé voor ouders',
        'Pedagogische studiedag',
        'Speak-up weekend',
        'Zomerlabo welbevinden',
      ]);
      expect(text(el.shadowRoot as unknown as Element)).not.to.contain('Forum van vorig jaar');
      expect(text($(el, '.count'))).to.equal('4 activiteiten');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('shows Brussels times for times given in UTC, in summer and winter, with a full label for screen readers', async () => {
      const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
      const when = (id: string) => $(el, `#event-${id} .when`);
      // 13:00Z is 15:00 in Brussels in July (CEST) and 14:00 in January (CET).
      expect(text(when('zomerlabo').querySelector('[aria-hidden]'))).to.match(/15:00–18:30$/);
      expect(text(when('zomerlabo').querySelector('.visually-hidden'))).to.equal(
        `donderdag 15 juli ${NEXT}, 15:00 tot 18:30`.replace('donderdag', weekdayNl(`${NEXT}-07-15`)),
      );
      expect(text(when('taalcafe'))).to.contain('14:00–15:30');
      expect(text(when('studiedag').querySelector('.visually-hidden'))).to.match(/25 januari \d{4}, hele dag$/);
      expect(text(when('weekend').querySelector('.visually-hidden'))).to.match(/2 juli \d{4} tot \w+ 4 juli \d{4}$/);
    });

    it('shows place or "online", taxonomy labels and status badges (cancelled struck through with its reason)', async () => {
      const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
      expect(text($(el, '#event-zomerlabo .place'))).to.equal('HAL 5');
      expect(text($(el, '#event-taalcafe .place'))).to.equal('Online');
      expect($$(el, '#event-zomerlabo .tags .badge').map(text)).to.deep.equal(['Labo', 'Welbevinden']);
      expect(text($(el, '#event-zomerlabo .tags .muted'))).to.equal(
        'Voor: Leraren · Secundair (eerste graad, tweede graad)',
      );
      // An id the taxonomy does not know is shown as the id itself.
      expect($$(el, '#event-studiedag .tags .badge').map(text)).to.include('onbekend-thema');
      const cancelled = $(el, '#event-taalcafe');
      expect(cancelled.classList.contains('cancelled')).to.be.true;
      expect(getComputedStyle(cancelled.querySelector('.t')!).textDecorationLine).to.equal('line-through');
      expect(text(cancelled.querySelector('button'))).to.equal('Taalcafé voor ouders Geannuleerd');
      // The status once (the badge), the feed's reason as given: no "Geannuleerd: Geannuleerd: …".
      expect(text(cancelled.querySelector('.reason'))).to.equal('De spreker is ziek.');
      expect(text($(el, '#event-weekend .st'))).to.equal('Uitgesteld');
      expect(text($(el, '#event-studiedag .st'))).to.equal('Volzet');
    });

    it('caps the list at `limit`; "show more" reveals the next ones and moves focus to the first new event', async () => {
      const el = await mount(html`<som-calendar limit="2" src=${feedUrl(testFeed())}></som-calendar>`);
      expect(titles(el)).to.have.length(2);
      const more = $(el, '.more');
      document.body.style.paddingBlock = '100vh'; // room to scroll, so a jump would show
      more.scrollIntoView({ block: 'center' });
      more.focus();
      const [y, top] = [window.scrollY, more.getBoundingClientRect().top];
      more.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(4);
      expect(el.shadowRoot!.activeElement?.id).to.equal('b-weekend');
      // No jump: the page stays put and the new events start where the button was (under a new month heading here).
      expect(window.scrollY).to.equal(y);
      expect($(el, '#event-weekend').getBoundingClientRect().top - top).to.be.within(0, 60);
      document.body.style.paddingBlock = '';
      expect($(el, '.more')).to.equal(null);
    });

    it('shows past events newest first in their own section with `past`', async () => {
      const feed = testFeed({
        events: [...events(), { id: 'ouder-forum', title: 'Nog ouder', start: `${LAST}-03-01` }],
      });
      const el = await mount(html`<som-calendar past src=${feedUrl(feed)}></som-calendar>`);
      expect($$(el, '.sec').map(text)).to.deep.equal(['Komende activiteiten', 'Afgelopen activiteiten']);
      expect($$(el, '.sec').map((h) => [h.getAttribute('role'), h.getAttribute('aria-level')])).to.deep.equal([
        ['heading', '2'],
        ['heading', '2'],
      ]);
      const past = $(el, 'section[aria-labelledby=h-past]');
      expect(Array.from(past.querySelectorAll('.t')).map(text)).to.deep.equal(['Forum van vorig jaar', 'Nog ouder']);
      expect(Array.from(past.querySelectorAll('.month-h')).map((h) => h.getAttribute('aria-level'))).to.deep.equal([
        '3',
        '3',
      ]);
      expect(past.querySelector('.title')!.getAttribute('aria-level')).to.equal('4');
      expect(text($(el, '.count'))).to.equal('6 activiteiten');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('fits its headings into the page outline with `heading-level`', async () => {
      const levels = (el: Element, selector: string) => $$(el, selector).map((h) => h.getAttribute('aria-level'));
      let el = await mount(html`<som-calendar heading-level="3" src=${feedUrl(testFeed())}></som-calendar>`);
      expect(new Set(levels(el, '.month-h'))).to.deep.equal(new Set(['3']));
      expect(new Set(levels(el, '.title'))).to.deep.equal(new Set(['4']));
      el = await mount(html`<som-calendar past heading-level="3" src=${feedUrl(testFeed())}></som-calendar>`);
      expect(levels(el, '.sec')).to.deep.equal(['3', '3']);
      expect(new Set(levels(el, '.month-h'))).to.deep.equal(new Set(['4']));
      expect(new Set(levels(el, '.title'))).to.deep.equal(new Set(['5']));
      // Out of range: 1 is the page's own title, and deeper than 4 would push activities past h6.
      for (const [attr, top] of [
        ['1', '2'],
        ['9', '4'],
        ['nonsense', '2'],
      ]) {
        el = await mount(html`<som-calendar past heading-level=${attr} src=${feedUrl(testFeed())}></som-calendar>`);
        expect(levels(el, '.sec'), attr).to.deep.equal([top, top]);
      }
    });

    it('fills a long list in steps, without losing any event', async () => {
      const day = 86_400_000;
      const many = Array.from({ length: 600 }, (_, i) => ({
        id: `e${i}`,
        title: `Activiteit ${i}`,
        start: new Date(Date.now() + (i - 200) * day).toISOString().replace(/\.\d+Z$/, 'Z'),
      }));
      const el = await mount(
        html`<som-calendar limit="1000" past src=${feedUrl(emptyFeed({ events: many }))}></som-calendar>`,
      );
      // Prepared and painted over several tasks (see bench/calendar.mjs for the timing); in the end all are there.
      await waitUntil(() => $$(el, '.ev').length === 600, 'all events rendered', { timeout: 5000 });
      expect($$(el, 'section[aria-labelledby=h-up] .ev').length).to.be.within(399, 401);
      // Each month's list is laid out only near the screen, held meanwhile at 20em per event: the size comes from the
      // list's own count, so the page's height and scrollbar stay about right.
      for (const list of $$(el, '.events')) {
        const style = getComputedStyle(list);
        const em = parseFloat(style.fontSize);
        expect(style.contentVisibility).to.equal('auto');
        expect(style.containIntrinsicHeight).to.equal(`auto ${list.children.length * 20 * em}px`);
      }
      const small = await mount(html`<som-calendar src=${feedUrl(emptyFeed({ events: many }))}></som-calendar>`);
      // The first page may also be painted in more than one step on a busy machine.
      await waitUntil(() => titles(small).length === 20, 'the first 20 events', { timeout: 5000 });
      $(small, '.more').click();
      await waitUntil(() => titles(small).length === 40, 'the next 20 events', { timeout: 5000 });
      expect(small.shadowRoot!.activeElement?.id).to.equal(`b-${$$(small, '.ev')[20]!.id.slice(6)}`);
    });

    describe('a long feed on a slow phone', () => {
      const day = 86_400_000;
      const many = Array.from({ length: 400 }, (_, i) => ({
        id: `e${i}`,
        title: `Activiteit ${i}`,
        start: new Date(Date.now() + (((i * 7) % 400) - 100) * day).toISOString().replace(/\.\d+Z$/, 'Z'),
        themes: [i % 2 ? 'welbevinden' : 'meertaligheid'],
      }));
      // Each event costs 2 ms to check, as on a slow phone with the code still cold: the whole feed takes 0.8 s.
      beforeEach(() => {
        const rule = eventSchema.rule as ((e: never) => string | undefined) | undefined;
        const slow = (e: never) => {
          const end = performance.now() + 2;
          while (performance.now() < end);
          return rule?.(e);
        };
        registerList('events', { ...eventSchema, rule: slow });
      });
      afterEach(() => registerList('events', eventSchema));

      /** The number of events shown each time the list changes, until the feed's load event, and at it. */
      async function watchLoad(el: SomCalendar): Promise<{ before: number[]; loaded: Promise<unknown> }> {
        const before: number[] = [];
        const loaded = oneEvent(el, 'som-feed-load');
        let done = false;
        void loaded.then(() => (done = true));
        const watch = new MutationObserver(() => !done && before.push($$(el, '.ev').length));
        watch.observe(el.shadowRoot!, { childList: true, subtree: true });
        void loaded.then(() => setTimeout(() => watch.disconnect(), 2000));
        return { before, loaded };
      }

      it('draws the first page from the soonest events while the rest is checked, then keeps it', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div><som-calendar></som-calendar></div>`);
        const el = wrapper.querySelector('som-calendar')!;
        const { before, loaded } = await watchLoad(el);
        el.src = feedUrl(emptyFeed({ taxonomies, events: many }));
        await waitUntil(() => titles(el).length === 20, 'the first page', { timeout: 5000 });
        const first = titles(el);
        const [q, event] = [$(el, '#q'), $(el, '.ev')];
        expect(first[0]).to.equal('Activiteit 243'); // 243 × 7 % 400 = 101: one day from now
        expect(text($(el, '.count')), 'counted once the whole feed is there').to.equal('Bezig met laden…');
        expect(el.shadowRoot!.querySelector('[aria-busy=true]')).to.equal(null);
        expect(await axeViolations(el)).to.deep.equal([]);
        await loaded;
        const upcoming = many.filter((e) => Date.parse(e.start) > Date.now()).length; // 299: one starts now
        await waitUntil(() => text($(el, '.count')) === `${upcoming} activiteiten`, 'the whole feed', {
          timeout: 5000,
        });
        expect(titles(el)).to.deep.equal(first);
        expect([$(el, '#q'), $(el, '.ev')], 'the same elements, not drawn anew').to.deep.equal([q, event]);
        const drawn = before.filter((n) => n > 0);
        expect(drawn.length, 'drawn before the whole feed was checked').to.be.greaterThan(0);
        // Drawn in two steps (10, then the page's 20), and never fewer than before once the whole feed is there.
        expect(drawn[0], 'the first events at once').to.be.at.least(10);
        expect(
          drawn.every((n, i) => !i || n >= drawn[i - 1]!),
          `only ever more: ${drawn.join(', ')}`,
        ).to.equal(true);
      });

      // One test each: every load checks the whole slow feed (about 1 s, 2.5 s beside another busy page).
      for (const [why, hash, tpl] of [
        ['a filter in the link', '#som-calendar=q=activiteit%201', html`<som-calendar></som-calendar>`],
        ['an event in the link', '#event-e250', html`<som-calendar></som-calendar>`],
        ['too few soonest events for a page', '', html`<som-calendar limit="100"></som-calendar>`],
        ['none of the soonest events within the pre-filter', '', html`<som-calendar themes="onbekend"></som-calendar>`],
      ] as const) {
        it(`waits for the whole feed with ${why}`, async () => {
          history.replaceState(null, '', hash || location.pathname);
          try {
            const wrapper = await fixture<HTMLElement>(html`<div>${tpl}</div>`);
            const el = wrapper.querySelector('som-calendar')!;
            const { before, loaded } = await watchLoad(el);
            el.src = feedUrl(emptyFeed({ taxonomies, events: many }));
            await loaded;
            expect(before.filter((n) => n > 0)).to.deep.equal([]);
          } finally {
            resetHash();
          }
        });
      }
    });

    it('renders the demo feed without axe violations', async () => {
      const el = await mount(html`<som-calendar src=${feedUrl(await demoFeed())}></som-calendar>`);
      expect(titles(el).length).to.be.greaterThan(5);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('filters', () => {
    it('pre-filters with the site attributes and offers only facets the shown events use', async () => {
      const el = await mount(
        html`<som-calendar levels="secundair-1 secundair-2" src=${feedUrl(testFeed())}></som-calendar>`,
      );
      expect(titles(el)).to.deep.equal(['Pedagogische studiedag', 'Speak-up weekend', 'Zomerlabo welbevinden']);
      // Within the site's levels only; "lager" (used by an event) is not offered.
      expect($$<HTMLOptionElement>(el, '[name=level] option').map((o) => o.value)).to.deep.equal([
        '',
        'secundair-1',
        'secundair-2',
      ]);
      expect($$<HTMLOptionElement>(el, '[name=theme] option').map((o) => o.value)).to.deep.equal([
        '',
        'welbevinden',
        'meertaligheid',
        'onbekend-thema',
      ]);
      expect($$<HTMLOptionElement>(el, '[name=theme] option').map(text)[1]).to.equal('Welbevinden');
      el.setAttribute('strands', 'community');
      await settle(el);
      expect(titles(el)).to.deep.equal(['Pedagogische studiedag']);
      // With a single event left, no choice narrows the list: no facet controls, search stays.
      expect($$(el, 'select')).to.have.length(0);
      expect($(el, 'input[type=search]')).to.exist;
    });

    it('paints a keystroke before it draws the list again, and keeps what was typed in the meantime', async () => {
      const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
      const q = $<HTMLInputElement>(el, '#q');
      // A frame asked for before the keystroke: its callback runs before the browser paints the keystroke.
      const frame = new Promise((resolve) => requestAnimationFrame(resolve));
      q.value = 'taalcafe';
      q.dispatchEvent(new Event('input', { bubbles: true }));
      await frame;
      expect(titles(el), 'not drawn before the paint').to.have.length(4);
      q.value = 'weekend';
      q.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(q.value).to.equal('weekend');
      expect(titles(el)).to.deep.equal(['Speak-up weekend']);
    });

    it('in a long list, draws the list again once the typing pauses, not at every letter', async () => {
      const many = Array.from({ length: 300 }, (_, i) => ({
        id: `e${i}`,
        title: `Activiteit ${i}`,
        start: new Date(Date.now() + (i + 1) * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z'),
      }));
      const el = await mount(html`<som-calendar src=${feedUrl(emptyFeed({ events: many }))}></som-calendar>`);
      // The whole feed, not the first screen drawn from its soonest events.
      await waitUntil(() => text($(el, '.count')) === '300 activiteiten', 'the whole feed', { timeout: 5000 });
      await waitUntil(() => titles(el).length === 20, 'the first 20 events', { timeout: 5000 });
      const q = $<HTMLInputElement>(el, '#q');
      const type = (value: string) => {
        q.value = value;
        q.dispatchEvent(new Event('input', { bubbles: true }));
      };
      let draws = 0;
      const watch = new MutationObserver(() => draws++);
      watch.observe(el.shadowRoot!.querySelector('.content')!, { childList: true, subtree: true });
      type('activiteit 12');
      await new Promise((resolve) => setTimeout(resolve, 150));
      type('activiteit 123');
      const last = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(draws, 'nothing drawn while typing').to.equal(0);
      expect(titles(el)[0]).to.equal('Activiteit 0');
      await el.updateComplete;
      expect(performance.now() - last).to.be.at.least(290);
      expect(titles(el)).to.deep.equal(['Activiteit 123']);
      expect(q.value).to.equal('activiteit 123');
      watch.disconnect();
      // A choice in a list box is no typing: drawn after the next frame, as in a short list.
      type('');
      await el.updateComplete;
      const start = performance.now();
      $<HTMLButtonElement>(el, '.switch button:last-child').click();
      await el.updateComplete;
      expect(performance.now() - start).to.be.below(250);
    });

    it('filters by facet and search, announces the count once the visitor pauses, and clears', async () => {
      const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
      expect(live(el)).to.equal('');
      setFilter(el, 'audience', 'ouders');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Taalcafé voor ouders', 'Speak-up weekend']);
      expect(text($(el, '.count'))).to.equal('2 activiteiten');
      setFilter(el, 'q', 'WEEKEND');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Speak-up weekend']);
      expect(live(el)).to.equal(''); // debounced: not at every keystroke
      await waitUntil(() => live(el) === '1 activiteit gevonden', 'count announced', { timeout: 2000 });
      // Search reaches the description, place and labels, without accents.
      setFilter(el, 'audience', '');
      setFilter(el, 'q', 'tweede alinea');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Zomerlabo welbevinden']);
      setFilter(el, 'q', 'taalcafe');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Taalcafé voor ouders']);
      const clear = $$(el, '.tools button').find((b) => text(b) === 'Filters wissen')!;
      clear.click();
      await settle(el);
      expect(titles(el)).to.have.length(4);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#q'));
      expect($<HTMLInputElement>(el, '#q').value).to.equal('');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('folds the choices behind a button in a narrow column (320 px), search stays in view', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 300px"><som-calendar src=${feedUrl(testFeed())}></som-calendar></div>`,
      );
      const el = wrapper.querySelector('som-calendar')!;
      await settle(wrapper);
      const toggle = $(el, '.more-filters');
      expect(getComputedStyle(toggle).display).not.to.equal('none');
      expect(getComputedStyle($(el, '#facets')).display).to.equal('none');
      expect($(el, '#q').getBoundingClientRect().width).to.be.greaterThan(0);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.getAttribute('aria-controls')).to.equal('facets');
      expect(getComputedStyle($(el, '#facets')).display).to.equal('grid');
      setFilter(el, 'theme', 'welbevinden');
      await el.updateComplete;
      expect(text(toggle)).to.equal('Activiteiten filteren (1)');
      // Nothing sticks out of the column.
      const right = wrapper.getBoundingClientRect().right;
      for (const node of el.shadowRoot!.querySelectorAll('*'))
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right + 0.5);
      expect(await axeViolations(wrapper)).to.deep.equal([]);
      // A wide column shows the choices and no button.
      wrapper.style.width = '900px';
      await new Promise((r) => requestAnimationFrame(r));
      expect(getComputedStyle(toggle).display).to.equal('none');
    });

    it('keeps the selection in the URL hash, next to other uses of the hash', async () => {
      history.replaceState(null, '', '#intro');
      const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
      setFilter(el, 'theme', 'welbevinden');
      setFilter(el, 'q', 'labo');
      await waitUntil(() => location.hash.includes('som-calendar'), 'hash written', { timeout: 2000 });
      expect(location.hash).to.equal('#intro&som-calendar=theme:welbevinden;q=labo');
      setFilter(el, 'theme', '');
      setFilter(el, 'q', '');
      await waitUntil(() => !location.hash.includes('som-calendar'), 'hash part removed', { timeout: 2000 });
      expect(location.hash).to.equal('#intro');
    });

    it("restores the selection from a shared link, follows Back, and survives the page's own anchors", async () => {
      history.replaceState(null, '', '#som-calendar=audience:ouders;q=weekend');
      const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
      expect(titles(el)).to.deep.equal(['Speak-up weekend']);
      expect($<HTMLSelectElement>(el, '[name=audience]').value).to.equal('ouders');
      expect($<HTMLInputElement>(el, '#q').value).to.equal('weekend');
      // A link on the page to "#top" replaces the hash: the visitor's selection stays.
      location.hash = '#top';
      await aTimeout(50);
      await settle(el);
      expect(titles(el)).to.deep.equal(['Speak-up weekend']);
      // Another selection arriving in the hash (Back, a pasted link) is applied.
      location.hash = '#som-calendar=audience:leraren';
      await aTimeout(50);
      await settle(el);
      expect(titles(el)).to.deep.equal(['Pedagogische studiedag', 'Speak-up weekend', 'Zomerlabo welbevinden']);
    });

    it('ignores a shared selection the feed cannot offer, and all visitor filters with no-filters', async () => {
      history.replaceState(null, '', '#som-calendar=theme:bestaat-niet');
      const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
      expect(titles(el)).to.have.length(4);
      history.replaceState(null, '', '#som-calendar=audience:ouders');
      const plain = await mount(html`<som-calendar no-filters src=${feedUrl(testFeed())}></som-calendar>`);
      expect(titles(plain)).to.have.length(4);
      expect($(plain, 'form')).to.equal(null);
      expect(text($(plain, '.count'))).to.equal('4 activiteiten');
    });
  });

  describe('states', () => {
    it('loading: reserves space and says it is busy', async () => {
      const el = await fixture<HTMLElement>(
        html`<div data-stay-busy><som-feed><som-calendar></som-calendar></som-feed></div>`,
      );
      const cal = el.querySelector('som-calendar')!;
      await cal.updateComplete;
      const busy = $(cal, '[aria-busy=true]');
      expect(busy.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('loading: the placeholder animates only what the compositor draws, so a phone’s busy page thread pays nothing per frame', async () => {
      const el = await fixture<HTMLElement>(
        html`<div data-stay-busy><som-feed><som-calendar></som-calendar></som-feed></div>`,
      );
      const cal = el.querySelector('som-calendar')!;
      await cal.updateComplete;
      const animations = Array.from($(cal, '[aria-busy=true]').querySelectorAll('.bar')).flatMap((b) =>
        b.getAnimations(),
      );
      expect(animations).to.have.length(4);
      const animated = new Set(
        animations.flatMap((a) => (a.effect as KeyframeEffect).getKeyframes().flatMap((k) => Object.keys(k))),
      );
      for (const key of ['offset', 'computedOffset', 'easing', 'composite']) animated.delete(key);
      // background-position (the shimmer before) made the page's thread paint every frame: 150–250 ms at 4× CPU.
      expect([...animated]).to.deep.equal(['opacity']);
    });

    it('empty: says there is nothing planned and links to the network', async () => {
      const feed = emptyFeed({ taxonomies, events: events().filter((e) => e.id === 'oud-forum') });
      const el = await mount(html`<som-calendar src=${feedUrl(feed)}></som-calendar>`);
      expect(Array.from($(el, '[part=empty]').querySelectorAll('p')).map(text)).to.deep.equal([
        'Er zijn nu geen activiteiten gepland.',
        'Bekijk de website van Samen Onderwijs Maken',
      ]);
      expect($<HTMLAnchorElement>(el, '[part=empty] a').href).to.equal('https://samenonderwijsmaken.example/');
      expect($(el, 'form')).to.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('filtered to nothing: says so and offers to clear the filters', async () => {
      const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
      setFilter(el, 'q', 'bestaat niet');
      await el.updateComplete;
      expect(text($(el, '[part=empty] p'))).to.equal('Geen activiteiten gevonden voor deze filters.');
      expect(text($(el, '.count'))).to.equal('0 activiteiten');
      expect(await axeViolations(el)).to.deep.equal([]);
      await waitUntil(() => live(el) === 'Geen activiteiten gevonden voor deze filters.', 'announced', {
        timeout: 2000,
      });
      $(el, '[part=empty] button').click();
      await settle(el);
      expect(titles(el)).to.have.length(4);
    });

    it('error: shows the message and the fallback content', async () => {
      const el = await mount(
        html`<som-calendar src=${brokenFeedUrl()}><a href="https://samenonderwijsmaken.example/kalender">Bekijk de kalender</a></som-calendar>`,
      );
      expect(text($(el, '[part=error]'))).to.contain('Deze inhoud kan nu niet geladen worden.');
      expect($<HTMLSlotElement>(el, 'slot').assignedElements()[0]!.textContent).to.equal('Bekijk de kalender');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('stale: shows the last good copy and says so', async () => {
      const el = await mount(html`<som-calendar src=${staleFeedUrl(testFeed())}></som-calendar>`);
      await settle(el, 8000);
      expect(titles(el)).to.have.length(4);
      expect(text($(el, '[part=stale]'))).to.match(/^Mogelijk niet actueel: laatst bijgewerkt op/);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('event details', () => {
    it('opens as a disclosure with everything a visitor needs, and fires som-event-select', async () => {
      const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
      const button = $(el, '#b-zomerlabo');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      setTimeout(() => button.click());
      const ev = await oneEvent(el, 'som-event-select');
      expect(ev.detail).to.deep.equal({ eventId: 'zomerlabo' });
      expect(ev.bubbles && ev.composed).to.be.true;
      await waitUntil(() => $(el, '#d-zomerlabo dl'), 'details rendered');
      await settle(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-controls')).to.equal('d-zomerlabo');
      const region = $(el, '#d-zomerlabo');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-labelledby')).to.equal('b-zomerlabo');
      // Its styles came with its code.
      expect(getComputedStyle(region).borderInlineStartWidth).to.equal('3px');
      // Paragraphs as text: the "<b>" in the feed stays visible text, never markup.
      expect(Array.from(region.querySelectorAll(':scope > p')).slice(0, 2).map(text)).to.deep.equal([
        'Eerste alinea over het labo.',
        'Tweede alinea: <b>geen opmaak</b>.',
      ]);
      expect(region.querySelector('b')).to.equal(null);
      expect(terms(region)).to.deep.equal([
        ['Waar', 'HAL 5Gineste Dumortierstraat 5, 3010 LeuvenToon op de kaartWebsite'],
        ['Organisator', 'SOM-team, som@som.example'],
        ['Partners', 'UCLL, Stad Leuven'],
        ['Prijs', 'Gratis'],
        ['Taal', 'Nederlands, Engels'],
        ['Toegankelijkheid', 'Rolstoeltoegankelijk'],
      ]);
      expect(Array.from(region.querySelectorAll('dd a')).map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://www.openstreetmap.org/search?query=Gineste%20Dumortierstraat%205%2C%203010%20Leuven',
        'https://hal5.example/',
        'https://som.example/team',
        'mailto:som@som.example',
        'https://ucll.example/',
      ]);
      const map = Array.from(region.querySelectorAll('a')).find((a) => text(a) === 'Toon op de kaart')!;
      expect(map.href).to.equal(
        'https://www.openstreetmap.org/search?query=Gineste%20Dumortierstraat%205%2C%203010%20Leuven',
      );
      const register = Array.from(region.querySelectorAll('a')).find((a) => text(a) === 'Inschrijven bij UCLL')!;
      expect(register.href).to.equal('https://partner.example/inschrijven');
      expect(await axeViolations(el)).to.deep.equal([]);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '#d-zomerlabo')).to.equal(null);
    });

    it('offers an .ics download (a Blob URL) and Google and Outlook links', async () => {
      const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
      $(el, '#b-zomerlabo').click();
      await waitUntil(() => $(el, '#d-zomerlabo .add'), 'add to calendar shown');
      const [ics, google, outlook] = Array.from($(el, '#d-zomerlabo .add').querySelectorAll('a'));
      expect(ics!.getAttribute('download')).to.equal('zomerlabo.ics');
      expect(ics!.href).to.match(/^blob:/);
      const body = await (await fetch(ics!.href)).text();
      expect(body).to.match(/^BEGIN:VCALENDAR\r\n/);
      expect(body).to.contain('UID:zomerlabo@som-leuven');
      expect(body).to.contain(`DTSTART;TZID=Europe/Brussels:${NEXT}0715T150000`);
      expect(google!.href).to.match(/^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE/);
      expect(outlook!.href).to.match(/^https:\/\/outlook\.live\.com\//);
      expect($(el, '#d-zomerlabo .add').getAttribute('role')).to.equal('group');
    });

    it('leaves out sign-up and "add to my calendar" for cancelled events; a full form sign-up without waiting list says so', async () => {
      const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
      $(el, '#b-taalcafe').click();
      $(el, '#b-studiedag').click();
      await waitUntil(() => $(el, '#d-studiedag dl') && $(el, '#d-taalcafe dl'), 'details rendered');
      await el.updateComplete;
      expect($(el, '#d-taalcafe .add')).to.equal(null);
      expect(terms($(el, '#d-taalcafe'))).to.deep.equal([['Online', 'Online deelnemen']]);
      // Full without a waiting list: no "Inschrijven" (details.test.ts has the other states).
      expect(Array.from($(el, '#d-studiedag').querySelectorAll('a')).map(text)).not.to.include('Inschrijven');
      expect(text($(el, '#d-studiedag .reg'))).to.equal('Volzet: er is geen wachtlijst.');
    });

    it('never renders an unsafe link from the feed', async () => {
      const bad = 'javascript:alert(1)';
      const feed = testFeed({
        network: { id: 'som-leuven', name: 'SOM', url: bad },
        events: [
          {
            id: 'evil',
            title: 'Evil',
            start: `${NEXT}-03-03T10:00:00Z`,
            url: bad,
            location: { name: 'Zaal', address: 'Straat 1"><script>alert(1)</script>', url: ' javascript:alert(1)' },
            online: { url: 'JaVaScRiPt:alert(1)' },
            organizer: { name: 'Org', url: 'data:text/html,hi', email: 'javascript:x' },
            partners: [{ name: 'P', url: 'java\tscript:alert(1)' }],
            registration: { type: 'external', url: bad, label: 'Klik' },
          },
        ],
      });
      const el = await mount(html`<som-calendar src=${feedUrl(feed)}></som-calendar>`);
      $(el, '#b-evil').click();
      await waitUntil(() => $(el, '#d-evil dl'), 'details rendered');
      await el.updateComplete;
      const hrefs = deepElements(el)
        .filter((n) => n.hasAttribute('href'))
        .map((n) => n.getAttribute('href')!);
      expect(hrefs.length).to.be.greaterThan(2);
      for (const href of hrefs) expect(href, href).to.match(/^(https:|blob:)/);
      expect(deepElements(el).some((n) => n.localName === 'script')).to.be.false;
    });

    it('opens a deep-linked event on load, beyond the limit, scrolled into view and focused', async () => {
      history.replaceState(null, '', '#event-zomerlabo');
      let selected = '';
      const onSelect = (e: CustomEvent<{ eventId: string }>) => (selected = e.detail.eventId);
      document.addEventListener('som-event-select', onSelect);
      const el = await mount(html`<som-calendar limit="1" src=${feedUrl(testFeed())}></som-calendar>`);
      document.removeEventListener('som-event-select', onSelect);
      await waitUntil(() => $(el, '#d-zomerlabo dl'), 'details rendered');
      expect(selected).to.equal('zomerlabo');
      expect($(el, '#b-zomerlabo').getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement?.id).to.equal('b-zomerlabo');
      const box = $(el, '#event-zomerlabo').getBoundingClientRect();
      expect(box.top).to.be.within(-1, window.innerHeight);
      // A link followed later on the same page works too.
      location.hash = '#event-taalcafe';
      await waitUntil(() => $(el, '#d-taalcafe'), 'second deep link opened');
    });

    it('shows <som-signup> inline for a form sign-up once that element is defined, passing src', async () => {
      customElements.define('som-signup', class extends HTMLElement {});
      const src = feedUrl(testFeed());
      const el = await mount(html`<som-calendar src=${src}></som-calendar>`);
      $(el, '#b-studiedag').click();
      await waitUntil(() => $(el, '#d-studiedag som-signup'), 'signup rendered');
      const signup = $(el, '#d-studiedag som-signup');
      expect(signup.getAttribute('event')).to.equal('studiedag');
      expect(signup.getAttribute('src')).to.equal(src);
    });
  });

  describe('languages', () => {
    it('switches the interface language at run time', async () => {
      const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
      const cases: [string, string, string, string][] = [
        ['fr', 'Rechercher', `janvier ${NEXT}`, 'Annulé'],
        ['de', 'Suchen', `Januar ${NEXT}`, 'Abgesagt'],
        ['en', 'Search', `January ${NEXT}`, 'Cancelled'],
        ['nl', 'Zoeken', `januari ${NEXT}`, 'Geannuleerd'],
      ];
      for (const [lang, search, month, cancelled] of cases) {
        el.setAttribute('lang', lang);
        await settle(el);
        expect(text($(el, 'label[for=q]'))).to.equal(search);
        expect(text($(el, '.month-h'))).to.equal(month);
        expect(text($(el, '#event-taalcafe .st'))).to.equal(cancelled);
      }
      el.setAttribute('lang', 'en');
      await settle(el);
      // Feed text follows too, where the feed has it.
      expect(text($(el, '#event-zomerlabo .t'))).to.equal('Summer lab on well-being');
      expect(text($(el, '#event-zomerlabo .when .visually-hidden'))).to.match(/15:00 to 18:30$/);
      expect(text($(el, '.count'))).to.equal('4 activities');
    });
  });
});

/** A description list as [term, description] pairs. */
const terms = (el: Element) =>
  Array.from(el.querySelectorAll('dt')).map((dt) => [text(dt), text(dt.nextElementSibling)]);

/** The Dutch weekday of a day key (the test must not assume which weekday 15 July is). */
function weekdayNl(key: string): string {
  return new Intl.DateTimeFormat('nl', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${key}T12:00:00Z`));
}
