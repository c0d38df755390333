/**
 * A registration endpoint that follows PROTOCOL.md, in memory, behind a `window.fetch` stub: availability,
 * register (capacity, waiting list, opens/closes, duplicates by e-mail, honeypot, validation against the
 * event's fields), idempotency (same key + same body = same answer; other body = 422; no key = 400), problem
 * details. Tests and stories script failures on top (`next('network')`, `next(429)`, ...). The real server
 * has its own tests; this one lets the widget be tested on every answer the protocol allows.
 */
import type { FeedField } from '../../src/feed/schema.js';

export type FakeState = 'not-yet-open' | 'open' | 'waitlist' | 'full' | 'closed' | 'cancelled';

export interface FakeConfig {
  /** Forces a state; by default it follows from capacity, counts and the waiting list. */
  state?: FakeState;
  /** null = unlimited */
  capacity?: number | null;
  waitlist?: boolean;
  /** seats already taken / people already waiting (by other people) */
  confirmed?: number;
  waitlisted?: number;
  opens?: string | null;
  closes?: string | null;
  fields?: FeedField[];
  /** ms before each answer */
  delay?: number;
  /** The reference server's extension: how many days after the event registrations are kept. */
  retentionDays?: number;
  /** A server that mails: a duplicate answer says the confirmation went out again (`resent: true`). */
  resends?: boolean;
}

/**
 * A scripted answer for the next request: a network failure, no answer at all, or a status with a body
 * (`then` changes the endpoint afterwards, e.g. a 409 after which the event reads as full).
 */
export type Scripted =
  'network' | 'hang' | number | { status: number; body?: unknown; headers?: Record<string, string>; then?: FakeConfig };

export interface SeenRequest {
  method: string;
  key: string | null;
  /** the exact bytes, as idempotency compares them */
  text: string;
  body: Record<string, unknown> | undefined;
}

interface Stored {
  text: string;
  status: number;
  json: unknown;
}

