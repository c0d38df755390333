import { expect, html } from '@open-wc/testing';
import '../../src/stories/index.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { brokenFeedUrl, demoFeed, feedUrl, staleFeedUrl } from '../../storybook/helpers.js';
import { axeViolations, settle } from '../helpers.js';
import { cards, mount, shadow, tabStops, text } from './fixture.js';

describe('<som-story-card>', () => {
  let url: string;
  let feed: Record<string, unknown>;
  before(async () => {
    feed = await demoFeed();
    url = feedUrl(feed);
  });
  beforeEach(() => clearFeedCache());

  it('shows one story by id, with one link to the full story', async () => {
    const el = await mount(html`<som-story-card src=${url} story="dissident-daagt-uit"></som-story-card>`, 400);
    const [card] = cards(el);
    expect(cards(el)).to.have.length(1);
    expect(text(card!.querySelector('h3'))).to.equal('Theatervoorstelling Dissident daagt het Leuvense onderwijs uit');
    const story = (feed.stories as Record<string, unknown>[]).find((s) => s.id === 'dissident-daagt-uit')!;
    expect(tabStops(card!).map((a) => (a as HTMLAnchorElement).href)).to.deep.equal([story.url]);
    expect(text(card!.querySelector('time'))).to.equal('14 maart 2023');
    expect(card!.querySelector('time')!.getAttribute('datetime')).to.equal('2023-03-14');
    expect(shadow(el).querySelector('ul:not([part=tags])')).to.be.null; // a card alone is not a list
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('follows heading-level', async () => {
    const el = await mount(
      html`<som-story-card src=${url} story="dissident-daagt-uit" heading-level="2"></som-story-card>`,
    );
    expect(cards(el)[0]!.querySelector('.title')!.tagName).to.equal('H2');
  });

  it('shows the story in the language asked for when the feed has it', async () => {
    const el = await mount(html`<som-story-card src=${url} story="dissident-daagt-uit" lang="en"></som-story-card>`);
    expect(text(shadow(el).querySelector('.title'))).to.equal('The play Dissident challenges Leuven education');
    expect(text(shadow(el).querySelector('[part=meta]'))).to.contain('4 min read');
  });

  it('says clearly when the story is not in the feed, and shows its fallback', async () => {
    const el = await mount(
      html`<som-story-card src=${url} story="bestaat-niet"><a href="https://samenonderwijsmaken.example/storys">Alle verhalen</a></som-story-card>`,
    );
    expect(text(shadow(el).querySelector('[part=error]'))).to.equal('Dit verhaal is niet (meer) beschikbaar.');
    expect(shadow(el).querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Alle verhalen');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('switches story at run time', async () => {
    const el = await mount(html`<som-story-card src=${url} story="bestaat-niet"></som-story-card>`);
    el.setAttribute('story', 'toekomstatelier-leuven');
    await settle(el);
    expect(text(shadow(el).querySelector('.title'))).to.match(/^Toekomstatelier Leuven/);
  });

  it('shows the feed error with its fallback, and a stale copy with a note', async () => {
    const broken = await mount(
      html`<som-story-card src=${brokenFeedUrl()} story="dissident-daagt-uit"><a href="https://samenonderwijsmaken.example/storys">Lees het verhaal</a></som-story-card>`,
    );
    expect(shadow(broken).querySelector('[part=error]')).to.exist;
    expect(shadow(broken).querySelector('slot')!.assignedElements()).to.have.length(1);
    const stale = await mount(
      html`<som-story-card src=${staleFeedUrl(feed)} story="dissident-daagt-uit"></som-story-card>`,
    );
    expect(cards(stale)).to.have.length(1);
    expect(shadow(stale).querySelector('[part=stale]')).to.exist;
  });
});
