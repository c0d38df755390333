/**
 * The sign-up form as data: which controls, what a person typed, the draft kept in session storage, and
 * the availability the feed alone implies. No DOM, no Lit. Checking and the body to send: validate.ts.
 */
import type { FeedEvent, FeedField } from '../feed/schema.js';
import { availabilityState, formOf } from '../feed/availability.js';
import type { Availability } from './availability.js';

/** What a person typed, by the protocol's field name: "name", "email", "answers.<id>". Never the consent tick. */
export type Values = Record<string, string | boolean>;

export type ErrorCode = 'req' | 'tick' | 'choose' | 'eEmail' | 'tel' | 'num' | 'long' | 'eConsent';

/** A problem with one field: a code the element words (client-side) or the server's own text (422). */
export interface FieldProblem {
  field: string;
  code?: ErrorCode;
  /** the limit, for "long" */
  n?: number;
  text?: string;
}

export const answerKey = (f: FeedField): string => `answers.${f.id}`;

/** The `autocomplete` token a field deserves, so browsers can fill it in. */
export function autocompleteFor(f: FeedField): string | undefined {
  if (f.type === 'email' || f.type === 'tel') return f.type;
  return f.type === 'text' && /^(organi[sz]ation|organisatie|school|company|bedrijf)$/.test(f.id)
    ? 'organization'
    : undefined;
}

/**
 * The draft in session storage: what was typed and, while a submission's outcome is unknown (network
 * failure, 5xx), that body and its Idempotency-Key, so sending it again after a reload cannot sign up twice
 * and still gets the calendar and cancel links. The consent tick is never kept (see the README, "Sign-up").
 */
export interface Draft {
  values: Values;
  pending?: { key: string; body: string } | undefined;
}

export const storageKey = (eventId: string): string => `som-widgets:signup:${eventId}`;

/** Session storage, or null where a browser refuses it (privacy modes, sandboxed frames). */
export function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function loadDraft(eventId: string): Draft | undefined {
  try {
    const d = JSON.parse(session()?.getItem(storageKey(eventId)) ?? 'null') as Draft | null;
    return d && typeof d.values === 'object' && d.values ? d : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(eventId: string, draft: Draft): void {
  try {
    session()?.setItem(storageKey(eventId), JSON.stringify(draft));
  } catch {
    /* full or refused: the form still works, only the reload safety net is gone */
  }
}

/** What the feed alone says about sign-up, until (or when) the endpoint cannot be asked (the shared rule, no seats counted). */
export function feedAvailability(event: FeedEvent, now: number, timeZone: string): Availability {
  const reg = formOf(event);
  return {
    state: availabilityState(event, now, timeZone),
    remaining: null,
    opens: reg?.opens ?? null,
    closes: reg?.closes ?? null,
  };
}
