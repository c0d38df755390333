/**
 * The sign-up protocol (PROTOCOL.md), the part a page needs before anyone presses "sign up": the types
 * and `GET {endpoint}`. Sending (client.ts) is loaded with the rest of what a submission needs.
 */

import type { AvailabilityState } from '../feed/availability.js';

export type { AvailabilityState };

export interface Availability {
  state: AvailabilityState;
  /** null when unlimited */
  remaining: number | null;
  opens: string | null;
  closes: string | null;
  /** Days after the event that registrations are kept, when the endpoint says (the reference server does). */
  retentionDays?: number | null;
}

export interface SignupBody {
  name: string;
  email: string;
  answers: Record<string, string | number | boolean>;
  consent: boolean;
  language: string;
  website: string;
}

export interface FieldError {
  /** "name", "email", "consent" or "answers.<field id>" */
  field: string;
  message: string;
}

export type RegisterResult =
  /** 201, 200 (`duplicate`) or 202 (`received`: the honeypot answer) */
  | {
      kind: 'ok';
      status: 'confirmed' | 'waitlisted' | 'received';
      position: number | null;
      cancelUrl?: string;
      icsUrl?: string;
      duplicate: boolean;
      /** A duplicate whose confirmation the endpoint mailed again (`resent: true`): the address it went to, masked. */
      resentTo?: string;
    }
  | { kind: 'invalid'; http: 422; errors: FieldError[]; detail: string }
  /** 409 ".../full" */
  | { kind: 'full'; http: 409; detail: string }
  /** 410: closed, not yet open or cancelled */
  | { kind: 'gone'; http: 410; detail: string }
  /** 429, or 409 while the same key is still being handled: send again after `wait` seconds */
  | { kind: 'later'; http: 409 | 429; wait: number; detail: string }
  /** 5xx */
  | { kind: 'server'; http: number; detail: string }
  | { kind: 'network'; http: null; detail: string }
  /** any other 4xx: the request itself is wrong; sending it again will not help */
  | { kind: 'refused'; http: number; detail: string };

export interface ClientOptions {
  fetch?: typeof fetch;
  /** ms per request (default 15 s); a timed-out sign-up is safe to retry with the same key */
  timeout?: number;
}

export type Json = Record<string, unknown>;
const STATES: readonly string[] = ['not-yet-open', 'open', 'waitlist', 'full', 'closed', 'cancelled'];
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export async function call(url: string, init: RequestInit, o: ClientOptions): Promise<Response | null> {
  try {
    return await (o.fetch ?? fetch)(url, {
      ...init,
      signal: AbortSignal.timeout(o.timeout ?? 15000),
      credentials: 'omit',
    });
  } catch {
    return null;
  }
}

export const body = async (res: Response): Promise<Json> => {
  try {
    const v: unknown = await res.json();
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
  } catch {
    return {};
  }
};

/** `GET {endpoint}`. Null when it cannot be read (the element then relies on the feed's dates). */
export async function getAvailability(endpoint: string, o: ClientOptions = {}): Promise<Availability | null> {
  const res = await call(endpoint, { headers: { Accept: 'application/json' } }, o);
  if (!res?.ok) return null;
  const j = await body(res);
  const state = String(j.state);
  return STATES.includes(state)
    ? {
        state: state as AvailabilityState,
        remaining: num(j.remaining),
        opens: str(j.opens),
        closes: str(j.closes),
        retentionDays: num(j.retentionDays),
      }
    : null;
}
