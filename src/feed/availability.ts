/**
 * Whether a person can sign up for an event: one rule for the sign-up widget, the calendar's details and
 * the reference server (which imports it from dist/feed/). Only the server knows how many seats are taken;
 * the widgets, asking the feed alone, pass none. No DOM, no Lit.
 */
import type { FeedEvent } from './schema.js';
import { endInstant } from './dates.js';

/** PROTOCOL.md's availability states. */
export type AvailabilityState = 'not-yet-open' | 'open' | 'waitlist' | 'full' | 'closed' | 'cancelled';

type Form = Extract<NonNullable<FeedEvent['registration']>, { type: 'form' }>;

/** The event's sign-up form, if it takes sign-ups in the widget. */
export const formOf = (event: FeedEvent): Form | undefined =>
  event.registration?.type === 'form' ? event.registration : undefined;

/** Seats to fill (null: unlimited). An organiser who marks an event "full" in the feed closes the rest. */
export const seatsOf = (event: FeedEvent): number | null =>
  event.status === 'full' ? 0 : (formOf(event)?.capacity ?? null);

/**
 * The state of sign-up at `now` (ms). Cancelled wins; then over or past the deadline; then not yet open;
 * then full (with or without a waiting list) once `confirmed` fills the seats.
 */
export function availabilityState(event: FeedEvent, now: number, timeZone: string, confirmed = 0): AvailabilityState {
  const reg = formOf(event);
  const seats = seatsOf(event);
  if (event.status === 'cancelled') return 'cancelled';
  if (now >= endInstant(event, timeZone) || (reg?.closes && now >= Date.parse(reg.closes))) return 'closed';
  if (reg?.opens && now < Date.parse(reg.opens)) return 'not-yet-open';
  if (seats !== null && confirmed >= seats) return reg?.waitlist ? 'waitlist' : 'full';
  return 'open';
}

/** True while a person can still put their name down: open, or full with a waiting list. */
export const canSignUp = (state: AvailabilityState): boolean => state === 'open' || state === 'waitlist';
