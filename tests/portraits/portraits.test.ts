import { expect, html } from '@open-wc/testing';
import '../../src/portraits/index.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { brokenFeedUrl, demoFeed, emptyFeed, feedUrl, staleFeedUrl } from '../../storybook/helpers.js';
import { axeViolations, settle } from '../helpers.js';
import { cards, deepActive, mount, shadow, tabStops, text, titles, waitFor, withList } from '../stories/fixture.js';

type Json = Record<string, unknown>;
let feed: Json;
let url: string;
const card = (el: Element, name: string) => cards(el).find((c) => text(c.querySelector('.title')) === name)!;

describe('<som-portrait-list>', () => {
  before(async () => {
    feed = await demoFeed();
    url = feedUrl(feed);
  });
  beforeEach(() => clearFeedCache());

  it('shows every portrait newest first', async () => {
    const el = await mount(html`<som-portrait-list src=${url}></som-portrait-list>`);
    expect(titles(el)).to.deep.equal(['Samira', 'Hanne', 'Ellen', 'Pieter', 'Yasmine', 'Tom', 'Lore', 'Nora']);
    expect(shadow(el).querySelector('ul')!.children).to.have.length(8);
  });

  it('pre-filters on levels and themes', async () => {
    const school = await mount(html`<som-portrait-list src=${url} levels="kleuter lager"></som-portrait-list>`);
    expect(titles(school)).to.deep.equal(['Samira', 'Hanne', 'Ellen', 'Pieter', 'Lore', 'Nora']);
    const adults = await mount(html`<som-portrait-list src=${url} levels="volwassenen"></som-portrait-list>`);
    expect(titles(adults)).to.deep.equal(['Tom', 'Lore']);
    const both = await mount(
      html`<som-portrait-list src=${url} levels="hoger" themes="diversiteit"></som-portrait-list>`,
    );
    expect(titles(both)).to.deep.equal(['Pieter', 'Yasmine']);
  });

  it('shows the quote as a figure captioned by the person: name, role and organisation', async () => {
    const el = await mount(html`<som-portrait-list src=${url} levels="kleuter"></som-portrait-list>`);
    const hanne = card(el, 'Hanne');
    const figure = hanne.querySelector('figure')!;
    expect(figure.querySelector('figcaption .title a')!.getAttribute('href')).to.equal(
      'https://samenonderwijsmaken.example/zij-maken-onderwijs/hanne',
    );
    expect(text(figure.querySelector('figcaption [part=meta]'))).to.equal(
      'Opbouwwerker, school–welzijnsproject in Heverlee, SAAMO Vlaams-Brabant',
    );
    expect(text(figure.querySelector('blockquote'))).to.equal(
      'Soms is de belangrijkste hulp dat de koffie klaarstaat en de deur openblijft.',
    );
  });

  it('opens and closes the bio with a disclosure button', async () => {
    const el = await mount(html`<som-portrait-list src=${url} levels="volwassenen"></som-portrait-list>`);
    const tom = card(el, 'Tom');
    const button = tom.querySelector<HTMLButtonElement>('[part=toggle]')!;
    const bio = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
    expect(text(button)).to.equal('Meer over Tom');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(bio.hidden).to.be.true;
    expect(bio.getBoundingClientRect().height).to.equal(0);
    button.click();
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(bio.hidden).to.be.false;
    expect(bio.querySelectorAll('p')).to.have.length(2);
    expect(text(bio.querySelector('p'))).to.match(/^Tom geeft les aan volwassenen/);
    expect(await axeViolations(el)).to.deep.equal([]);
    // The bio is above the card's stretched link, so selecting its text does not follow the link.
    const r = bio.querySelector('p')!.getBoundingClientRect();
    expect(bio.contains(shadow(el).elementFromPoint(r.left + 5, r.top + 5))).to.be.true;
    button.click();
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(bio.hidden).to.be.true;
    // The other card's bio stayed closed throughout.
    expect(card(el, 'Lore').querySelector('[part=toggle]')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('has one link per card (the name) and the bio button as the only other tab stop', async () => {
    const el = await mount(html`<som-portrait-list src=${url}></som-portrait-list>`);
    for (const c of cards(el)) {
      expect(c.querySelectorAll('a')).to.have.length(1);
      expect(tabStops(c).map((e) => e.tagName)).to.deep.equal(['A', 'BUTTON']);
    }
  });

  it('shows initials when there is no photo, or when it fails to load', async () => {
    const el = await mount(html`<som-portrait-list src=${url} levels="volwassenen"></som-portrait-list>`);
    const tom = card(el, 'Tom').querySelector('[part=media]')!;
    expect(tom.querySelector('img')).to.be.null;
    expect(text(tom)).to.equal('T');
    expect(tom.getAttribute('aria-hidden')).to.equal('true');
    const f = withList(feed, 'portraits', (p) => [
      {
        ...p[0],
        name: 'Lore Peeters',
        photo: { src: `${location.origin}/demo/img/weg.jpg`, alt: 'Lore', width: 800, height: 1000 },
      },
    ]);
    const broken = await mount(html`<som-portrait-list src=${feedUrl(f)}></som-portrait-list>`, 400);
    await waitFor(() => !shadow(broken).querySelector('img'), 'the broken photo to be replaced');
    expect(text(shadow(broken).querySelector('[part=media]'))).to.equal('LP');
  });

  it('keeps a square photo box while the photo loads, and never uses a refused photo URL', async () => {
    const el = await mount(html`<som-portrait-list src=${url} limit="2" levels="kleuter"></som-portrait-list>`, 600);
    const box = card(el, 'Hanne').querySelector('[part=media]')!.getBoundingClientRect();
    expect(box.height).to.be.closeTo(box.width, 1);
    expect(card(el, 'Hanne').querySelector('img')!.getAttribute('loading')).to.equal('lazy');
    const f = withList(feed, 'portraits', (p) => [{ ...p[1], photo: { src: 'javascript:alert(1)', alt: 'x' } }]);
    const bad = await mount(html`<som-portrait-list src=${feedUrl(f)}></som-portrait-list>`);
    expect(shadow(bad).querySelector('img')).to.be.null;
  });

  it('shows a portrait without a link as plain text, and "show more" still moves focus to it', async () => {
    const f = withList(feed, 'portraits', (p) => p.map(({ url: _, ...rest }) => rest));
    const el = await mount(html`<som-portrait-list src=${feedUrl(f)} limit="2"></som-portrait-list>`);
    expect(shadow(el).querySelector('a')).to.be.null;
    shadow(el).querySelector<HTMLButtonElement>('[part=more]')!.click();
    await settle(el);
    expect(titles(el)).to.have.length(4);
    expect(deepActive() === cards(el)[2]!.querySelector('.title'), 'focus on the first new card').to.be.true;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows `limit` at a time and focuses the first new portrait', async () => {
    const el = await mount(html`<som-portrait-list src=${url} limit="3"></som-portrait-list>`);
    expect(titles(el)).to.deep.equal(['Samira', 'Hanne', 'Ellen']);
    shadow(el).querySelector<HTMLButtonElement>('[part=more]')!.click();
    await settle(el);
    expect(titles(el)).to.have.length(6);
    expect(deepActive() === card(el, 'Pieter').querySelector('.title a'), 'focus on the first new card').to.be.true;
    expect(text(shadow(el).querySelector('[part=more]'))).to.equal('Meer portretten tonen');
  });

  it('compact: names, roles and organisations only', async () => {
    const el = await mount(html`<som-portrait-list src=${url} layout="compact" limit="2"></som-portrait-list>`, 300);
    const c = cards(el)[0]!;
    expect(c.querySelector('[part=media], figure, [part=toggle]')).to.be.null;
    expect(text(c)).to.equal('SamiraBrugfiguur in een Leuvense basisschool, Stad Leuven, brugfigurenwerking');
  });

  for (const layout of ['grid', 'list', 'compact']) {
    for (const width of [320, 1000]) {
      it(`${layout} at ${width}px has no axe violation and fits`, async () => {
        const el = await mount(
          html`<som-portrait-list src=${url} layout=${layout} limit="4"></som-portrait-list>`,
          width,
        );
        expect(await axeViolations(el)).to.deep.equal([]);
        expect(shadow(el).querySelector('ul')!.scrollWidth).to.be.at.most(width);
      });
    }
  }

  describe('states', () => {
    it('loading: says so, with skeleton cards in the space the portraits will take', async () => {
      const el = await mount(
        html`<som-feed><div data-stay-busy><som-portrait-list limit="2"></som-portrait-list></div></som-feed>`,
      );
      const status = shadow(el.querySelector('som-portrait-list')!).querySelector('[role=status]')!;
      expect(status.getAttribute('aria-busy')).to.equal('true');
      expect(text(status)).to.equal('Bezig met laden…');
      expect(status.querySelectorAll('li')).to.have.length(2);
      expect(status.getBoundingClientRect().height).to.be.greaterThan(300);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('empty: a friendly message and a link to the network', async () => {
      const el = await mount(html`<som-portrait-list src=${feedUrl(emptyFeed())}></som-portrait-list>`);
      expect(text(shadow(el).querySelector('[part=empty] p'))).to.equal('Er zijn nog geen portretten.');
      expect(shadow(el).querySelector<HTMLAnchorElement>('[part=empty] a')!.href).to.equal(
        'https://samenonderwijsmaken.example/',
      );
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('filtered to nothing: says nothing matches', async () => {
      const el = await mount(html`<som-portrait-list src=${url} levels="dko"></som-portrait-list>`);
      expect(text(shadow(el).querySelector('[part=empty] p'))).to.equal(
        'Er zijn nog geen portretten die hierbij passen.',
      );
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('error: the message and the fallback content', async () => {
      const el = await mount(
        html`<som-portrait-list src=${brokenFeedUrl()}><a href="https://samenonderwijsmaken.example/zij-maken-onderwijs">Zij maken onderwijs</a></som-portrait-list>`,
      );
      expect(shadow(el).querySelector('[part=error]')).to.exist;
      expect(shadow(el).querySelector<HTMLSlotElement>('slot:not([name])')!.assignedElements()).to.have.length(1);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('stale: the last good portraits, with a note', async () => {
      const el = await mount(html`<som-portrait-list src=${staleFeedUrl(feed)} limit="1"></som-portrait-list>`);
      expect(titles(el)).to.deep.equal(['Samira']);
      expect(shadow(el).querySelector('[part=stale]')).to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  it('speaks French, German and English, with the feed text in the closest language it has', async () => {
    const el = await mount(html`<som-portrait-list src=${url} lang="fr" levels="kleuter"></som-portrait-list>`);
    const hanne = card(el, 'Hanne');
    expect(text(hanne.querySelector('blockquote'))).to.match(/^Parfois, l'aide la plus importante/);
    expect(text(hanne.querySelector('[part=toggle]'))).to.equal('En savoir plus sur Hanne');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(text(card(el, 'Hanne').querySelector('[part=toggle]'))).to.equal('More about Hanne');
    expect(text(card(el, 'Samira').querySelector('blockquote'))).to.equal(
      'Parents are not hard to reach. We just have to stand in the right place.',
    );
    el.setAttribute('lang', 'de');
    await settle(el);
    expect(text(card(el, 'Hanne').querySelector('[part=toggle]'))).to.equal('Mehr über Hanne');
  });
});

describe('<som-portrait-card>', () => {
  let url: string;
  before(async () => {
    url = feedUrl(await demoFeed());
  });

  it('shows one portrait by id, at the heading level asked for', async () => {
    const el = await mount(
      html`<som-portrait-card src=${url} portrait="lore-coordinator" heading-level="4"></som-portrait-card>`,
      360,
    );
    expect(cards(el)).to.have.length(1);
    expect(cards(el)[0]!.querySelector('figcaption h4')!.textContent).to.equal('Lore');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('says clearly when the portrait is not in the feed, and shows its fallback', async () => {
    const el = await mount(
      html`<som-portrait-card src=${url} portrait="niemand"><a href="https://samenonderwijsmaken.example/zij-maken-onderwijs">Alle portretten</a></som-portrait-card>`,
    );
    expect(text(shadow(el).querySelector('[part=error]'))).to.equal('Dit portret is niet (meer) beschikbaar.');
    expect(shadow(el).querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Alle portretten');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows a portrait with only a bio, without an empty quote', async () => {
    const f = withList(await demoFeed(), 'portraits', (p) => [{ ...p[0], quote: undefined }]);
    const el = await mount(html`<som-portrait-card src=${feedUrl(f)} portrait="lore-coordinator"></som-portrait-card>`);
    expect(shadow(el).querySelector('figure')).to.be.null;
    expect(text(shadow(el).querySelector('.title'))).to.equal('Lore');
    expect(shadow(el).querySelector('[part=toggle]')).to.exist;
  });
});
