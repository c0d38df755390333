/**
 * The sign-up protocol (PROTOCOL.md) as plain functions: no DOM, no Lit. Every answer, including a
 * network failure, becomes a typed result, so the element only decides what to show.
 */
import { safeUrl } from '../feed/url.js';

export type AvailabilityState = 'not-yet-open' | 'open' | 'waitlist' | 'full' | 'closed' | 'cancelled';

export interface Availability {
  state: AvailabilityState;
  /** null when unlimited */
  remaining: number | null;
  opens: string | null;
  closes: string | null;
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
  | { kind: 'ok'; status: 'confirmed' | 'waitlisted' | 'received'; position: number | null; cancelUrl?: string; icsUrl?: string; duplicate: boolean }
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

type Json = Record<string, unknown>;
const STATES: readonly string[] = ['not-yet-open', 'open', 'waitlist', 'full', 'closed', 'cancelled'];
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

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

async function call(url: string, init: RequestInit, o: ClientOptions): Promise<Response | null> {
  try {
    return await (o.fetch ?? fetch)(url, { ...init, signal: AbortSignal.timeout(o.timeout ?? 15000), credentials: 'omit' });
  } catch {
    return null;
  }
}

const body = async (res: Response): Promise<Json> => {
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
    ? { state: state as AvailabilityState, remaining: num(j.remaining), opens: str(j.opens), closes: str(j.closes) }
    : null;
}

/** `POST {endpoint}` with the key of this submission attempt; the caller reuses the key to retry it. */
export async function register(endpoint: string, data: SignupBody, key: string, o: ClientOptions = {}): Promise<RegisterResult> {
  const res = await call(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(data),
  }, o);
  if (!res) return { kind: 'network', http: null, detail: 'network' };
  const http = res.status;
  const j = await body(res);
  const detail = str(j.detail) ?? str(j.title) ?? `HTTP ${http}`;
  if (res.ok) {
    const status = j.status === 'waitlisted' || j.status === 'confirmed' ? j.status : 'received';
    // The links come from the endpoint, not the feed: they pass the same URL rule before they become hrefs.
    const cancelUrl = safeUrl(j.cancelUrl);
    const icsUrl = safeUrl(j.icsUrl);
    return { kind: 'ok', status, position: num(j.position), duplicate: j.duplicate === true, ...(cancelUrl && { cancelUrl }), ...(icsUrl && { icsUrl }) };
  }
  const type = str(j.type) ?? '';
  const later = res.headers.get('Retry-After');
  if (http === 429 || (http === 409 && later !== null && !type.endsWith('/full'))) return { kind: 'later', http, wait: retryAfter(later), detail };
  if (http === 409) return { kind: 'full', http, detail };
  if (http === 410) return { kind: 'gone', http, detail };
  if (http === 422 && Array.isArray(j.errors)) {
    const errors = (j.errors as Json[]).filter((e) => e && typeof e.field === 'string' && typeof e.message === 'string') as unknown as FieldError[];
    if (errors.length) return { kind: 'invalid', http, errors, detail };
  }
  return http >= 500 ? { kind: 'server', http, detail } : { kind: 'refused', http, detail };
}
