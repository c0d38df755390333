import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { KEEP, ProgressiveList } from '../../src/calendar/progressive.js';
import { drain, prepareSteps, splitByTime } from '../../src/calendar/model.js';
import { parseFeed, registerList } from '../../src/feed/parse.js';
import { events as eventSchema } from '../../src/feed/contract.generated.js';
import type { Feed } from '../../src/feed/schema.js';

/** A list of 300 numbers in groups of 50, drawn through ProgressiveList, each item slow to draw (0.5 ms). */
class SlowList extends LitElement {
  list = new ProgressiveList(this);
  items = Array.from({ length: 300 }, (_, i) => i);
  renders: number[] = [];
  /** How many times each item was drawn. */
  drawn = new Map<number, number>();
  updates = 0;
  constructor() {
    super();
    this.list.reset(true);
  }
  item(n: number) {
    this.drawn.set(n, (this.drawn.get(n) ?? 0) + 1);
    const until = performance.now() + 0.5;
    while (performance.now() < until);
    return html`<li>${n}</li>`;
  }
  override render() {
    const [shown = []] = this.list.take([this.items, Infinity]);
    const groups: number[][] = [];
    for (let i = 0; i < shown.length; i += 50) groups.push(shown.slice(i, i + 50));
    return html`${groups.map((g, i) => {
      const kept = this.list.kept(String(i), g.length);
      if (kept === g.length) return KEEP;
      this.renders[i] = (this.renders[i] ?? 0) + 1;
      return html`<ul>${g.map((n, j) => (j < kept ? KEEP : this.item(n)))}</ul>`;
    })}`;
  }
  override updated() {
    this.updates++;
  }
}
customElements.define('test-slow-list', SlowList);

describe('progressive list', () => {
  it('starts with a few items, grows task by task, and leaves groups already drawn alone', async () => {
    const el = await fixture<SlowList>(html`<test-slow-list></test-slow-list>`);
    expect(el.shadowRoot!.querySelectorAll('li').length).to.be.below(300);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('li').length === 300, 'all items', { timeout: 10_000 });
    expect(el.updates).to.be.at.least(3);
    // The first group is drawn while it fills (chunks of at least 20), then kept as it is while the rest grows.
    expect(el.renders[0]).to.be.at.most(4);
    expect(el.updates - el.renders[0]!).to.be.at.least(2);
    expect(el.shadowRoot!.textContent!.replace(/\s/g, '').length).to.equal(
      el.items.join('').length,
      'every item once, in order',
    );
    // A group cut by a chunk's end keeps the items it had: while the list grows, each item is drawn once.
    expect(
      [...el.drawn].filter(([, times]) => times > 1),
      'items drawn again',
    ).to.deep.equal([]);
    // An update that is not growth draws everything again (the items may depend on any state).
    const before = el.renders[0]!;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.renders[0]).to.equal(before + 1);
    // Unless it only changes what is around the list (keep), and until the list starts over (reset).
    el.list.keep();
    el.requestUpdate();
    await el.updateComplete;
    expect(el.renders[0], 'kept').to.equal(before + 1);
    el.list.keep();
    el.list.reset(false);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.renders[0], 'drawn again after a reset').to.equal(before + 2);
  });

  it('grows a chunk to at most twice the last one, however cheap the last one was', async () => {
    // Sized by the cost of the last chunk alone, the free items would make the next chunk 500 items: 150 ms of
    // drawing in one task (on a phone, a chunk of 20 items in 2 ms was followed by 333 items in 71 ms).
    const el = await fixture<UnevenList>(html`<test-uneven-list></test-uneven-list>`);
    await waitUntil(() => el.counts.at(-1) === 1000, 'all items', { timeout: 10_000 });
    const added = el.counts.map((n, i) => n - (el.counts[i - 1] ?? 0));
    for (let i = 1; i < added.length - 1; i++)
      expect(added[i], `chunk ${i} of ${added.join(', ')}`).to.be.at.most(Math.max(20, 2 * added[i - 1]!));
  });
});

/** 1,000 items of which the first 200 cost nothing to draw and the rest 0.3 ms: a chunk that happened to be cheap. */
class UnevenList extends LitElement {
  list = new ProgressiveList(this);
  items = Array.from({ length: 1000 }, (_, i) => i);
  counts: number[] = [];
  constructor() {
    super();
    this.list.reset(true);
  }
  override render() {
    const [shown = []] = this.list.take([this.items, Infinity]);
    return html`${shown.map((n) => {
      const until = performance.now() + (n < 200 ? 0 : 0.3);
      while (performance.now() < until);
      return html`<li>${n}</li>`;
    })}`;
  }
  override updated() {
    this.counts.push(this.shadowRoot!.querySelectorAll('li').length);
  }
}
customElements.define('test-uneven-list', UnevenList);

describe('prepareSteps', () => {
  it('pauses between slices of a long feed and gives what it gives straight through', () => {
    registerList('events', eventSchema);
    const day = 86_400_000;
    const events = Array.from({ length: 1000 }, (_, i) => ({
      id: `e${i}`,
      title: `Activiteit ${i}`,
      start:
        i % 10 === 0
          ? new Date(Date.now() + (i - 500) * day).toISOString().slice(0, 10)
          : new Date(Date.now() + (i - 500) * day).toISOString().replace(/\.\d+Z$/, 'Z'),
      themes: [i % 2 ? 'a' : 'b'],
    }));
    const result = parseFeed({ version: 1, network: { id: 'n', name: 'N', url: 'https://n.example' }, events });
    if (!result.ok) throw new Error(result.error);
    const feed: Feed = result.feed;
    const pre = { theme: [], audience: [], level: [], strand: [] };
    const now = Date.now();
    const steps = prepareSteps(feed, pre, true, now);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(pauses).to.be.at.least(5);
    const d = r.value;
    const straight = drain(prepareSteps(feed, pre, true, now));
    expect(d.upcoming.map((e) => e.id)).to.deep.equal(straight.upcoming.map((e) => e.id));
    expect(d.past.map((e) => e.id)).to.deep.equal(straight.past.map((e) => e.id));
    const split = splitByTime(feed.events, now, feed.network.timeZone);
    expect(d.upcoming).to.deep.equal(split.upcoming);
    expect(d.ended).to.deep.equal(split.past);
    expect(d.options.theme.map((o) => o.id).sort()).to.deep.equal(['a', 'b']);
  });
});
