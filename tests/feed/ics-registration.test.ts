import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { FeedEvent } from '../../src/feed/schema.js';
import { eventToIcs } from '../../src/feed/ics.js';
import { registrationWords } from '../../src/feed/ics-words.js';

const event: FeedEvent = {
  id: 'labo',
  title: { nl: 'Labo welbevinden', en: 'Well-being lab' },
  summary: 'Samen werken aan welbevinden.',
  start: '2030-03-12T15:30:00+01:00',
  end: '2030-03-12T17:30:00+01:00',
};
const cancelUrl = 'https://som.example/api/registrations/Zt1s0XhVYbxSN2t4PxcZ6Q';
const file = (status: 'confirmed' | 'waitlisted', lang = 'nl') =>
  eventToIcs(event, {
    networkId: 'som-leuven',
    lang,
    alarm: true,
    now: new Date('2030-01-01T00:00:00Z'),
    registration: { status, cancelUrl, words: registrationWords(lang) },
  });
const vevent = (ics: string) => new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);

describe('.ics for a registration', () => {
  it('a confirmed seat: CONFIRMED, with the reminder the day before and the cancel link', () => {
    const ics = file('confirmed');
    const e = vevent(ics);
    expect(e.summary).to.equal('Labo welbevinden');
    expect(e.component.getFirstPropertyValue('status')).to.equal('CONFIRMED');
    expect(e.component.getAllSubcomponents('valarm')).to.have.length(1);
    expect(e.description).to.contain(`Kan je niet komen? Annuleer je inschrijving: ${cancelUrl}`);
    expect(e.description).to.contain('Samen werken aan welbevinden.');
  });

  it('the waiting list: TENTATIVE, says so in its title, no reminder, and the cancel link', () => {
    const ics = file('waitlisted');
    const e = vevent(ics);
    expect(e.summary).to.equal('Labo welbevinden (wachtlijst)');
    expect(e.component.getFirstPropertyValue('status')).to.equal('TENTATIVE');
    expect(ics).not.to.contain('VALARM');
    expect(e.description).to.match(/^Je staat op de wachtlijst\./);
    expect(e.description).to.contain(cancelUrl);
    // The same UID as the event's own file: a calendar updates it when the seat is confirmed.
    expect(e.uid).to.equal(vevent(file('confirmed')).uid);
  });

  it("speaks the registration's language", () => {
    const e = vevent(file('waitlisted', 'en'));
    expect(e.summary).to.equal('Well-being lab (waiting list)');
    expect(e.description).to.contain(`Cancel your registration: ${cancelUrl}`);
    expect(vevent(file('waitlisted', 'fr')).summary).to.equal("Labo welbevinden (liste d'attente)");
    expect(vevent(file('waitlisted', 'de')).summary).to.equal('Labo welbevinden (Warteliste)');
  });

  it("an event's own file (no registration) has no status and no cancel link", () => {
    const ics = eventToIcs(event, { networkId: 'som-leuven', lang: 'nl', now: new Date('2030-01-01T00:00:00Z') });
    expect(ics).not.to.match(/STATUS:|VALARM|Annuleer/);
  });
});
