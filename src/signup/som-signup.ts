import { css, html, nothing, type TemplateResult } from 'lit';
import { SomElement } from '../core/som-element.js';
import { baseStyles } from '../core/styles.js';
import { lazy } from '../core/lazy.js';
import { loadingView } from '../core/states.js';
import { fill } from '../core/i18n.js';
import { coreText } from '../core/messages/index.js';
import { dateFormat, formatWhen, intlDays } from '../feed/dates.js';
import type { FeedEvent, FeedField } from '../feed/schema.js';
import { answerKey, autocompleteFor, feedAvailability } from './form.js';
import { signupMessages, type SignupMessages } from './messages/index.js';
import type { SentMessages } from './sent.js';
import { SubmissionController } from './submission-controller.js';

type SentModule = typeof import('./sent.js');
/** The submission's code and texts (sent.ts): fetched when a person starts on the form, awaited on "sign up". */
const loadSent = lazy(() => import('./sent.js'));

type Form = Extract<NonNullable<FeedEvent['registration']>, { type: 'form' }>;
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
  };

  static override styles = [
    baseStyles,
    css`
      .cx {
        text-decoration: line-through;
      }
      .avail {
        font-weight: 700;
        margin-block: 0.75em;
      }
      form,
      .row {
        display: grid;
        gap: 0.4em;
      }
      form {
        gap: 1.25em;
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
        max-width: 32em;
        min-height: 2.75em;
        padding: 0.4em 0.5em;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .box {
        display: flex;
        gap: 0.6em;
        align-items: flex-start;
      }
      .box input {
        flex: none;
        /* Never under the 24 px target size, whatever the page's text size. */
        width: max(1.5em, 24px);
        min-height: max(1.5em, 24px);
        margin: 0;
        accent-color: var(--_primary);
      }
      /* A boxed note: how sending stands here; after.ts draws the summary and the confirmation in it too. */
      .note {
        border: 3px solid var(--_danger);
        border-radius: var(--_radius);
        padding: 1em;
        margin-block: 1em;
      }
      /* The honeypot: hidden as .visually-hidden is, and off the screen as well. */
      .hp {
        left: -100vw;
      }
      * + p {
        margin-block-start: 0.5em;
      }
    `,
  ];

  /** Id of the event in the feed. */
  event = '';

  /** What was typed, the availability, where sending stands and the answer. */
  private readonly s = new SubmissionController(this);
  /** The submission chunk and its texts in the interface language, once a person pressed the button. */
  private sent: SentModule | undefined;

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

  protected override willUpdate(): void {
    // Ask for the interface language's texts while the feed is still loading.
    void this.m;
    // Another event (or endpoint): start over with its own draft and availability.
    this.s.use(this.event, this.reg?.endpoint);
  }

  private onInput(e: Event): void {
    const el = e.target as HTMLInputElement;
    const s = this.s;
    if (el.name === 'consent') s.consent = el.checked;
    else if (el.name !== 'website') s.values[el.name] = el.type === 'checkbox' ? el.checked : el.value;
    s.save();
    // Fetch what a submission needs while the person fills in the form.
    loadSent().catch(() => {});
  }

  /** The submission's texts in the interface language, or undefined while they load (or before any submission). */
  private get sm(): SentMessages | undefined {
    return this.sent?.sentTexts(this.ui, () => this.requestUpdate());
  }

  /** The submission chunk, with its texts in the current language. */
  private async prepare(): Promise<SentModule> {
    const mod = await loadSent();
    await mod.sentMessages(this.ui);
    this.adopt(mod.styles);
    return (this.sent = mod);
  }

  /** Validate, then send. Also the retry (button, back online, after Retry-After) of the same attempt. @internal */
  async submit(e?: Event): Promise<void> {
    e?.preventDefault();
    const s = this.s;
    const reg = this.reg;
    // While sending or waiting, a second click (or Enter) does nothing: one attempt at a time.
    if (!reg || s.phase === 'sending' || s.phase === 'wait' || s.result) return;
    s.stop();
    s.set({ phase: 'sending' });
    const key = s.loaded;
    let sent: SentModule;
    try {
      sent = await this.prepare();
    } catch {
      // The submission code could not be fetched: as good as a request that got no answer.
      if (key === s.loaded) s.unsent();
      return;
    }
    if (key === s.loaded) await sent.send(s, reg.fields ?? [], this.ui);
  }

  protected override render() {
    return this.renderFeed(({ feed }) => {
      const m = this.m;
      // Once a person pressed the button, a language switch waits for the submission's texts too.
      if (!m || (this.sent && !this.sm)) {
        return loadingView(coreText(this.ui, this).loading);
      }
      const ev = this.ev;
      if (!ev) return html`<p class="error" part="error">${m.unknown}</p><slot></slot>`;
      const tz = feed.network.timeZone;
      const when = formatWhen(ev, intlDays(this.ui), tz, m);
      const place =
        [this.t(ev.location?.name), ev.location?.address].filter(Boolean).join(', ') || (ev.online ? 'Online' : '');
      const r = ev.registration;
      // The status once, then the feed's reason as it gives it (it may well start with "Geannuleerd:" itself).
      const status = ev.status === 'cancelled' || ev.status === 'postponed' ? ev.status : undefined;
      const reason =
        status && this.t(ev.statusReason) ? html`<p class="reason">${this.t(ev.statusReason)}</p>` : nothing;
      return html`<h2 part="title" class=${ev.status === 'cancelled' ? 'cx' : ''}>${this.t(ev.title)}</h2>
<p><span aria-hidden="true">${when.text}</span><span class="visually-hidden">${when.label}</span></p>
${place ? html`<p>${place}</p>` : nothing}
${status ? html`<p class="avail" part=${status === 'cancelled' ? 'availability' : nothing}>${m[status]}</p>${reason}` : nothing}
${
  status === 'cancelled'
    ? nothing
    : r?.type === 'form'
      ? this.renderForm(m, r, ev, tz, feed.network.name)
      : html`<p class="avail">${r?.type === 'external' ? html`<a class="button" href=${r.url}>${this.t(r.label) || m.external}</a>` : m.none}</p>`
}`;
    });
  }

  private renderForm(m: SignupMessages, reg: Form, ev: FeedEvent, tz: string, network: string): TemplateResult {
    const { s } = this;
    const r = s.result;
    // Problems, answers and the confirmation exist only once the submission chunk (and its texts) is here.
    const sm = this.sm;
    if (r && sm) return this.sent!.successView(sm, r);
    const a = s.avail ?? feedAvailability(ev, Date.now(), tz);
    const date = (v: string) =>
      dateFormat(this.ui, { timeZone: tz, dateStyle: 'long', timeStyle: 'short' }).format(new Date(v));
    const st = a.state;
    const line =
      st === 'open'
        ? a.remaining === null
          ? a.closes
            ? fill(m.until, { d: date(a.closes) })
            : ''
          : a.remaining === 1
            ? m.left1
            : fill(m.left, { n: a.remaining })
        : st === 'not-yet-open'
          ? a.opens
            ? fill(m.notYet, { d: date(a.opens) })
            : m.closed
          : m[st];
    const p = s.phase;
    const busy = p === 'sending' || p === 'wait';
    const retry = p === 'offline' || p === 'server';
    const fields = reg.fields ?? [];
    return html`<p class="avail" part="availability">${line}</p>
${
  p !== 'idle' && p !== 'sending'
    ? html`<div class="note" tabindex="-1">
<p>${fill(p === 'offline' || p === 'server' ? m[p] : sm![p], { s: s.wait })} ${p === 'refused' ? s.detail : ''}</p>
${retry ? html`<p><button type="button" class="button secondary" @click=${this.submit}>${m.retry}</button></p>` : nothing}
</div>`
    : nothing
}
${
  st === 'open' || st === 'waitlist'
    ? html`<form part="form" novalidate @submit=${this.submit} @input=${this.onInput}>
${s.problems.length ? this.sent!.summaryView(sm!, s.problems, fields, (t) => this.t(t), { name: m.name, email: m.email, consent: m.consent }, this.renderRoot) : nothing}
${this.row(m, 'name', m.name, 'name', true)}
${this.row(m, 'email', m.email, 'email', true)}
${fields.map((f) => this.row(m, answerKey(f), this.t(f.label), f.type, !!f.required, f))}
<p class="hint" id="privacy">${fill(m.privacy, { who: ev.organizer?.name ?? network, n: a.retentionDays ?? 30 /* the reference server's default */ })} <a href=${reg.privacyUrl}>${m.policy}</a></p>
${this.row(m, 'consent', m.consent, 'checkbox', true)}
<div class="visually-hidden hp" aria-hidden="true"><label for="f-website">Website</label><input id="f-website" name="website" tabindex="-1" autocomplete="off"></div>
<div><button class="button" aria-disabled=${busy ? 'true' : nothing}>${st === 'waitlist' ? m.submitWaitlist : m.submit}</button>
<p role="status">${p === 'sending' ? m.sending : ''}</p></div>
</form>`
    : nothing
}`;
  }

  /** One labelled control with its hint and error message, tied to it with aria-describedby. */
  private row(
    m: SignupMessages,
    key: string,
    label: string,
    type: FeedField['type'] | 'name',
    req: boolean,
    f?: FeedField,
  ): TemplateResult {
    const id = `f-${key}`;
    const s = this.s;
    const p = s.problems.find((x) => x.field === key);
    const sm = this.sm!;
    const err = p && this.sent!.say(sm, p, label);
    const hint = [this.t(f?.help), f?.maxLength && type !== 'number' ? fill(m.max, { n: f.maxLength }) : '']
      .filter(Boolean)
      .join(' ');
    const desc =
      [hint && `h-${key}`, key === 'consent' && 'privacy', err && `e-${key}`].filter(Boolean).join(' ') || nothing;
    const v = s.values[key];
    const value = typeof v === 'string' ? v : '';
    const invalid = err ? 'true' : nothing;
    const check = type === 'checkbox';
    const labelT = html`<label for=${id}>${label}${req || check ? '' : html` <span class="muted">${m.optional}</span>`}</label>`;
    const hintT = hint ? html`<span class="hint" id="h-${key}">${hint}</span>` : nothing;
    const control = check
      ? html`<input type="checkbox" id=${id} name=${key} ?required=${req} aria-describedby=${desc} aria-invalid=${invalid} .checked=${key === 'consent' ? s.consent : v === true}>`
      : type === 'textarea'
        ? html`<textarea id=${id} name=${key} rows="4" ?required=${req} aria-describedby=${desc} aria-invalid=${invalid} .value=${value}></textarea>`
        : type === 'select'
          ? html`<select id=${id} name=${key} ?required=${req} aria-describedby=${desc} aria-invalid=${invalid}><option value="">${m.pick}</option>${f?.options?.map((o) => html`<option value=${o.value} ?selected=${o.value === v}>${this.t(o.label)}</option>`)}</select>`
          : html`<input id=${id} name=${key} type=${type === 'email' || type === 'tel' ? type : 'text'} ?required=${req} autocomplete=${(type === 'name' ? 'name' : f ? autocompleteFor(f) : 'email') ?? nothing} inputmode=${type === 'number' ? 'decimal' : nothing} spellcheck=${type === 'text' ? nothing : 'false'} aria-describedby=${desc} aria-invalid=${invalid} .value=${value}>`;
    return html`<div class="row ${err ? 'bad' : ''}">
${check ? nothing : labelT}${check ? nothing : hintT}
${err ? html`<span class="err" id="e-${key}"><span class="visually-hidden">${sm.error}</span> ${err}</span>` : nothing}
${check ? html`<div class="box">${control}${labelT}</div>${hintT}` : control}
</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'som-signup': SomSignup;
  }
}
