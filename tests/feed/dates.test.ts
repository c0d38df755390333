import { expect } from '@open-wc/testing';
import {
  formatWhen,
  dayKey,
  lastDayKey,
  toDate,
  zonedTimeToDate,
  endInstant,
  zonedParts,
  warmDates,
} from '../../src/feed/dates.js';

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
  it('reads wall-clock time as Intl does, across every offset change of 2026–2028, in zones with odd offsets', function () {
    this.timeout(20_000);
    // zonedParts asks Intl once per UTC day and zone; the reference asks at every instant.
    const formats = new Map<string, Intl.DateTimeFormat>();
    const reference = (t: number, timeZone: string) => {
      let fmt = formats.get(timeZone);
      if (!fmt) {
        const options = {
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
        } as const;
        fmt = new Intl.DateTimeFormat('en-GB', { ...options, second: '2-digit', hourCycle: 'h23', timeZone });
        formats.set(timeZone, fmt);
      }
      const p = Object.fromEntries(fmt.formatToParts(t).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day}T${String(+p.hour! % 24).padStart(2, '0')}:${p.minute}:${p.second}`;
    };
    const ours = (t: number, timeZone: string) => {
      const p = zonedParts(new Date(t), timeZone);
      const two = (n: number) => String(n).padStart(2, '0');
      return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
    };
    const same = (t: number, zone: string) => {
      const wall = reference(t, zone);
      expect(ours(t, zone), `${zone} ${new Date(t).toISOString()}`).to.equal(wall);
      expect(zonedParts(new Date(t), zone).weekday).to.equal((new Date(`${wall}Z`).getUTCDay() + 6) % 7);
      return Date.parse(`${wall}Z`) - Math.floor(t / 1000) * 1000; // the offset
    };
    const from = Date.UTC(2026, 0, 1);
    const to = Date.UTC(2029, 0, 1);
    // Brussels, New York, Lord Howe (half an hour of DST, changing at a half hour UTC), Chatham (+12:45),
    // Kathmandu (+5:45, no DST), Casablanca (DST suspended for Ramadan: two changes a month apart),
    // Santiago (changes at midnight local time).
    const zones = [
      'Europe/Brussels',
      'America/New_York',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Asia/Kathmandu',
      'Africa/Casablanca',
      'America/Santiago',
    ];
    let changes = 0;
    let brussels = 0;
    for (const zone of zones) {
      // Every 6 hours and 7 minutes, and around each offset change found between two of them, to the second.
      let [before, offset] = [from, same(from, zone)];
      for (let t = from; t < to; t += 6 * 3_600_000 + 7 * 60_000) {
        const now = same(t, zone);
        if (now !== offset) {
          changes++;
          if (zone === 'Europe/Brussels') brussels++;
          let [lo, hi] = [before, t];
          while (hi - lo > 1000) {
            const mid = Math.floor((lo + hi) / 2000) * 1000;
            if (Date.parse(`${reference(mid, zone)}Z`) - mid === offset) lo = mid;
            else hi = mid;
          }
          for (const x of [lo - 1, lo, hi - 1, hi, hi + 1, hi + 59_999, hi - 3_600_000, hi + 3_600_000]) same(x, zone);
        }
        [before, offset] = [t, now];
      }
    }
    // Six zones change twice a year (2026–2028: 36 in Node's time-zone data; a browser's own data may differ a
    // little), Brussels exactly so.
    expect(changes).to.be.at.least(30);
    expect(brussels).to.equal(6);
  });
});

describe('warmDates', () => {
  it('sets ICU up one part per task (each one native call of 10–40 ms on a phone)', async () => {
    const order: string[] = [];
    const spy = <T extends object>(o: T, name: keyof T & string, label: string) => {
      const f = o[name] as (...a: unknown[]) => unknown;
      o[name] = ((...a: unknown[]) => {
        order.push(label);
        queueMicrotask(() => order.push(`${label} done`));
        return f.apply(o, a);
      }) as T[keyof T & string];
      return () => (o[name] = f as T[keyof T & string]);
    };
    const undo = [
      spy(Intl.Collator, 'supportedLocalesOf', 'collator'),
      spy(Intl.DateTimeFormat, 'supportedLocalesOf', 'date format'),
    ];
    try {
      await warmDates('fr');
      // The task that asked for the collator's list ended (its microtasks ran) before the date format's was asked.
      expect(order).to.deep.equal(['collator', 'collator done', 'date format', 'date format done']);
    } finally {
      undo.forEach((f) => f());
    }
  });
});
