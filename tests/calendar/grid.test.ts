import { expect } from '@open-wc/testing';
import type { FeedEvent } from '../../src/feed/schema.js';
import { addMonths, daysInMonth, eventsByDay, monthWeeks, moveDay, weekday } from '../../src/calendar/grid.js';

describe('calendar grid', () => {
  it('lays a month out in weeks from Monday, with empty cells around it', () => {
    // 1 September 2026 is a Tuesday; 30 September a Wednesday.
    const weeks = monthWeeks('2026-09');
    expect(weeks).to.have.length(5);
    expect(weeks[0]).to.deep.equal([
      null,
      '2026-09-01',
      '2026-09-02',
      '2026-09-03',
      '2026-09-04',
      '2026-09-05',
      '2026-09-06',
    ]);
    expect(weeks[4]).to.deep.equal(['2026-09-28', '2026-09-29', '2026-09-30', null, null, null, null]);
    // February 2027 starts on a Monday and fills exactly four weeks.
    expect(monthWeeks('2027-02')).to.have.length(4);
    expect(weekday('2027-02-01')).to.equal(0);
    expect(weekday('2027-02-28')).to.equal(6);
  });

  it('counts days and moves across years', () => {
    expect(daysInMonth('2028-02')).to.equal(29);
    expect(daysInMonth('2027-02')).to.equal(28);
    expect(addMonths('2026-12', 1)).to.equal('2027-01');
    expect(addMonths('2027-01', -13)).to.equal('2025-12');
  });

  it('moves focus as the APG date grid does', () => {
    expect(moveDay('2026-09-30', { key: 'ArrowRight' })).to.equal('2026-10-01');
    expect(moveDay('2026-09-01', { key: 'ArrowLeft' })).to.equal('2026-08-31');
    expect(moveDay('2026-09-03', { key: 'ArrowUp' })).to.equal('2026-08-27');
    expect(moveDay('2026-09-28', { key: 'ArrowDown' })).to.equal('2026-10-05');
    expect(moveDay('2026-09-24', { key: 'Home' })).to.equal('2026-09-21'); // Thursday -> Monday
    expect(moveDay('2026-09-24', { key: 'End' })).to.equal('2026-09-27'); // -> Sunday
    expect(moveDay('2027-01-31', { key: 'PageDown' })).to.equal('2027-02-28');
    expect(moveDay('2027-03-31', { key: 'PageUp' })).to.equal('2027-02-28');
    expect(moveDay('2028-02-29', { key: 'PageDown', shiftKey: true })).to.equal('2029-02-28');
    expect(moveDay('2026-09-24', { key: 'Tab' })).to.equal(undefined);
  });

  it('marks every day an event touches, in Brussels time', () => {
    const events: FeedEvent[] = [
      { id: 'weekend', title: 'W', start: '2027-03-12T18:00:00+01:00', end: '2027-03-14T16:00:00+01:00' },
      { id: 'late', title: 'L', start: '2027-03-13T23:30:00Z' }, // 14 March, 00:30 in Brussels
      { id: 'days', title: 'D', start: '2027-03-30', end: '2027-04-01' },
      { id: 'year', title: 'Y', start: '2027-01-01', end: '2027-12-31' },
    ];
    const march = eventsByDay(events, '2027-03', 'Europe/Brussels');
    expect(march.get('2027-03-12')!.map((e) => e.id)).to.deep.equal(['weekend', 'year']);
    expect(march.get('2027-03-13')!.map((e) => e.id)).to.deep.equal(['weekend', 'year']);
    expect(march.get('2027-03-14')!.map((e) => e.id)).to.deep.equal(['weekend', 'late', 'year']);
    expect(march.get('2027-03-31')!.map((e) => e.id)).to.deep.equal(['days', 'year']);
    // Only the month's own days, however long an event is.
    expect(march.size).to.equal(31);
    expect(
      eventsByDay(events, '2027-04', 'Europe/Brussels')
        .get('2027-04-01')!
        .map((e) => e.id),
    ).to.deep.equal(['days', 'year']);
    expect(eventsByDay(events, '2028-01', 'Europe/Brussels').size).to.equal(0);
  });
});
