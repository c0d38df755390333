/**
 * The sign-up protocol (PROTOCOL.md) as plain functions: no DOM, no Lit. Every answer, including a
 * network failure, becomes a typed result, so the element only decides what to show. Sending lives here,
 * apart from availability.ts, so a page loads it only when someone signs up.
 */
import { safeUrl } from '../feed/url.js';
import {
  body,
  call,
  num,
  str,
  type ClientOptions,
  type FieldError,
  type Json,
  type RegisterResult,
  type SignupBody,
} from './availability.js';

export { getAvailability } from './availability.js';
export type {
  Availability,
  AvailabilityState,
  ClientOptions,
  FieldError,
  RegisterResult,
  SignupBody,
} from './availability.js';

/** A v4 UUID for `Idempotency-Key`. `randomUUID` needs a secure context; partner sites on http: still get one. */
export function newKey(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 15) | 64;
  b[8] = (b[8]! & 63) | 128;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** `Retry-After` in seconds (delay-seconds or an HTTP date), kept between 1 s and 10 min. */
export function retryAfter(value: string | null, now = Date.now()): number {
  const v = value?.trim() ?? '';
  const s = /^\d+$/.test(v) ? +v : v ? Math.ceil((Date.parse(v) - now) / 1000) : NaN;
  return Math.min(600, Math.max(1, Number.isFinite(s) ? s : 5));
}

/**
 * An address as a person recognises it on a shared screen without showing it whole: "a…@school.example".
 * It is the address they typed themselves, so nothing is revealed that they did not know.
 */
export function maskEmail(email: string): string {
  const e = email.trim();
  const at = e.lastIndexOf('@');
  return at < 1 ? '…' : `${e[0]}…${e.slice(at)}`;
}

/** `POST {endpoint}` with the key of this submission attempt; the caller reuses the key to retry it. */
export async function register(
  endpoint: string,
  data: SignupBody,
  key: string,
  o: ClientOptions = {},
): Promise<RegisterResult> {
  const res = await call(
    endpoint,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(data),
    },
    o,
  );
  if (!res) return { kind: 'network', http: null, detail: 'network' };
  const http = res.status;
  const j = await body(res);
  const detail = str(j.detail) ?? str(j.title) ?? `HTTP ${http}`;
  if (res.ok) {
    const status = j.status === 'waitlisted' || j.status === 'confirmed' ? j.status : 'received';
    // The links come from the endpoint, not the feed: they pass the same URL rule before they become hrefs.
    const cancelUrl = safeUrl(j.cancelUrl);
    const icsUrl = safeUrl(j.icsUrl);
    return {
      kind: 'ok',
      status,
      position: num(j.position),
      duplicate: j.duplicate === true,
      ...(cancelUrl && { cancelUrl }),
      ...(icsUrl && { icsUrl }),
      // "Send my link again": the reference server mails the confirmation to the address on file.
      ...(j.duplicate === true && j.resent === true && { resentTo: maskEmail(data.email) }),
    };
  }
  const type = str(j.type) ?? '';
  const later = res.headers.get('Retry-After');
  if (http === 429 || (http === 409 && later !== null && !type.endsWith('/full')))
    return { kind: 'later', http, wait: retryAfter(later), detail };
  if (http === 409) return { kind: 'full', http, detail };
  if (http === 410) return { kind: 'gone', http, detail };
  if (http === 422 && Array.isArray(j.errors)) {
    const errors = (j.errors as Json[]).filter(
      (e) => e && typeof e.field === 'string' && typeof e.message === 'string',
    ) as unknown as FieldError[];
    if (errors.length) return { kind: 'invalid', http, errors, detail };
  }
  return http >= 500 ? { kind: 'server', http, detail } : { kind: 'refused', http, detail };
}
