import { expect } from '@open-wc/testing';
import type { FeedEvent } from '../../src/feed/schema.js';
import { availabilityState, canSignUp, seatsOf } from '../../src/feed/availability.js';
import { localeFor, dateTimeText, formatWhen, intlDays, wordDays } from '../../src/feed/dates.js';
import { DATE_WORDS } from '../feed/date-words.js';
import { formEvent } from './fixtures.js';

const TZ = 'Europe/Brussels';
const DAY = 86_400_000;
const NOW = Date.now();
const iso = (days: number) => new Date(NOW + days * DAY).toISOString();

/** A form sign-up for an event `start` days from now (two hours long). */
const ev = (over: Partial<FeedEvent> = {}, reg: Record<string, unknown> = {}, start = 10): FeedEvent =>
  formEvent(iso(start), iso(start + 2 / 24), over, reg);
const state = (e: FeedEvent, confirmed?: number) => availabilityState(e, NOW, TZ, confirmed);

describe('availability: one rule for the sign-up, the calendar and the server', () => {
  it('follows the dates: not yet open, open, past the deadline, over', () => {
    expect(state(ev({}, { opens: iso(1) }))).to.equal('not-yet-open');
    expect(state(ev({}, { opens: iso(-1), closes: iso(1) }))).to.equal('open');
    expect(state(ev({}, { closes: iso(-0.01) }))).to.equal('closed');
    expect(state(ev({}, {}, -1))).to.equal('closed');
  });

  it('a cancellation wins over everything; a deadline over "not yet open"', () => {
    expect(state(ev({ status: 'cancelled' }, { opens: iso(1) }))).to.equal('cancelled');
    expect(state(ev({ status: 'cancelled' }, {}, -1))).to.equal('cancelled');
    expect(state(ev({}, { opens: iso(1), closes: iso(-1) }))).to.equal('closed');
  });

  it("full: by the feed's status, or once the confirmed seats fill the capacity; a waiting list keeps it open", () => {
    expect(state(ev({ status: 'full' }))).to.equal('full');
    expect(state(ev({ status: 'full' }, { waitlist: true }))).to.equal('waitlist');
    expect(state(ev({}, { capacity: 3 }), 2)).to.equal('open');
    expect(state(ev({}, { capacity: 3 }), 3)).to.equal('full');
    expect(state(ev({}, { capacity: 3, waitlist: true }), 3)).to.equal('waitlist');
    // The feed alone counts no seats: a capacity is not "full".
    expect(state(ev({}, { capacity: 3 }))).to.equal('open');
    expect(state(ev({}, { capacity: 3 }, -1), 3)).to.equal('closed');
  });

  it('seats: unlimited, the capacity, or none left once the organiser marks it full', () => {
    expect(seatsOf(ev())).to.equal(null);
    expect(seatsOf(ev({}, { capacity: 40 }))).to.equal(40);
    expect(seatsOf(ev({ status: 'full' }, { capacity: 40 }))).to.equal(0);
  });

  it('a person can put their name down while open or on a waiting list only', () => {
    expect(
      (['not-yet-open', 'open', 'waitlist', 'full', 'closed', 'cancelled'] as const).filter(canSignUp),
    ).to.deep.equal(['open', 'waitlist']);
  });
});

describe('locales: Belgian conventions, British English', () => {
  it('maps each interface language to its locale', () => {
    expect(['nl', 'fr', 'de', 'en'].map(localeFor)).to.deep.equal(['nl-BE', 'fr-BE', 'de-BE', 'en-GB']);
    expect(localeFor('en-GB')).to.equal('en-GB');
  });

  it('writes English dates day first with a 24-hour clock, not "Tue, Apr 13, 2027" and "3:30 PM"', () => {
    // The calendar writes with the words, the other widgets with Intl: the same text.
    for (const days of [wordDays(DATE_WORDS.en), intlDays('en')]) {
      const w = formatWhen({ start: '2027-04-13T13:30:00Z', end: '2027-04-13T15:00:00Z' }, days, TZ, {
        to: 'to',
        allDay: 'all day',
      });
      expect(w.text).to.equal('Tue, 13 Apr 2027 · 15:30–17:00');
      expect(w.label).to.equal('Tuesday, 13 April 2027, 15:30 to 17:00');
    }
    expect(dateTimeText(DATE_WORDS.en, '2027-04-13T13:30:00Z', TZ)).to.equal('13 April 2027 at 15:30');
  });
});
