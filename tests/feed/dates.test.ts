import { expect } from '@open-wc/testing';
import { formatWhen, dayKey, lastDayKey, toDate, zonedTimeToDate, endInstant } from '../../src/feed/dates.js';

const words = { to: 'tot', allDay: 'hele dag' };
describe('dates in the network time zone', () => {
  it('formats a timed event in Brussels whatever the visitor zone', () => {
    // 13:00Z in September is 15:00 in Brussels (CEST).
    const w = formatWhen(
      { start: '2026-09-22T13:00:00Z', end: '2026-09-22T16:30:00Z' },
      'nl',
      'Europe/Brussels',
      words,
    );
    expect(w.label).to.equal('dinsdag 22 september 2026, 15:00 tot 18:30');
    expect(w.text).to.contain('15:00–18:30');
  });
  it('says "all day" for a date alone and spans multi-day events', () => {
    expect(formatWhen({ start: '2027-02-15' }, 'nl', 'Europe/Brussels', words).label).to.equal(
      'maandag 15 februari 2027, hele dag',
    );
    const multi = formatWhen({ start: '2027-02-15', end: '2027-02-17' }, 'nl', 'Europe/Brussels', words);
    expect(multi.label).to.equal('maandag 15 februari 2027 tot woensdag 17 februari 2027');
  });
  it('keys days in the zone, not in UTC', () => {
    expect(dayKey('2026-12-31T23:30:00Z', 'Europe/Brussels')).to.equal('2027-01-01');
    expect(dayKey('2026-12-31', 'Europe/Brussels')).to.equal('2026-12-31');
  });
  it('treats an end at midnight as the day before', () => {
    expect(lastDayKey({ start: '2026-10-10T20:00:00+02:00', end: '2026-10-11T00:00:00+02:00' })).to.equal('2026-10-10');
  });
  it('finds wall-clock instants across daylight saving', () => {
    expect(zonedTimeToDate(2027, 3, 28, 12, 0, 'Europe/Brussels').toISOString()).to.equal('2027-03-28T10:00:00.000Z');
    expect(zonedTimeToDate(2027, 1, 10, 12, 0, 'Europe/Brussels').toISOString()).to.equal('2027-01-10T11:00:00.000Z');
    expect(toDate('2027-07-01').toISOString()).to.equal('2027-06-30T22:00:00.000Z');
  });
  it('ends an all-day event at the end of its last day', () => {
    expect(new Date(endInstant({ start: '2027-02-15', end: '2027-02-17' })).toISOString()).to.equal(
      '2027-02-17T23:00:00.000Z',
    );
  });
});
