import { css, html, nothing, type TemplateResult } from 'lit';
import { SomElement } from '../core/som-element.js';
import { baseStyles } from '../core/styles.js';
import { emit } from '../core/events.js';
import { coreText, fill } from '../core/i18n.js';
import { dateFormat, formatWhen } from '../feed/dates.js';
import type { FeedEvent, FeedField } from '../feed/schema.js';
import { getAvailability, newKey, register, type Availability, type RegisterResult } from './client.js';
import {
  answerKey, autocompleteFor, clearDraft, feedAvailability, loadDraft, saveDraft, signupBody, validate,
  type FieldProblem, type Values,
} from './form.js';
import { signupMessages, type SignupMessages } from './messages.js';

type Form = Extract<NonNullable<FeedEvent['registration']>, { type: 'form' }>;
type Ok = Extract<RegisterResult, { kind: 'ok' }>;
/**
 * Where a submission stands. The failure phases are also the keys of their messages: `lateFull`/`late`
 * = refused because the event filled up or closed meanwhile, `refused` = any other 4xx.
 */
type Phase = 'idle' | 'sending' | Failure;
type Failure = 'offline' | 'server' | 'wait' | 'lateFull' | 'late' | 'refused';

/**
 * Sign-up for one event of the feed: the event, its live availability, and the form that speaks the
 * sign-up protocol (PROTOCOL.md) to the event's `registration.endpoint`; or the partner's link, or why
 * sign-up is closed.
 *
 * @tagname som-signup
 * @summary Sign-up for one event: form, waiting list, external link, or why it is closed.
 * @slot - Fallback content (e.g. a link to the event page): shown before the element loads, and when the feed or the event cannot be found.
 * @fires som-signup-success - Signed up: `{ eventId, status: 'confirmed' | 'waitlisted', position }`.
 * @fires som-signup-error - A submission failed: `{ eventId, status (HTTP status; null for a network failure), detail }`.
 * @fires som-feed-load - The feed was loaded (only when `src` is set on this element).
 * @fires som-feed-error - The feed could not be loaded.
 * @fires som-feed-warning - Some feed items were skipped.
 * @csspart title - The event title.
 * @csspart availability - Places left, or why sign-up is closed.
 * @csspart form - The sign-up form.
 * @csspart success - The confirmation, with the calendar and cancel links.
 * @csspart error - The message when the feed or the event cannot be found.
 * @cssprop --som-color-primary - Buttons and links.
 * @cssprop --som-color-danger - Errors.
 * @cssprop --som-color-success - The confirmation's border.
 * @cssprop --som-color-border - Form control borders.
 * @cssprop --som-color-muted - Hints.
 * @cssprop --som-radius - Corner radius.
 * @cssprop --som-focus-color - Focus outline.
 */
