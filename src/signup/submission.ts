/**
 * A submission, from the button to the answer (PROTOCOL.md): check what was typed, send it with the
 * attempt's Idempotency-Key (the same body keeps its key, so a retry never signs up twice), and turn the
 * answer into what the form shows next. Part of the submission chunk (sent.ts); <som-signup> is the host
 * whose state it reads and sets.
 */
import { emit } from '../core/events.js';
import type { FeedField } from '../feed/schema.js';
import type { Availability, RegisterResult } from './availability.js';
import { newKey, register } from './client.js';
import { session, storageKey, type FieldProblem, type Values } from './form.js';
import { signupBody, validate } from './validate.js';

/**
 * Where a submission stands. The failure phases are also the keys of their messages: `lateFull`/`late`
 * = refused because the event filled up or closed meanwhile, `refused` = any other 4xx.
 */
export type Phase = 'idle' | 'sending' | Failure;
export type Failure = 'offline' | 'server' | 'wait' | 'lateFull' | 'late' | 'refused';
export type Ok = Extract<RegisterResult, { kind: 'ok' }>;

/** What a submission reads and sets on <som-signup> (the element's internal state). */
export interface SubmitHost extends HTMLElement {
  readonly event: string;
  /** The event and endpoint the form is for: an answer for another one is dropped. */
  readonly loaded: string | undefined;
  values: Values;
  consent: boolean;
  phase: Phase;
  problems: FieldProblem[];
  result: Ok | undefined;
  /** The body sent without a definite answer, and its Idempotency-Key. */
  pending: { key: string; body: string } | undefined;
  avail: Availability | null;
  /** Seconds to wait (429), and the server's words when it refused. */
  wait: number;
  detail: string;
  timer: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
  save(): void;
  refresh(): Promise<void>;
  focusOn(selector: string): Promise<void>;
  submit(): Promise<void>;
  /** No answer at all: keep everything, say so, and send again once the browser is back online. */
  unsent(): void;
}

/** Check what was typed, then send it. */
export async function send(
  h: SubmitHost,
  endpoint: string,
  fields: readonly FeedField[],
  language: string,
): Promise<void> {
  const key = h.loaded;
  h.problems = validate(fields, h.values, h.consent);
  if (h.problems.length) {
    h.phase = 'idle';
    return h.focusOn('.summary');
  }
  const website = h.renderRoot.querySelector<HTMLInputElement>('[name=website]')?.value ?? '';
  const body = signupBody(fields, h.values, h.consent, language, website);
  const text = JSON.stringify(body);
  // The same body as an attempt whose outcome is unknown: the same key, so the server acts on it once.
  if (h.pending?.body !== text) h.pending = { key: newKey(), body: text };
  h.save();
  const r = await register(endpoint, body, h.pending.key);
  if (key === h.loaded) answer(h, r);
}

/** Show the endpoint's answer, or the failure to get one. */
export function answer(h: SubmitHost, r: RegisterResult): void {
  const eventId = h.event;
  if (r.kind === 'network') return h.unsent();
  if (r.kind === 'ok') {
    h.phase = 'idle';
    h.result = r;
    h.pending = undefined;
    clearDraft(eventId);
    // A 202 (the protocol's answer to a filled honeypot) has no status to report.
    if (r.status !== 'received') emit(h, 'som-signup-success', { eventId, status: r.status, position: r.position });
    void h.focusOn('.done');
    return;
  }
  emit(h, 'som-signup-error', { eventId, status: r.http, detail: r.detail });
  const k = r.kind;
  // A refusal stored nothing: whatever is sent next is a new attempt with a new key.
  if (k !== 'server' && k !== 'later') h.pending = undefined;
  h.save();
  if (k === 'invalid') {
    h.phase = 'idle';
    h.problems = r.errors.map((x) => ({ field: x.field, text: x.message }));
    return void h.focusOn('.summary');
  }
  h.detail = r.detail;
  h.phase = k === 'later' ? 'wait' : k === 'full' ? 'lateFull' : k === 'gone' ? 'late' : k;
  if (k === 'later') {
    // Count down visibly (the note is not a live region, so screen readers are not told every second).
    h.wait = r.wait;
    const tick = () => {
      if (--h.wait > 0) {
        h.requestUpdate();
        h.timer = window.setTimeout(tick, 1000);
        return;
      }
      h.phase = 'idle';
      void h.submit();
    };
    h.timer = window.setTimeout(tick, 1000);
  }
  // Full or closed meanwhile: say so at once, then re-read the availability, which says why.
  if (k === 'full' || k === 'gone') {
    h.avail = { opens: null, closes: null, ...h.avail, state: k === 'full' ? 'full' : 'closed', remaining: 0 };
    void h.refresh();
  }
  void h.focusOn('.note');
}

/** Forget the draft once the outcome is known (here, in the submission chunk: only a submission needs it). */
export function clearDraft(eventId: string): void {
  try {
    session()?.removeItem(storageKey(eventId));
  } catch {
    /* nothing to clear */
  }
}
