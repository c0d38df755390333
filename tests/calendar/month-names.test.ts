/** The month grid cuts long titles short on screen; a day's accessible name carries them whole. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/calendar/index.js';
import type { SomCalendar } from '../../src/calendar/index.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { emptyFeed, feedUrl } from '../../storybook/helpers.js';
import { axeViolations, settle } from '../helpers.js';
import { inDays, taxonomies } from './fixtures.js';

const LONG = 'Labo welbevinden: hoe zorgen leraren en zorgteams samen voor een warm schoolklimaat?';

describe('<som-calendar> month view: day names', () => {
  beforeEach(clearFeedCache);

  it("names a day with its activities' full titles", async () => {
    const day = inDays(0);
    const feed = emptyFeed({
      taxonomies,
      events: [
        { id: 'lang', title: LONG, start: day },
        { id: 'kort', title: 'Taalcafé', start: day },
      ],
    });
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 900px"><som-calendar view="month" src=${feedUrl(feed)}></som-calendar></div>`,
    );
    const el = wrapper.querySelector<SomCalendar>('som-calendar')!;
    await settle(wrapper);
    const cell = el.shadowRoot!.querySelector<HTMLElement>(`td[data-day="${day}"]`)!;
    const name = Array.from(cell.querySelectorAll('.visually-hidden'))
      .map((s) => s.textContent)
      .join('');
    expect(name).to.match(
      new RegExp(
        `, 2 activiteiten: (${LONG.replace(/[?]/g, '\\?')}; Taalcafé|Taalcafé; ${LONG.replace(/[?]/g, '\\?')})$`,
      ),
    );
    // On screen the title is cut short (and hidden from assistive technology, which has the whole one).
    const shown = cell.querySelector<HTMLElement>('.dt span')!;
    expect(shown.closest('[aria-hidden=true]')).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
