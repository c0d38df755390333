/**
 * The state of a sign-up on one <som-signup>: what the person typed, the live availability, where sending
 * stands and the answer. The element draws it; the code that sends (submission.ts, in the submission chunk)
 * changes it and asks the element to draw again. Nothing here is part of the element's API.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../core/events.js';
import { getAvailability, type Availability } from './availability.js';
import { loadDraft, saveDraft, type FieldProblem, type Values } from './form.js';
import type { Ok, Phase } from './submission.js';

export type SubmissionHost = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    /** Id of the event in the feed. */
    readonly event: string;
    /** Validate, then send (again). */
    submit(): Promise<void>;
  };

export class SubmissionController implements ReactiveController {
  // Set by use(), which the element calls before it first draws a form (so no initial values to ship).
  declare endpoint: string | undefined;
  /** The event and endpoint whose draft and availability are loaded: an answer for another one is dropped. */
  declare loaded: string | undefined;
  declare values: Values;
  declare consent: boolean;
  declare phase: Phase;
  declare problems: FieldProblem[];
  declare result: Ok | undefined;
  /** The body sent without a definite answer, and its Idempotency-Key: sending the same body again reuses it. */
  declare pending: { key: string; body: string } | undefined;
  /** Availability from the endpoint; null until (or unless) it answered. */
  declare avail: Availability | null;
  /** Seconds to wait (429), and the server's words when it refused. */
  declare wait: number;
  declare detail: string;
  declare timer: number;
  private readonly online = () => this.host.submit();

  constructor(readonly host: SubmissionHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
    this.loaded = undefined;
  }

  /** The form is for this event and endpoint (none: not a form): another one starts over with its own draft. */
  use(event: string, endpoint: string | undefined): void {
    const key = endpoint && `${event} ${endpoint}`;
    if (key === this.loaded) return;
    this.stop();
    const draft = loadDraft(event);
    // Inside the element's update, so drawing again is already on its way.
    this.set({
      loaded: key,
      endpoint,
      values: draft?.values ?? {},
      pending: draft?.pending,
      consent: false,
      result: undefined,
      avail: null,
      phase: 'idle',
      problems: [],
    });
    if (key) void this.refresh();
  }

  stop(): void {
    clearTimeout(this.timer);
    removeEventListener('online', this.online);
  }

  /** Set and draw. */
  set(change: Partial<SubmissionController>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  async refresh(): Promise<void> {
    const key = this.loaded;
    const a = await getAvailability(this.endpoint!);
    // Unreadable: keep what is known (after a refusal, that it is full or closed).
    if (a && key === this.loaded) this.set({ avail: a });
  }

  save(): void {
    saveDraft(this.host.event, { values: this.values, pending: this.pending });
  }

  async focusOn(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** No answer at all: keep everything, say so, and send again once the browser is back online. */
  unsent(): void {
    emit(this.host, 'som-signup-error', { eventId: this.host.event, status: null, detail: 'network' });
    this.save();
    // No answer while the browser says it is online: the service (or its CORS set-up) is unreachable, and
    // an "online" event will not come, so offer the retry button as for a 5xx.
    this.set({ phase: navigator.onLine ? 'server' : 'offline' });
    addEventListener('online', this.online, { once: true });
    void this.focusOn('.note');
  }
}