export class SomSignup extends SomElement {
  static override properties = {
    event: {},
    avail: { state: true, attribute: false },
    phase: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    result: { state: true, attribute: false },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        text-transform: none;
      }
      .cx {
        text-decoration: line-through;
      }
      .avail {
        font-weight: 700;
        margin-block: 0.75rem;
      }
      form,
      .row {
        display: grid;
        gap: 0.4rem;
      }
      form {
        gap: 1.25rem;
      }
      label {
        font-weight: 600;
      }
      .box label {
        font-weight: 400;
      }
      .hint,
      .muted {
        color: var(--_muted);
        font-weight: 400;
      }
      input,
      select,
      textarea {
        width: 100%;
        max-width: 32rem;
        min-height: 2.75rem;
        padding: 0.4em 0.5em;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .box {
        display: flex;
        gap: 0.6rem;
        align-items: flex-start;
      }
      .box input {
        flex: none;
        width: 1.5rem;
        min-height: 1.5rem;
        margin: 0;
        accent-color: var(--_primary);
      }
      .bad {
        border-inline-start: 4px solid var(--_danger);
        padding-inline-start: 0.75rem;
      }
      .bad > * {
        border-color: var(--_danger);
      }
      .err,
      .summary a {
        color: var(--_danger);
        font-weight: 700;
      }
      .summary,
      .note,
      .done {
        border: 3px solid var(--_danger);
        border-radius: var(--_radius);
        padding: 1rem;
        margin-block: 1rem;
      }
      .done {
        border-color: var(--_success);
      }
      ul {
        padding-inline-start: 1.25rem;
      }
      .hp {
        position: absolute;
        left: -100vw;
        width: 1px;
        height: 1px;
        overflow: hidden;
      }
      * + p {
        margin-block-start: 0.5rem;
      }
    `,
  ];

  /** Id of the event in the feed. */
  event = '';

  /** Availability from the endpoint; null until (or unless) it answered. */
  private avail: Availability | null = null;
  private phase: Phase = 'idle';
  private problems: FieldProblem[] = [];
  private result: Ok | undefined;
  /** Seconds to wait (429), and the server's words when it refused. */
  private wait = 0;
  private detail = '';

  private values: Values = {};
  private consent = false;
  /** The body sent without a definite answer, and its Idempotency-Key: sending the same body again reuses it. */
  private pending: { key: string; body: string } | undefined;
  /** The event and endpoint whose draft and availability are loaded. */
  private loaded: string | undefined;
  private timer = 0;
  private readonly online = () => this.submit();

  private get ev(): FeedEvent | undefined {
    const s = this.feed.state;
    return s.status === 'ready' ? s.data.feed.events.find((e) => e.id === this.event) : undefined;
  }

  private get reg(): Form | undefined {
    const r = this.ev?.registration;
    return r?.type === 'form' ? r : undefined;
  }

  /** The interface text, or undefined while another language's chunk loads. */
  private get m(): SignupMessages | undefined {
    return signupMessages(this.ui, () => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
    this.loaded = undefined;
  }

  private stop(): void {
    clearTimeout(this.timer);
    removeEventListener('online', this.online);
  }

  protected override willUpdate(): void {
    // Ask for the interface language's texts while the feed is still loading.
    void this.m;
    // Another event (or endpoint): start over with its own draft and availability.
    const key = this.reg && `${this.event} ${this.reg.endpoint}`;
    if (key === this.loaded) return;
    this.loaded = key;
    this.stop();
    const draft = key ? loadDraft(this.event) : undefined;
    this.values = draft?.values ?? {};
    this.pending = draft?.pending;
    this.consent = false;
    this.result = undefined;
    this.avail = null;
    this.phase = 'idle';
    this.problems = [];
    if (key) void this.refresh();
  }

  private async refresh(): Promise<void> {
    const key = this.loaded;
    const a = await getAvailability(this.reg!.endpoint);
    // Unreadable: keep what is known (after a refusal, that it is full or closed).
    if (a && key === this.loaded) this.avail = a;
  }

  private save(): void {
    saveDraft(this.event, { values: this.values, pending: this.pending });
  }

  private onInput(e: Event): void {
    const el = e.target as HTMLInputElement;
    if (el.name === 'consent') this.consent = el.checked;
    else if (el.name !== 'website') this.values[el.name] = el.type === 'checkbox' ? el.checked : el.value;
    this.save();
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Validate, then send. Also the retry (button, back online, after Retry-After) of the same attempt. */
  private async submit(e?: Event): Promise<void> {
    e?.preventDefault();
    const reg = this.reg;
    // While sending or waiting, a second click (or Enter) does nothing: one attempt at a time.
    if (!reg || this.phase === 'sending' || this.phase === 'wait' || this.result) return;
    this.stop();
    const fields = reg.fields ?? [];
    this.problems = validate(fields, this.values, this.consent);
    if (this.problems.length) {
      this.phase = 'idle';
      return this.focusOn('.summary');
    }
    const website = this.renderRoot.querySelector<HTMLInputElement>('[name=website]')?.value ?? '';
    const body = signupBody(fields, this.values, this.consent, this.ui, website);
    const text = JSON.stringify(body);
    // The same body as an attempt whose outcome is unknown: the same key, so the server acts on it once.
    if (this.pending?.body !== text) this.pending = { key: newKey(), body: text };
    this.phase = 'sending';
    this.save();
    const key = this.loaded;
    const r = await register(reg.endpoint, body, this.pending.key);
    if (key === this.loaded) this.handle(r);
  }

  private handle(r: RegisterResult): void {
    const eventId = this.event;
    if (r.kind === 'ok') {
      this.phase = 'idle';
      this.result = r;
      this.pending = undefined;
      clearDraft(eventId);
      // A 202 (the protocol's answer to a filled honeypot) has no status to report.
      if (r.status !== 'received') emit(this, 'som-signup-success', { eventId, status: r.status, position: r.position });
      void this.focusOn('.done');
      return;
    }
    emit(this, 'som-signup-error', { eventId, status: r.http, detail: r.detail });
    const k = r.kind;
    // A refusal stored nothing: whatever is sent next is a new attempt with a new key.
    if (k !== 'network' && k !== 'server' && k !== 'later') this.pending = undefined;
    this.save();
    if (k === 'invalid') {
      this.phase = 'idle';
      this.problems = r.errors.map((x) => ({ field: x.field, text: x.message }));
      return void this.focusOn('.summary');
    }
    this.detail = r.detail;
    // No answer while the browser says it is online: the service (or its CORS set-up) is unreachable, and
    // an "online" event will not come, so offer the retry button as for a 5xx.
    this.phase = k === 'network' ? (navigator.onLine ? 'server' : 'offline') : k === 'later' ? 'wait' : k === 'full' ? 'lateFull' : k === 'gone' ? 'late' : k;
    if (k === 'later') {
      // Count down visibly (the note is not a live region, so screen readers are not told every second).
      this.wait = r.wait;
      const tick = () => {
        if (--this.wait > 0) {
          this.requestUpdate();
          this.timer = window.setTimeout(tick, 1000);
          return;
        }
        this.phase = 'idle';
        void this.submit();
      };
      this.timer = window.setTimeout(tick, 1000);
    }
    if (k === 'network') addEventListener('online', this.online, { once: true });
    // Full or closed meanwhile: say so at once, then re-read the availability, which says why.
    if (k === 'full' || k === 'gone') {
      this.avail = { opens: null, closes: null, ...this.avail, state: k === 'full' ? 'full' : 'closed', remaining: 0 };
      void this.refresh();
    }
    void this.focusOn('.note');
  }

  /** Follow an error-summary link to its field (a fragment link cannot reach into a shadow root). */
  private jump(e: Event): void {
    e.preventDefault();
    const el = this.renderRoot.querySelector<HTMLElement>(`[id="${(e.currentTarget as HTMLAnchorElement).hash.slice(1)}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }

  protected override render() {
    return this.renderFeed(({ feed }) => {
      const m = this.m;
      if (!m) {
        return html`<div class="state" role="status" aria-busy="true"><span class="visually-hidden">${coreText(this.ui, this).loading}</span></div>`;
      }
      const ev = this.ev;
      if (!ev) return html`<p class="error" part="error">${m.unknown}</p><slot></slot>`;
      const tz = feed.network.timeZone;
      const when = formatWhen(ev, this.ui, tz, m);
      const place = [this.t(ev.location?.name), ev.location?.address].filter(Boolean).join(', ') || (ev.online ? 'Online' : '');
      const r = ev.registration;
      return html`<h2 part="title" class=${ev.status === 'cancelled' ? 'cx' : ''}>${this.t(ev.title)}</h2>
<p><span aria-hidden="true">${when.text}</span><span class="visually-hidden">${when.label}</span></p>
${place ? html`<p>${place}</p>` : nothing}
${r?.type === 'form'
  ? this.renderForm(m, r, ev, tz, feed.network.name)
  : html`<p class="avail">${r?.type === 'external' ? html`<a class="button" href=${r.url}>${this.t(r.label) || m.external}</a>` : m.none}</p>`}`;
    });
  }

  private renderForm(m: SignupMessages, reg: Form, ev: FeedEvent, tz: string, network: string): TemplateResult {
    const r = this.result;
    if (r) {
      const wl = r.status === 'waitlisted';
      return html`<div class="done" part="success" tabindex="-1">
<h3>${wl ? m.waitlisted + (r.position ? fill(m.position, { n: r.position }) : '') : m.confirmed}</h3>
${r.duplicate ? html`<p>${m.duplicate}</p>` : nothing}
${wl ? html`<p>${m.promote}</p>` : nothing}
${r.icsUrl ? html`<p><a href=${r.icsUrl}>${m.ics}</a></p>` : nothing}
${r.cancelUrl ? html`<p>${m.cancelHint} <a href=${r.cancelUrl}>${m.cancel}</a></p>` : nothing}
</div>`;
    }
    const a = this.avail ?? feedAvailability(ev, Date.now(), tz);
    const date = (v: string) => dateFormat(this.ui, { timeZone: tz, dateStyle: 'long', timeStyle: 'short' }).format(new Date(v));
    const s = a.state;
    const line = s === 'open'
      ? (a.remaining === null ? (a.closes ? fill(m.until, { d: date(a.closes) }) : '') : a.remaining === 1 ? m.left1 : fill(m.left, { n: a.remaining }))
      : s === 'not-yet-open'
        ? (a.opens ? fill(m.notYet, { d: date(a.opens) }) : m.closed)
        : s === 'cancelled' ? [m.cancelled, this.t(ev.statusReason)].filter(Boolean).join(' — ') : m[s];
    const p = this.phase;
    const busy = p === 'sending' || p === 'wait';
    const retry = p === 'offline' || p === 'server';
    const fields = reg.fields ?? [];
    const known = ['name', 'email', 'consent', ...fields.map(answerKey)];
    return html`<p class="avail" part="availability">${line}</p>
${p !== 'idle' && p !== 'sending'
  ? html`<div class="note" tabindex="-1">
<p>${fill(m[p], { s: this.wait })} ${p === 'refused' ? this.detail : ''}</p>
${retry ? html`<p><button type="button" class="button secondary" @click=${() => this.submit()}>${m.retry}</button></p>` : nothing}
</div>`
  : nothing}
${s === 'open' || s === 'waitlist'
  ? html`<form part="form" novalidate @submit=${this.submit} @input=${this.onInput}>
${this.problems.length
  ? html`<div class="summary" role="alert" tabindex="-1">
<h3>${m.problem}</h3>
<ul>${this.problems.map((x) => html`<li>${known.includes(x.field) ? html`<a href="#f-${x.field}" @click=${this.jump}>${this.say(m, x)}</a>` : this.say(m, x)}</li>`)}</ul>
</div>`
  : nothing}
${this.row(m, 'name', m.name, 'name', true)}
${this.row(m, 'email', m.email, 'email', true)}
${fields.map((f) => this.row(m, answerKey(f), this.t(f.label), f.type, !!f.required, f))}
<p class="hint" id="privacy">${fill(m.privacy, { who: ev.organizer?.name ?? network })} <a href=${reg.privacyUrl}>${m.policy}</a></p>
${this.row(m, 'consent', m.consent, 'checkbox', true)}
<div class="hp" aria-hidden="true"><label for="f-website">Website</label><input id="f-website" name="website" tabindex="-1" autocomplete="off" /></div>
<div><button class="button" aria-disabled=${busy ? 'true' : nothing}>${s === 'waitlist' ? m.submitWaitlist : m.submit}</button>
<p role="status">${p === 'sending' ? m.sending : ''}</p></div>
</form>`
  : nothing}`;
  }

  /** A field problem in words: the server's own, or ours in the interface language. */
  private say(m: SignupMessages, p: FieldProblem): string {
    const f = this.reg?.fields?.find((x) => answerKey(x) === p.field);
    return p.text ?? fill(m[p.code!], { f: f ? this.t(f.label) : p.field === 'name' ? m.name : m.email, n: p.n ?? 0 });
  }

  /** One labelled control with its hint and error message, tied to it with aria-describedby. */
  private row(m: SignupMessages, key: string, label: string, type: FeedField['type'] | 'name', req: boolean, f?: FeedField): TemplateResult {
    const id = `f-${key}`;
    const p = this.problems.find((x) => x.field === key);
    const err = p && this.say(m, p);
    const hint = [this.t(f?.help), f?.maxLength && type !== 'number' ? fill(m.max, { n: f.maxLength }) : ''].filter(Boolean).join(' ');
    const desc = [hint && `h-${key}`, key === 'consent' && 'privacy', err && `e-${key}`].filter(Boolean).join(' ') || nothing;
    const v = this.values[key];
    const value = typeof v === 'string' ? v : '';
    const invalid = err ? 'true' : nothing;
    const check = type === 'checkbox';
    const labelT = html`<label for=${id}>${label}${req || check ? '' : html` <span class="muted">${m.optional}</span>`}</label>`;
    const hintT = hint ? html`<span class="hint" id="h-${key}">${hint}</span>` : nothing;
    const control = check
      ? html`<input type="checkbox" id=${id} name=${key} ?required=${req} aria-describedby=${desc} aria-invalid=${invalid} .checked=${key === 'consent' ? this.consent : v === true} />`
      : type === 'textarea'
        ? html`<textarea id=${id} name=${key} rows="4" ?required=${req} aria-describedby=${desc} aria-invalid=${invalid} .value=${value}></textarea>`
        : type === 'select'
          ? html`<select id=${id} name=${key} ?required=${req} aria-describedby=${desc} aria-invalid=${invalid}><option value="">${m.pick}</option>${f?.options?.map((o) => html`<option value=${o.value} ?selected=${o.value === v}>${this.t(o.label)}</option>`)}</select>`
          : html`<input id=${id} name=${key} type=${type === 'email' || type === 'tel' ? type : 'text'} ?required=${req} autocomplete=${(type === 'name' ? 'name' : f ? autocompleteFor(f) : 'email') ?? nothing} inputmode=${type === 'number' ? 'decimal' : nothing} spellcheck=${type === 'text' ? nothing : 'false'} aria-describedby=${desc} aria-invalid=${invalid} .value=${value} />`;
    return html`<div class="row ${err ? 'bad' : ''}">
${check ? nothing : labelT}${check ? nothing : hintT}
${err ? html`<span class="err" id="e-${key}"><span class="visually-hidden">${m.error}</span> ${err}</span>` : nothing}
${check ? html`<div class="box">${control}${labelT}</div>${hintT}` : control}
</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'som-signup': SomSignup;
  }
}
