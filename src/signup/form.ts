/**
 * The sign-up form as data: which controls, what a person typed, what is wrong with it, the body to send,
 * the draft kept in session storage, and the availability the feed alone implies. No DOM, no Lit.
 */
import type { FeedEvent, FeedField } from '../feed/schema.js';
import { endInstant } from '../feed/dates.js';
import type { Availability, AvailabilityState, SignupBody } from './client.js';

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

// The same rules as the reference server, so a person rarely meets a second, server-side round.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const TEL = /^\+?[0-9 ()./-]{3,32}$/;
const NUMBER = /^-?\d+([.,]\d+)?$/;
export const MAX_NAME = 200;

export const answerKey = (f: FeedField): string => `answers.${f.id}`;

/** The `autocomplete` token a field deserves, so browsers can fill it in. */
export function autocompleteFor(f: FeedField): string | undefined {
  if (f.type === 'email' || f.type === 'tel') return f.type;
  return f.type === 'text' && /^(organi[sz]ation|organisatie|school|company|bedrijf)$/.test(f.id) ? 'organization' : undefined;
}

const text = (v: string | boolean | undefined): string => (typeof v === 'string' ? v.trim() : '');

/** Check what was typed; problems come in the form's order, for the error summary. */
export function validate(fields: readonly FeedField[], values: Values, consent: boolean): FieldProblem[] {
  const out: FieldProblem[] = [];
  const name = text(values.name);
  if (!name) out.push({ field: 'name', code: 'req' });
  else if (name.length > MAX_NAME) out.push({ field: 'name', code: 'long', n: MAX_NAME });
  if (!EMAIL.test(text(values.email))) out.push({ field: 'email', code: text(values.email) ? 'eEmail' : 'req' });
  for (const f of fields) {
    const field = answerKey(f);
    const raw = values[field];
    const v = text(raw);
    if (f.type === 'checkbox') {
      if (f.required && raw !== true) out.push({ field, code: 'tick' });
    } else if (!v) {
      if (f.required) out.push({ field, code: f.type === 'select' ? 'choose' : 'req' });
    } else if (f.type === 'select') {
      if (!f.options?.some((o) => o.value === v)) out.push({ field, code: 'choose' });
    } else if (f.type === 'number') {
      if (!NUMBER.test(v)) out.push({ field, code: 'num' });
    } else if (f.maxLength && v.length > f.maxLength) {
      out.push({ field, code: 'long', n: f.maxLength });
    } else if ((f.type === 'email' && !EMAIL.test(v)) || (f.type === 'tel' && !TEL.test(v))) {
      out.push({ field, code: f.type === 'tel' ? 'tel' : 'eEmail' });
    }
  }
  if (!consent) out.push({ field: 'consent', code: 'eConsent' });
  return out;
}

/** The request body (PROTOCOL.md): empty answers are left out, checkboxes are booleans, numbers numbers. */
export function signupBody(fields: readonly FeedField[], values: Values, consent: boolean, language: string, website: string): SignupBody {
  const answers: SignupBody['answers'] = {};
  for (const f of fields) {
    const raw = values[answerKey(f)];
    if (f.type === 'checkbox') answers[f.id] = raw === true;
    else if (text(raw)) answers[f.id] = f.type === 'number' ? Number(text(raw).replace(',', '.')) : text(raw);
  }
  return { name: text(values.name), email: text(values.email), answers, consent, language, website };
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

const storageKey = (eventId: string) => `som-widgets:signup:${eventId}`;

/** Session storage, or null where a browser refuses it (privacy modes, sandboxed frames). */
function session(): Storage | null {
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

export function clearDraft(eventId: string): void {
  try {
    session()?.removeItem(storageKey(eventId));
  } catch {
    /* nothing to clear */
  }
}

/** What the feed alone says about sign-up, until (or when) the endpoint cannot be asked. */
export function feedAvailability(event: FeedEvent, now: number, timeZone: string): Availability {
  const reg = event.registration?.type === 'form' ? event.registration : undefined;
  const opens = reg?.opens ?? null;
  const closes = reg?.closes ?? null;
  const state: AvailabilityState = event.status === 'cancelled' ? 'cancelled'
    : now >= endInstant(event, timeZone) || (closes && now >= Date.parse(closes)) ? 'closed'
      : opens && now < Date.parse(opens) ? 'not-yet-open'
        : event.status === 'full' ? (reg?.waitlist ? 'waitlist' : 'full')
          : 'open';
  return { state, remaining: null, opens, closes };
}
