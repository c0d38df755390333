import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { SomElement } from '../../src/core/som-element.js';
import '../../src/core/som-feed.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { define } from '../../src/core/define.js';
import { registerList } from '../../src/feed/parse.js';
import { events } from '../../src/feed/contract.generated.js';

registerList('events', events);
import { brokenFeedUrl, emptyFeed, feedUrl, staleFeedUrl } from '../../storybook/helpers.js';
import { axeViolations, settle } from '../helpers.js';

/** The smallest widget: it shows how many events the feed has. */
class TestWidget extends SomElement {
  protected override render() {
    return this.renderFeed(({ feed }) => `${feed.events.length} events, ${this.ui}`);
  }
}
define('test-widget', TestWidget);

const feed = emptyFeed({
  events: [
    { id: 'a', title: 'A', start: '2027-01-01' },
    { id: 'b', title: 'B', start: '2027-01-02' },
  ],
});
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('SomElement, FeedController and <som-feed>', () => {
  beforeEach(() => clearFeedCache());

  it('loads from its own src and fires som-feed-load', async () => {
    const url = feedUrl(feed);
    const el = document.createElement('test-widget') as TestWidget;
    el.src = url;
    setTimeout(() => document.body.append(el));
    const ev = await oneEvent(document, 'som-feed-load');
    expect(ev.detail).to.deep.equal({ itemCount: 2, stale: false });
    await settle(el);
    expect(text(el)).to.equal('2 events, nl');
    el.remove();
  });

  it('shows loading with reserved space, then the content', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src=${feedUrl(feed)}></test-widget>`);
    const loading = el.shadowRoot!.querySelector('[role=status]') as HTMLElement | null;
    if (loading) {
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(loading.getBoundingClientRect().height).to.be.greaterThan(100);
    }
    await settle(el);
    expect(text(el)).to.contain('2 events');
  });

  it('takes the feed from a surrounding <som-feed>, which reports once', async () => {
    const url = feedUrl(feed);
    let loads = 0;
    const count = () => loads++;
    document.addEventListener('som-feed-load', count);
    const wrapper = await fixture(
      html`<som-feed src=${url}><test-widget></test-widget><test-widget lang="fr"></test-widget></som-feed>`,
    );
    const [a, b] = Array.from(wrapper.querySelectorAll('test-widget'));
    await settle(wrapper);
    document.removeEventListener('som-feed-load', count);
    expect(text(a!)).to.equal('2 events, nl');
    expect(text(b!)).to.equal('2 events, fr');
    expect(loads).to.equal(1);
  });

  it('shows the error message and the fallback content, and offers a retry', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget lang="en" src=${brokenFeedUrl()}><a href="https://samenonderwijsmaken.example/kalender">Kalender</a></test-widget>`,
    );
    await settle(el);
    // The English state texts are a chunk of their own: on a busy machine they may land after the page settled.
    await waitUntil(() => text(el).includes('Try again'), 'English texts', { timeout: 5000 }).catch(() => {});
    expect(text(el)).to.contain('This content cannot be loaded right now.');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Kalender');
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Try again');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('fires som-feed-error with the message', async () => {
    const el = document.createElement('test-widget') as TestWidget;
    el.src = brokenFeedUrl();
    setTimeout(() => document.body.append(el));
    const ev = await oneEvent(document, 'som-feed-error');
    expect(ev.detail.message).to.match(/not valid JSON/);
    el.remove();
  });

  it('says so when there is no source at all', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    await settle(el);
    expect(text(el)).to.contain('Er is geen bron (src) opgegeven.');
  });

  it('shows a stale copy with a quiet note', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="nl" src=${staleFeedUrl(feed)}></test-widget>`);
    await settle(el, 8000);
    expect(text(el)).to.match(/2 events.*Mogelijk niet actueel: laatst bijgewerkt op/);
  });

  it('fires som-feed-warning for skipped items', async () => {
    const el = document.createElement('test-widget') as TestWidget;
    el.src = feedUrl(
      emptyFeed({
        events: [
          { id: 'a', title: 'A', start: '2027-01-01' },
          { id: 'b', title: 'B' },
        ],
      }),
    );
    setTimeout(() => document.body.append(el));
    const ev = await oneEvent(document, 'som-feed-warning');
    expect(ev.detail.problems[0].id).to.equal('b');
    el.remove();
  });

  it('re-renders when lang changes and when src changes', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src=${feedUrl(feed)}></test-widget>`);
    await settle(el);
    el.setAttribute('lang', 'de');
    await settle(el);
    expect(text(el)).to.equal('2 events, de');
    el.src = feedUrl(emptyFeed({ events: [{ id: 'c', title: 'C', start: '2027-01-03' }] }));
    await settle(el);
    expect(text(el)).to.equal('1 events, de');
  });

  it('defines elements idempotently', () => {
    expect(() => define('som-feed', class extends HTMLElement {})).not.to.throw();
  });
});
