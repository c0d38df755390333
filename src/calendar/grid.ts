/**
 * The month grid as plain data: weeks of day keys ("YYYY-MM-DD", Monday first, as in Belgium), the
 * keyboard moves of the WAI-ARIA APG date grid, and which events touch which day.
 */
import type { FeedEvent } from '../feed/schema.js';
import { addDays, dayKeyToDate } from '../feed/dates.js';
import { daySpan } from './model.js';

/** 0 = Monday … 6 = Sunday. */
export const weekday = (key: string): number => (dayKeyToDate(key).getUTCDay() + 6) % 7;

export const daysInMonth = (month: string): number => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** "YYYY-MM" moved by n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
}

/** The weeks of a month; days of the neighbouring months are null (empty cells). */
export function monthWeeks(month: string): (string | null)[][] {
  const first = `${month}-01`;
  const cells: (string | null)[] = Array<null>(weekday(first)).fill(null);
  for (let d = 0; d < daysInMonth(month); d++) cells.push(addDays(first, d));
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The same day n months away, or that month's last day when it is shorter (31 Jan -> 28 Feb). */
function sameDayIn(key: string, n: number): string {
  const month = addMonths(key.slice(0, 7), n);
  const day = Math.min(+key.slice(8), daysInMonth(month));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * The day a key press moves focus to (APG date grid): arrows by day and week, Home/End to the start/end
 * of the week, PageUp/PageDown by month, with Shift by year. Undefined for other keys.
 */
export function moveDay(key: string, press: { key: string; shiftKey?: boolean }): string | undefined {
  const months = press.shiftKey ? 12 : 1;
  switch (press.key) {
    case 'ArrowLeft':
      return addDays(key, -1);
    case 'ArrowRight':
      return addDays(key, 1);
    case 'ArrowUp':
      return addDays(key, -7);
    case 'ArrowDown':
      return addDays(key, 7);
    case 'Home':
      return addDays(key, -weekday(key));
    case 'End':
      return addDays(key, 6 - weekday(key));
    case 'PageUp':
      return sameDayIn(key, -months);
    case 'PageDown':
      return sameDayIn(key, months);
    default:
      return undefined;
  }
}

/** Events per day of a month ("YYYY-MM"), for the days they touch in it, in the given order. */
export function eventsByDay(events: readonly FeedEvent[], month: string, timeZone: string): Map<string, FeedEvent[]> {
  const days = new Map<string, FeedEvent[]>();
  const first = `${month}-01`;
  const last = `${month}-${daysInMonth(month)}`;
  for (const e of events) {
    const [start, end] = daySpan(e, timeZone);
    for (let day = start < first ? first : start; day <= end && day <= last; day = addDays(day, 1)) {
      const list = days.get(day);
      if (list) list.push(e);
      else days.set(day, [e]);
    }
  }
  return days;
}
