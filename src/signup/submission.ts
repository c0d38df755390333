/**
 * A submission, from the button to the answer (PROTOCOL.md): check what was typed, send it with the
 * attempt's Idempotency-Key (the same body keeps its key, so a retry never signs up twice), and turn the
 * answer into what the form shows next. Part of the submission chunk (sent.ts); it changes the state the
 * element's SubmissionController holds, and the element draws it.
 */
import { emit } from '../core/events.js';
import type { FeedField } from '../feed/schema.js';
import type { RegisterResult } from './availability.js';
import { newKey, register } from './client.js';
import { session, storageKey } from './form.js';
import { signupBody, validate } from './validate.js';
import type { SubmissionController } from './submission-controller.js';

/**
 * Where a submission stands. The failure phases are also the keys of their messages: `lateFull`/`late`
 * = refused because the event filled up or closed meanwhile, `refused` = any other 4xx.
 */
export type Phase = 'idle' | 'sending' | Failure;
export type Failure = 'offline' | 'server' | 'wait' | 'lateFull' | 'late' | 'refused';
export type Ok = Extract<RegisterResult, { kind: 'ok' }>;

/** Check what was typed, then send it. */
export async function send(h: SubmissionController, fields: readonly FeedField[], language: string): Promise<void> {
  const key = h.loaded;
  const problems = validate(fields, h.values, h.consent);
  if (problems.length) {
    h.set({ problems, phase: 'idle' });
    return h.focusOn('.summary');
  }
  h.set({ problems });
  const website = h.host.renderRoot.querySelector<HTMLInputElement>('[name=website]')?.value ?? '';
  const body = signupBody(fields, h.values, h.consent, language, website);
  const text = JSON.stringify(body);
  // The same body as an attempt whose outcome is unknown: the same key, so the server acts on it once.
  if (h.pending?.body !== text) h.pending = { key: newKey(), body: text };
  h.save();
  const r = await register(h.endpoint!, body, h.pending.key);
  if (key === h.loaded) answer(h, r);
}

/** Show the endpoint's answer, or the failure to get one. */
export function answer(h: SubmissionController, r: RegisterResult): void {
  const eventId = h.host.event;
  if (r.kind === 'network') return h.unsent();
  if (r.kind === 'ok') {
    h.set({ phase: 'idle', result: r, pending: undefined });
    clearDraft(eventId);
    // A 202 (the protocol's answer to a filled honeypot) has no status to report.
    if (r.status !== 'received')
      emit(h.host, 'som-signup-success', { eventId, status: r.status, position: r.position });
    void h.focusOn('.done');
    return;
  }
  emit(h.host, 'som-signup-error', { eventId, status: r.http, detail: r.detail });
  const k = r.kind;
  // A refusal stored nothing: whatever is sent next is a new attempt with a new key.
  if (k !== 'server' && k !== 'later') h.pending = undefined;
  h.save();
  if (k === 'invalid') {
    h.set({ phase: 'idle', problems: r.errors.map((x) => ({ field: x.field, text: x.message })) });
    return void h.focusOn('.summary');
  }
  h.set({ detail: r.detail, phase: k === 'later' ? 'wait' : k === 'full' ? 'lateFull' : k === 'gone' ? 'late' : k });
  if (k === 'later') {
    // Count down visibly (the note is not a live region, so screen readers are not told every second).
    h.wait = r.wait;
    const tick = () => {
      if (--h.wait > 0) {
        h.host.requestUpdate();
        h.timer = window.setTimeout(tick, 1000);
        return;
      }
      h.phase = 'idle';
      void h.host.submit();
    };
    h.timer = window.setTimeout(tick, 1000);
  }
  // Full or closed meanwhile: say so at once, then re-read the availability, which says why.
  if (k === 'full' || k === 'gone') {
    h.set({ avail: { opens: null, closes: null, ...h.avail, state: k === 'full' ? 'full' : 'closed', remaining: 0 } });
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
