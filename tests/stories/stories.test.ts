import { expect, html } from '@open-wc/testing';
import '../../src/stories/index.js';
import type { SomStoryList } from '../../src/stories/index.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { brokenFeedUrl, demoFeed, emptyFeed, feedUrl, staleFeedUrl } from '../../storybook/helpers.js';
import { axeViolations, settle } from '../helpers.js';
import { cards, deepActive, mount, shadow, tabStops, text, titles, waitFor, withList } from './fixture.js';

type Json = Record<string, unknown>;
let feed: Json;
let url: string;

/** The demo feed's stories, newest first (the file lists them oldest first). */
const NEWEST = [
  'brugfiguren-in-elke-basisschool',
  'toekomstatelier-leuven',
  'podcast-unelma-ouders',
  'erfgoedprojecten-scholen',
];
const hrefs = (el: Element) => cards(el).map((c) => c.querySelector('a')!.getAttribute('href'));
const urlOf = (id: string) => (feed.stories as Json[]).find((s) => s.id === id)!.url as string;

describe('<som-story-list>', () => {
  before(async () => {
    feed = await demoFeed();
    url = feedUrl(feed);
  });
  beforeEach(() => clearFeedCache());

  it('shows every story newest first, as a real list of articles', async () => {
    const el = await mount<SomStoryList>(html`<som-story-list src=${url}></som-story-list>`);
    expect(cards(el)).to.have.length(11);
    expect(hrefs(el).slice(0, 4)).to.deep.equal(NEWEST.map(urlOf));
    const dates = cards(el).map((c) => c.querySelector('time')!.getAttribute('datetime')!);
    expect([...dates].sort().reverse()).to.deep.equal(dates);
    const ul = shadow(el).querySelector('ul')!;
    expect(ul.getAttribute('role')).to.equal('list');
    expect(ul.querySelectorAll(':scope > li > article')).to.have.length(11);
  });

  it('waits for ICU before its first cards, once: a list moved in the page keeps its cards', async () => {
    const el = await mount<SomStoryList>(html`<som-story-list src=${url} limit="3"></som-story-list>`);
    expect(cards(el)).to.have.length(3);
    const first = cards(el)[0];
    const other = document.createElement('div');
    document.body.append(other);
    try {
      other.append(el); // disconnected and connected again
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(shadow(el).querySelector('[part=loading]'), 'no placeholder in between').to.equal(null);
      expect(cards(el)[0] === first, 'the same card').to.equal(true);
    } finally {
      other.remove();
    }
  });

  it('shows title, kind, date, reading time, teaser and labels from the taxonomies', async () => {
    const el = await mount<SomStoryList>(html`<som-story-list src=${url} limit="3"></som-story-list>`);
    const [news, , podcast] = cards(el);
    expect(text(news!.querySelector('.title'))).to.equal(
      'Een brugfiguur in elke Leuvense basisschool: de eerste balans',
    );
    expect(text(news!.querySelector('[part=badge]'))).to.equal('Nieuws');
    expect(text(news!.querySelector('time'))).to.equal('15 september 2026');
    expect(text(news!.querySelector('[part=meta]'))).to.contain('3 min lezen');
    expect(text(news)).to.contain('Sinds enkele jaren heeft elke basisschool');
    expect(Array.from(news!.querySelectorAll('[part=tags] li')).map(text)).to.deep.equal([
      'Community',
      'Onderwijs en welzijn',
      'Ouderbetrokkenheid',
    ]);
    // A podcast's minutes are its length, not a reading time.
    expect(text(podcast!.querySelector('[part=badge]'))).to.equal('Podcast');
    expect(text(podcast!.querySelector('[part=meta]'))).to.match(/28 min$/);
  });

  it('shows an unknown theme id as itself', async () => {
    const f = withList(feed, 'stories', (s) => [{ ...s[0], themes: ['nieuw-thema'], strand: undefined }]);
    const el = await mount<SomStoryList>(html`<som-story-list src=${feedUrl(f)}></som-story-list>`);
    expect(text(shadow(el).querySelector('[part=tags]'))).to.equal('nieuw-thema');
  });

  it('pre-filters on themes, strands and kinds (any id within one attribute, all attributes together)', async () => {
    const kinds = await mount<SomStoryList>(html`<som-story-list src=${url} kinds="news report"></som-story-list>`);
    expect(cards(kinds).map((c) => text(c.querySelector('[part=badge]')))).to.deep.equal([
      'Nieuws',
      'Verslag',
      'Nieuws',
    ]);
    const strands = await mount<SomStoryList>(html`<som-story-list src=${url} strands="labo"></som-story-list>`);
    expect(cards(strands)).to.have.length(3);
    const themes = await mount<SomStoryList>(
      html`<som-story-list src=${url} themes="cultuur-erfgoed partnerschappen"></som-story-list>`,
    );
    expect(hrefs(themes)).to.deep.equal(
      ['toekomstatelier-leuven', 'erfgoedprojecten-scholen', 'campus-corso-permanente-beurs'].map(urlOf),
    );
    const both = await mount<SomStoryList>(
      html`<som-story-list src=${url} strands="studio" themes="diversiteit"></som-story-list>`,
    );
    expect(hrefs(both)).to.deep.equal([urlOf('toekomstatelier-leuven')]);
    // A story without a kind is a "story".
    const stories = await mount<SomStoryList>(
      html`<som-story-list src=${feedUrl(withList(feed, 'stories', (s) => s.map(({ kind: _, ...rest }) => rest)))} kinds="story"></som-story-list>`,
    );
    expect(cards(stories)).to.have.length(11);
  });

  it('applies changed filters at run time', async () => {
    const el = await mount<SomStoryList>(html`<som-story-list src=${url} kinds="video"></som-story-list>`);
    expect(cards(el)).to.have.length(1);
    el.setAttribute('kinds', 'video podcast');
    await settle(el);
    expect(cards(el)).to.have.length(2);
  });

  it('shows `limit` stories, then more per press of "show more", moving focus to the first new one', async () => {
    const el = await mount<SomStoryList>(html`<som-story-list src=${url} limit="4"></som-story-list>`);
    expect(cards(el)).to.have.length(4);
    const more = () => shadow(el).querySelector<HTMLButtonElement>('[part=more]');
    expect(text(more())).to.equal('Meer verhalen tonen');
    more()!.focus();
    more()!.click();
    await settle(el);
    expect(cards(el)).to.have.length(8);
    expect(deepActive() === cards(el)[4]!.querySelector('.title a'), 'focus on the first new card').to.be.true;
    more()!.click();
    await settle(el);
    expect(cards(el)).to.have.length(11);
    expect(deepActive() === cards(el)[8]!.querySelector('.title a'), 'focus on the first new card').to.be.true;
    expect(more()).to.be.null;
  });

  it('has exactly one link per card, in its title, and one tab stop', async () => {
    const el = await mount<SomStoryList>(html`<som-story-list src=${url}></som-story-list>`);
    for (const card of cards(el)) {
      const links = card.querySelectorAll('a');
      expect(links).to.have.length(1);
      expect(links[0]!.closest('.title')).to.exist;
      expect(tabStops(card).length === 1 && tabStops(card)[0] === links[0], 'the link is the only tab stop').to.be.true;
    }
  });

  it('makes the whole card clickable through the title link', async () => {
    const el = await mount<SomStoryList>(html`<som-story-list src=${url} limit="1"></som-story-list>`);
    const card = cards(el)[0]!;
    const teaser = card.querySelector('[part=body] > p:not([part])')!.getBoundingClientRect();
    const hit = shadow(el).elementFromPoint(teaser.left + 5, teaser.top + 5);
    expect(hit === card.querySelector('.title a'), 'the link covers the teaser').to.be.true;
    const media = card.querySelector('[part=media]')!.getBoundingClientRect();
    expect(
      shadow(el).elementFromPoint(media.left + 10, media.top + 10) === card.querySelector('.title a'),
      'the link covers the image',
    ).to.be.true;
  });

  describe('heading levels', () => {
    const level = (el: Element) => cards(el)[0]!.querySelector('.title')!.tagName;
    it('uses h3 by default', async () => {
      expect(level(await mount(html`<som-story-list src=${url} limit="1"></som-story-list>`))).to.equal('H3');
    });
    it('follows heading-level, kept between 2 and 6', async () => {
      expect(
        level(await mount(html`<som-story-list src=${url} limit="1" heading-level="2"></som-story-list>`)),
      ).to.equal('H2');
      expect(
        level(await mount(html`<som-story-list src=${url} limit="1" heading-level="5"></som-story-list>`)),
      ).to.equal('H5');
      expect(
        level(await mount(html`<som-story-list src=${url} limit="1" heading-level="1"></som-story-list>`)),
      ).to.equal('H2');
      expect(
        level(await mount(html`<som-story-list src=${url} limit="1" heading-level="9"></som-story-list>`)),
      ).to.equal('H6');
      expect(
        level(await mount(html`<som-story-list src=${url} limit="1" heading-level="drie"></som-story-list>`)),
      ).to.equal('H3');
    });
    it('goes one level below a slotted heading, which also names the list', async () => {
      const el = await mount(
        html`<som-story-list src=${url} limit="1"><h4 slot="heading">Nieuws uit het netwerk</h4></som-story-list>`,
      );
      expect(level(el)).to.equal('H5');
      expect(shadow(el).querySelector('ul')!.getAttribute('aria-label')).to.equal('Nieuws uit het netwerk');
      const explicit = await mount(
        html`<som-story-list src=${url} limit="1" heading-level="3"><h2 slot="heading">Verhalen</h2></som-story-list>`,
      );
      expect(level(explicit)).to.equal('H3');
    });
    it('changes level at run time', async () => {
      const el = await mount(html`<som-story-list src=${url} limit="1"></som-story-list>`);
      el.setAttribute('heading-level', '4');
      await settle(el);
      expect(level(el)).to.equal('H4');
    });
  });

  describe('images', () => {
    it('loads images lazily in a box whose size is known before the image arrives', async () => {
      const el = await mount(html`<som-story-list src=${url} limit="3"></som-story-list>`, 900);
      const img = cards(el)[0]!.querySelector('img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('height')).to.equal('800');
      expect(img.alt).to.equal('Illustratie: een boogbrug tussen twee groene oevers');
      const box = cards(el)[0]!.querySelector('[part=media]')!.getBoundingClientRect();
      expect(box.height).to.be.closeTo((box.width * 2) / 3, 1);
    });

    it('shows the kind placeholder for a story without an image', async () => {
      const el = await mount(html`<som-story-list src=${url} kinds="story"></som-story-list>`);
      const noImage = cards(el).find((c) => c.querySelector('a')!.href === urlOf('som-start-2023-netwerken'))!;
      const media = noImage.querySelector('[part=media]')!;
      expect(media.querySelector('img')).to.be.null;
      expect(media.querySelector('svg path')).to.exist;
      expect(media.getAttribute('aria-hidden')).to.equal('true');
    });

    it('swaps an image that fails to load for the placeholder, in the same space', async () => {
      const f = withList(feed, 'stories', (s) => [
        { ...s[0], image: { src: `${location.origin}/demo/img/missing.png`, alt: 'Weg', width: 1200, height: 800 } },
      ]);
      const el = await mount(html`<som-story-list src=${feedUrl(f)}></som-story-list>`, 600);
      const before = cards(el)[0]!.querySelector('[part=media]')!.getBoundingClientRect().height;
      await waitFor(() => !shadow(el).querySelector('img'), 'the broken image to be replaced');
      const media = cards(el)[0]!.querySelector('[part=media]')!;
      expect(media.classList.contains('ph')).to.be.true;
      expect(media.getBoundingClientRect().height).to.equal(before);
    });

    it('never puts an image URL the feed refuses (javascript:, data:, relative) into an <img>', async () => {
      const bad = [
        'javascript:alert(1)',
        'data:image/svg+xml,<svg onload=alert(1)>',
        '/demo/img/brug.svg',
        'java\tscript:alert(1)',
      ];
      const f = withList(feed, 'stories', (s) =>
        bad.map((src, i) => ({ ...s[0], id: `bad-${i}`, image: { src, alt: 'x' } })),
      );
      const el = await mount(html`<som-story-list src=${feedUrl(f)}></som-story-list>`);
      expect(cards(el)).to.have.length(4);
      expect(shadow(el).querySelectorAll('img')).to.have.length(0);
      expect(shadow(el).querySelectorAll('.ph')).to.have.length(4);
    });
  });

  describe('layouts', () => {
    const columns = (el: Element) => new Set(cards(el).map((c) => Math.round(c.getBoundingClientRect().left))).size;

    it('grid: one to three columns by the width it gets', async () => {
      expect(columns(await mount(html`<som-story-list src=${url} limit="3"></som-story-list>`, 300))).to.equal(1);
      expect(columns(await mount(html`<som-story-list src=${url} limit="3"></som-story-list>`, 560))).to.equal(2);
      expect(columns(await mount(html`<som-story-list src=${url} limit="3"></som-story-list>`, 900))).to.equal(3);
    });

    it('list: image beside the text when wide, above it when narrow', async () => {
      const wide = await mount(html`<som-story-list src=${url} layout="list" limit="2"></som-story-list>`, 800);
      const [media, body] = ['media', 'body'].map((p) =>
        cards(wide)[0]!.querySelector(`[part=${p}]`)!.getBoundingClientRect(),
      );
      expect(media!.right).to.be.at.most(body!.left);
      expect(columns(wide)).to.equal(1);
      const narrow = await mount(html`<som-story-list src=${url} layout="list" limit="2"></som-story-list>`, 300);
      const [m2, b2] = ['media', 'body'].map((p) =>
        cards(narrow)[0]!.querySelector(`[part=${p}]`)!.getBoundingClientRect(),
      );
      expect(m2!.bottom).to.be.at.most(b2!.top + 1);
    });

    it('compact: titles and dates only', async () => {
      const el = await mount(html`<som-story-list src=${url} layout="compact" limit="3"></som-story-list>`, 300);
      const card = cards(el)[0]!;
      expect(card.querySelector('[part=media], [part=badge], [part=tags]')).to.be.null;
      expect(card.innerText.split('\n').filter(Boolean)).to.deep.equal([
        'Een brugfiguur in elke Leuvense basisschool: de eerste balans',
        '15 september 2026',
      ]);
    });

    it('treats an unknown layout as grid', async () => {
      const el = await mount(html`<som-story-list src=${url} layout="carousel" limit="1"></som-story-list>`);
      expect(shadow(el).querySelector('ul')!.className).to.equal('grid');
    });

    for (const layout of ['grid', 'list', 'compact']) {
      for (const width of [320, 1000]) {
        it(`${layout} at ${width}px has no axe violation and fits`, async () => {
          const el = await mount(html`<som-story-list src=${url} layout=${layout} limit="4"></som-story-list>`, width);
          expect(await axeViolations(el)).to.deep.equal([]);
          expect(shadow(el).querySelector('ul')!.scrollWidth).to.be.at.most(width);
        });
      }
    }
  });

  describe('states', () => {
    it('loading: says so, with skeleton cards in the layout the stories will have', async () => {
      const el = await mount(
        html`<som-feed><div data-stay-busy><som-story-list limit="4"></som-story-list></div></som-feed>`,
        1000,
      );
      const status = shadow(el.querySelector('som-story-list')!).querySelector('[role=status]')!;
      expect(status.getAttribute('aria-busy')).to.equal('true');
      expect(text(status)).to.equal('Bezig met laden…');
      expect(status.querySelector('ul')!.getAttribute('aria-hidden')).to.equal('true');
      const skeleton = Array.from(status.querySelectorAll('li'));
      expect(skeleton).to.have.length(4);
      expect(new Set(skeleton.map((li) => li.getBoundingClientRect().left)).size).to.equal(3); // three columns, as the cards
      expect(status.getBoundingClientRect().height).to.be.greaterThan(300);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('loading in the compact layout: short lines, as many as the limit (at most six)', async () => {
      const el = await mount(
        html`<som-feed><div data-stay-busy><som-story-list layout="compact" limit="8"></som-story-list></div></som-feed>`,
        300,
      );
      const status = shadow(el.querySelector('som-story-list')!).querySelector('[role=status]')!;
      expect(status.querySelectorAll('li')).to.have.length(6);
      expect(status.querySelector('.media')).to.be.null;
    });

    it('empty: a friendly message and a link to the network', async () => {
      const el = await mount(html`<som-story-list src=${feedUrl(emptyFeed())}></som-story-list>`);
      const empty = shadow(el).querySelector('[part=empty]')!;
      expect((empty as HTMLElement).innerText.split('\n').filter(Boolean)).to.deep.equal([
        'Er zijn nog geen verhalen.',
        'Ga naar Samen Onderwijs Maken',
      ]);
      expect(empty.querySelector('a')!.href).to.equal('https://samenonderwijsmaken.example/');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('filtered to nothing: says nothing matches', async () => {
      const el = await mount(html`<som-story-list src=${url} themes="bestaat-niet"></som-story-list>`);
      expect(text(shadow(el).querySelector('[part=empty] p'))).to.equal(
        'Er zijn nog geen verhalen die hierbij passen.',
      );
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('error: the message, a retry and the fallback content', async () => {
      const el = await mount(
        html`<som-story-list src=${brokenFeedUrl()}><a href="https://samenonderwijsmaken.example/storys">Lees de verhalen</a></som-story-list>`,
      );
      expect(text(shadow(el).querySelector('[part=error]'))).to.contain('Deze inhoud kan nu niet geladen worden.');
      expect(
        shadow(el).querySelector<HTMLSlotElement>('slot:not([name])')!.assignedElements()[0]!.textContent,
      ).to.equal('Lees de verhalen');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('stale: the last good stories, with a note', async () => {
      const el = await mount(html`<som-story-list src=${staleFeedUrl(feed)} limit="2"></som-story-list>`);
      expect(cards(el)).to.have.length(2);
      expect(text(shadow(el).querySelector('[part=stale]'))).to.match(/^Mogelijk niet actueel/);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('languages', () => {
    it('speaks the language of its lang attribute, for interface and content', async () => {
      const el = await mount(html`<som-story-list src=${url} lang="en" limit="2"></som-story-list>`);
      const [news] = cards(el);
      expect(text(news!.querySelector('[part=badge]'))).to.equal('News');
      expect(text(news!.querySelector('time'))).to.equal('15 September 2026');
      expect(text(news!.querySelector('[part=meta]'))).to.contain('3 min read');
      expect(text(shadow(el).querySelector('[part=more]'))).to.equal('Show more stories');
      expect(text(news!.querySelector('[part=tags]'))).to.contain('Education and welfare');
    });

    it('switches language at run time, falling back to the feed text it has', async () => {
      const el = await mount(html`<som-story-list src=${url} kinds="podcast"></som-story-list>`);
      el.setAttribute('lang', 'fr');
      await settle(el);
      const card = cards(el)[0]!;
      expect(text(card.querySelector('time'))).to.equal('18 décembre 2025');
      expect(text(card.querySelector('[part=meta]'))).to.match(/28 min$/);
      el.setAttribute('lang', 'de');
      await settle(el);
      expect(text(cards(el)[0]!.querySelector('[part=meta]'))).to.contain('28 Min.');
      expect(titles(el)[0]).to.equal('Podcast: ouders over zes jaar Unelma'); // no German title: the feed's first language
    });
  });
});
