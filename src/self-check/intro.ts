/**
 * The self-check's first screen. Part of the entry script: <som-self-check> shows it to a first-time
 * visitor on its own while the questionnaire loads; the questionnaire (app.ts) shows it too, with the
 * visitor's progress.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { fill } from '../core/i18n.js';
import { paragraphs, type Text } from '../feed/text.js';
import type { IntroTexts } from './intro-texts/index.js';

export interface IntroHost {
  readonly storageOk: boolean;
  readonly optIn: boolean;
  /** Content language, when it differs from the interface language (an interface without content of its own). */
  readonly contentLang: string | undefined;
  t(text: Text | undefined): string;
  start(): void;
}

/** What the intro says of an instrument: the feed's, or the built-in one's head. */
export interface IntroInstrument {
  title: Text;
  intro?: Text | undefined;
  about?: Text | undefined;
  dimensions: readonly { questions: readonly unknown[] }[];
}

export interface IntroOptions {
  /** The start button's text ("start", "continue at step 3", "see your result"). */
  action?: string;
  /** Shown above the intro (a partner's link). */
  notice?: TemplateResult | typeof nothing;
  /** A second button, to start over. */
  restart?: { label: string; run: () => void };
  /** The start button waits for the questionnaire. */
  busy?: boolean;
}

export function introView(host: IntroHost, x: IntroTexts, inst: IntroInstrument, o: IntroOptions = {}): TemplateResult {
  const cl = host.contentLang;
  const questions = inst.dimensions.reduce((n, d) => n + d.questions.length, 0);
  const per = inst.dimensions[0]?.questions.length ?? 0;
  // "Each with N questions" only when that is true of every dimension (and N is a plural).
  const same = per > 1 && inst.dimensions.every((d) => d.questions.length === per);
  const about = host.t(inst.about);
  return html`<section class="view intro" part="intro" aria-labelledby="sc-title">
    <h2 id="sc-title" tabindex="-1" data-heading lang=${cl ?? nothing}>${host.t(inst.title)}</h2>
    ${o.notice ?? nothing}
    <div lang=${cl ?? nothing}>${paragraphs(host.t(inst.intro)).map((p) => html`<p>${p}</p>`)}</div>
    <ul class="facts">
      <li>${x.duration}</li>
      <li>${fill(same ? x.parts : x.partsMixed, { dimensions: inst.dimensions.length, questions: same ? per : questions })}</li>
      <li>${x.pause}</li>
      <li>${host.optIn ? x.privacyOptIn : x.privacy}</li>
    </ul>
    <p>${x.howTo}</p>
    ${cl && x.contentNote ? html`<p>${x.contentNote}</p>` : nothing}
    ${host.storageOk ? nothing : html`<p class="notice">${x.noStorage}</p>`}
    <div class="nav">
      <button type="button" class="button" aria-disabled=${o.busy ? 'true' : nothing} @click=${() => host.start()}>${o.action ?? x.start}</button>
      ${o.restart ? html`<button type="button" class="button secondary" @click=${o.restart.run}>${o.restart.label}</button>` : nothing}
    </div>
    ${
      about
        ? html`<details class="about">
          <summary>${x.about}</summary>
          <div lang=${cl ?? nothing}>${paragraphs(about).map((p) => html`<p>${p}</p>`)}</div>
        </details>`
        : nothing
    }
  </section>`;
}

export const introStyles = css`
  .intro .facts {
    margin: 1em 0;
    padding-inline-start: 1.25em;
  }
  .intro .facts li + li {
    margin-block-start: 0.25em;
  }
  .about {
    margin-block-start: 2em;
    border-block-start: 1px solid var(--_line);
    padding-block-start: 1em;
  }
  .about summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_primary);
    min-height: 1.75em;
  }
  .about div {
    margin-block-start: 0.75em;
    font-size: 0.9375em;
  }
`;