const ORIGIN = 'https://signup.invalid';
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PROBLEMS = 'https://som-widgets.example/problems/';
let counter = 0;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
const problem = (
  status: number,
  slug: string,
  title: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) =>
  new Response(JSON.stringify({ type: PROBLEMS + slug, title, status, detail: `${title}.`, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

export class FakeEndpoint {
  readonly url: string;
  readonly requests: SeenRequest[] = [];
  readonly registrations: {
    email: string;
    status: 'confirmed' | 'waitlisted';
    position: number | null;
    body: Record<string, unknown>;
  }[] = [];
  private readonly keys = new Map<string, Stored>();
  private readonly script: { method: string; answer: Scripted }[] = [];

  constructor(
    public config: FakeConfig = {},
    id = `event-${++counter}`,
  ) {
    this.url = `${ORIGIN}/api/events/${id}/registrations`;
    fakes.set(this.url, this);
  }

  /** Answer the next POSTs (in order) with these, before the protocol's own logic. */
  next(...answers: Scripted[]): this {
    for (const answer of answers) this.script.push({ method: 'POST', answer });
    return this;
  }

  /** Answer the next GETs (availability) with these. */
  nextGet(...answers: Scripted[]): this {
    for (const answer of answers) this.script.push({ method: 'GET', answer });
    return this;
  }

  get posts(): SeenRequest[] {
    return this.requests.filter((r) => r.method === 'POST');
  }

  private count(status: 'confirmed' | 'waitlisted'): number {
    return (
      (status === 'confirmed' ? (this.config.confirmed ?? 0) : (this.config.waitlisted ?? 0)) +
      this.registrations.filter((r) => r.status === status).length
    );
  }

  availability() {
    const c = this.config;
    const capacity = c.capacity === undefined ? 35 : c.capacity;
    const confirmed = this.count('confirmed');
    const state: FakeState =
      c.state ?? (capacity !== null && confirmed >= capacity ? (c.waitlist ? 'waitlist' : 'full') : 'open');
    return {
      eventId: this.url.split('/').at(-2),
      state,
      capacity,
      confirmed,
      waitlisted: this.count('waitlisted'),
      remaining: capacity === null ? null : Math.max(0, capacity - confirmed),
      waitlist: !!c.waitlist,
      opens: c.opens ?? null,
      closes: c.closes ?? null,
      ...(c.retentionDays !== undefined && { retentionDays: c.retentionDays }),
    };
  }

  async fetch(init: RequestInit = {}): Promise<Response> {
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    const text = typeof init.body === 'string' ? init.body : '';
    let body: Record<string, unknown> | undefined;
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    } catch {
      body = undefined;
    }
    this.requests.push({ method, key: headers.get('Idempotency-Key'), text, body });
    if (this.config.delay) await new Promise((r) => setTimeout(r, this.config.delay));
    const i = this.script.findIndex((s) => s.method === method);
    if (i >= 0) {
      const { answer } = this.script.splice(i, 1)[0]!;
      if (answer === 'network') throw new TypeError('Failed to fetch');
      if (answer === 'hang') {
        return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
      }
      const a = typeof answer === 'number' ? { status: answer } : answer;
      if ('then' in a) Object.assign(this.config, a.then);
      if (a.body !== undefined || a.status < 400) return json(a.status, a.body ?? {}, a.headers);
      return problem(a.status, a.status === 409 ? 'full' : `http-${a.status}`, `Scripted ${a.status}`, {}, a.headers);
    }
    if (method === 'GET') return json(200, this.availability(), { 'Cache-Control': 'max-age=5' });
    if (method !== 'POST') return problem(405, 'method-not-allowed', 'Method not allowed');
    return this.register(headers.get('Idempotency-Key'), text, body);
  }

  private register(key: string | null, text: string, body: Record<string, unknown> | undefined): Response {
    if (!key) return problem(400, 'idempotency-key-missing', 'Idempotency-Key required');
    if (!body) return problem(400, 'bad-request', 'Bad request');
    if (typeof body.website === 'string' && body.website.trim()) return json(202, { status: 'received' });
    const seen = this.keys.get(key);
    if (seen) {
      if (seen.text !== text) return problem(422, 'idempotency-key-reused', 'Idempotency-Key reused');
      return json(seen.status, seen.json, { 'Idempotent-Replayed': 'true' });
    }
    const a = this.availability();
    if (a.state === 'closed' || a.state === 'not-yet-open' || a.state === 'cancelled')
      return problem(410, a.state, 'Registration not possible');
    if (a.state === 'full') return problem(409, 'full', 'Event full');
    const errors = this.validate(body);
    if (errors.length) return problem(422, 'validation', 'Invalid sign-up', { errors });
    const email = String(body.email).trim().toLowerCase();
    const existing = this.registrations.find((r) => r.email === email);
    if (existing)
      return json(200, {
        id: 'existing',
        status: existing.status,
        position: existing.position,
        duplicate: true,
        ...(this.config.resends && { resent: true }),
      });
    const status = a.state === 'waitlist' ? 'waitlisted' : 'confirmed';
    const position = status === 'waitlisted' ? this.count('waitlisted') + 1 : null;
    this.registrations.push({ email, status, position, body });
    const token = `t${this.registrations.length}-${Math.random().toString(36).slice(2)}`;
    const cancelUrl = `${ORIGIN}/api/registrations/${token}`;
    const answer = {
      id: `r${this.registrations.length}`,
      status,
      position,
      cancelUrl,
      icsUrl: `${cancelUrl}/calendar.ics`,
    };
    this.keys.set(key, { text, status: 201, json: answer });
    return json(201, answer);
  }

  private validate(body: Record<string, unknown>): { field: string; message: string }[] {
    const nl = body.language === 'nl';
    const errors: { field: string; message: string }[] = [];
    if (typeof body.name !== 'string' || !body.name.trim())
      errors.push({ field: 'name', message: nl ? 'Vul je naam in.' : 'Enter your name.' });
    if (typeof body.email !== 'string' || !EMAIL.test(body.email.trim())) {
      errors.push({ field: 'email', message: nl ? 'Vul een geldig e-mailadres in.' : 'Enter a valid e-mail address.' });
    }
    const answers = (body.answers ?? {}) as Record<string, unknown>;
    for (const f of this.config.fields ?? []) {
      const v = answers[f.id];
      const empty = v === undefined || v === '' || v === false;
      if (f.required && empty)
        errors.push({ field: `answers.${f.id}`, message: nl ? `Vul “${f.id}” in.` : `Fill in “${f.id}”.` });
      else if (f.type === 'select' && !empty && !f.options?.some((o) => o.value === v))
        errors.push({ field: `answers.${f.id}`, message: 'Choose one of the options.' });
      else if (typeof v === 'string' && f.maxLength && v.length > f.maxLength)
        errors.push({ field: `answers.${f.id}`, message: 'Too long.' });
    }
    if (body.consent !== true)
      errors.push({ field: 'consent', message: nl ? 'Geef toestemming.' : 'Give your consent.' });
    return errors;
  }
}

const fakes = new Map<string, FakeEndpoint>();
let realFetch: typeof fetch | undefined;

/** Route requests for fake endpoints to them; everything else (the feed, images) goes to the real fetch. */
export function installFakeFetch(): void {
  if (realFetch) return;
  const real = (realFetch = window.fetch.bind(window));
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const fake = fakes.get(url);
    if (!fake) return real(input, init);
    if (init?.signal?.aborted) return Promise.reject(init.signal.reason);
    return fake.fetch(init);
  };
}

export function uninstallFakeFetch(): void {
  if (realFetch) window.fetch = realFetch;
  realFetch = undefined;
}
