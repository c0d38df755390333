// A page that loads only a widget script still gets <som-feed>: the widget fetches it when it sits inside one.
// (This file must not import som-feed.js itself.)
import { expect, fixture, html } from '@open-wc/testing';
import { SomElement } from '../../src/core/som-element.js';
import { define } from '../../src/core/define.js';
import { registerList } from '../../src/feed/parse.js';
import { events } from '../../src/feed/contract.generated.js';
import { emptyFeed, feedUrl } from '../../storybook/helpers.js';
import { settle } from '../helpers.js';

registerList('events', events);
class LazyWidget extends SomElement {
  protected override render() {
    return this.renderFeed(({ feed }) => `${feed.events.length} events`);
  }
}
define('lazy-widget', LazyWidget);

describe('<som-feed> loaded on demand', () => {
  it('is not defined by the widget script, and is fetched when a widget sits inside one', async () => {
    expect(customElements.get('som-feed')).to.equal(undefined);
    const url = feedUrl(emptyFeed({ events: [{ id: 'a', title: 'A', start: '2027-01-01' }] }));
    const wrapper = await fixture(html`<som-feed src=${url}><lazy-widget></lazy-widget></som-feed>`);
    await customElements.whenDefined('som-feed');
    const widget = wrapper.querySelector('lazy-widget')!;
    await settle(wrapper);
    for (let i = 0; i < 40 && !widget.shadowRoot!.textContent!.includes('events'); i++)
      await new Promise((r) => setTimeout(r, 25));
    expect(widget.shadowRoot!.textContent!.trim()).to.equal('1 events');
  });
});
