/**
 * The opened activity in the address (`#event-<id>`, with history.replaceState), beside the filters, and a
 * deep link to an activity that is over.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/calendar/index.js';
import type { SomCalendar } from '../../src/calendar/index.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { feedUrl } from '../../storybook/helpers.js';
import { settle } from '../helpers.js';
import { testFeed } from './fixtures.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const resetHash = () => history.replaceState(null, '', `${location.pathname}${location.search}`);

async function mount(tpl: ReturnType<typeof html>): Promise<SomCalendar> {
  const wrapper = await fixture<HTMLElement>(html`<div>${tpl}</div>`);
  const el = wrapper.querySelector('som-calendar')!;
  await settle(wrapper);
  return el;
}

describe('<som-calendar> and the address', () => {
  beforeEach(() => {
    clearFeedCache();
    resetHash();
  });
  afterEach(() => {
    resetHash();
    document.body.style.paddingBlock = '';
  });

  it('puts the opened activity in the hash without a history entry or a scroll, keeping the filters', async () => {
    history.replaceState(null, '', '#intro&som-calendar=theme:welbevinden');
    const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
    const entries = history.length;
    let changes = 0;
    const count = () => changes++;
    addEventListener('hashchange', count);
    document.body.style.paddingBlock = '100vh';
    $(el, '#b-zomerlabo').scrollIntoView({ block: 'center' });
    const y = window.scrollY;
    $(el, '#b-zomerlabo').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#intro&som-calendar=theme:welbevinden&event-zomerlabo');
    expect(window.scrollY).to.equal(y);
    // Another one opened: the address names that one.
    $(el, '#b-studiedag').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#intro&som-calendar=theme:welbevinden&event-studiedag');
    // Closing one that is not in the address leaves it; closing the one that is takes it out.
    $(el, '#b-zomerlabo').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#intro&som-calendar=theme:welbevinden&event-studiedag');
    $(el, '#b-studiedag').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#intro&som-calendar=theme:welbevinden');
    removeEventListener('hashchange', count);
    expect(history.length).to.equal(entries);
    expect(changes).to.equal(0);
    // The filters still read back from it.
    expect($<HTMLSelectElement>(el, '[name=theme]').value).to.equal('welbevinden');
  });

  it('keeps the opened activity in the hash when the visitor then filters', async () => {
    const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
    $(el, '#b-zomerlabo').click();
    await el.updateComplete;
    const q = $<HTMLInputElement>(el, '#q');
    q.value = 'labo';
    q.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => location.hash.includes('som-calendar'), 'filters written', { timeout: 2000 });
    expect(location.hash).to.equal('#event-zomerlabo&som-calendar=q=labo');
  });

  it('a copied link opens the activity again', async () => {
    const first = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
    $(first, '#b-weekend').click();
    await first.updateComplete;
    const link = location.hash;
    first.remove();
    resetHash();
    history.replaceState(null, '', link);
    clearFeedCache();
    const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
    await waitUntil(() => $(el, '#d-weekend'), 'opened from the link');
    expect($(el, '#b-weekend').getAttribute('aria-expanded')).to.equal('true');
  });

  it('a deep link to an activity that is over opens it on its own and says it is over', async () => {
    history.replaceState(null, '', '#event-oud-forum');
    const el = await mount(html`<som-calendar src=${feedUrl(testFeed())}></som-calendar>`);
    await waitUntil(() => $(el, '#d-oud-forum'), 'past event opened');
    await settle(el);
    const section = $(el, '#event-oud-forum').closest('section')!;
    expect(section.getAttribute('aria-label')).to.equal('Deze activiteit is voorbij');
    expect(text(section.querySelector('p'))).to.equal('Deze activiteit is voorbij');
    expect(el.shadowRoot!.activeElement?.id).to.equal('b-oud-forum');
    // Over: no sign-up, no "add to my calendar"; the upcoming list is still there below it.
    expect($(el, '#d-oud-forum .add')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.ev').length).to.equal(5);
  });

  it('with `past`, a deep link to an activity that is over opens it among the past ones', async () => {
    history.replaceState(null, '', '#event-oud-forum');
    const el = await mount(html`<som-calendar past src=${feedUrl(testFeed())}></som-calendar>`);
    await waitUntil(() => $(el, '#d-oud-forum'), 'past event opened');
    expect($(el, '#event-oud-forum').closest('section')!.getAttribute('aria-labelledby')).to.equal('h-past');
    expect(el.shadowRoot!.querySelectorAll('#event-oud-forum').length).to.equal(1);
  });
});
