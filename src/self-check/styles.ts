import { css } from 'lit';

/** Shared by the questionnaire and the (lazily loaded) result: notices, navigation, badges, fields. */
export const commonStyles = css`
  :host {
    --_second: var(--som-selfcheck-second-color, #9c4200);
    --_line: #c8c8c8;
    --_tint: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
    text-transform: none;
    text-indent: 0;
  }
  h2 {
    font-size: 1.5em;
    margin-block-end: 0.5em;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  h3 {
    font-size: 1.2em;
    margin-block: 1.5em 0.5em;
  }
  h4 {
    font-size: 1em;
  }
  p + p {
    margin-block-start: 0.75em;
  }
  .small {
    font-size: 0.875em;
  }
  .notice {
    border-inline-start: 4px solid var(--_primary);
    background: var(--_tint);
    padding: 0.75em 1em;
    margin-block: 1em;
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .notice .button {
    margin-block-start: 0.75em;
  }
  .error-notice {
    border-inline-start-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block-start: 1.5em;
  }
  .link {
    display: inline-flex;
    align-items: center;
    min-height: 1.75rem;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-weight: 600;
  }
  .link:hover {
    text-decoration-thickness: 0.15em;
  }
  .status {
    display: inline-block;
    padding: 0.05em 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
    vertical-align: 0.1em;
    background: var(--_surface);
  }
  .sterkte {
    color: var(--_success);
  }
  .bespreken,
  .let-op {
    color: #7a4a00;
  }
  .werkpunt,
  .gesprekspunt {
    color: var(--_danger);
  }
  .none {
    color: var(--_muted);
  }
  @media print {
    .nav,
    button,
    dialog {
      display: none !important;
    }
  }
`;

/** The questionnaire: intro, steps, review, the restart dialog. */
export const selfCheckStyles = css`
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
    min-height: 1.75rem;
  }
  .about div {
    margin-block-start: 0.75em;
    font-size: 0.9375em;
  }
  .progress-text {
    font-weight: 600;
    color: var(--_muted);
  }
  progress {
    appearance: none;
    display: block;
    width: 100%;
    height: 0.5rem;
    margin-block: 0.25em 1em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
    color: var(--_primary);
  }
  progress::-webkit-progress-bar {
    background: var(--_surface);
  }
  progress::-webkit-progress-value {
    background: var(--_primary);
  }
  progress::-moz-progress-bar {
    background: var(--_primary);
  }
  .lead {
    font-size: 1.0625em;
  }
  fieldset {
    border: 0;
    margin: 1.5em 0 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    /* Floated, the legend is an ordinary block: it no longer sits in (and cuts) the fieldset's border. */
    float: inline-start;
    width: 100%;
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.5em;
  }
  legend + *,
  .help + * {
    clear: both;
  }
  legend .muted {
    font-weight: 400;
  }
  .options {
    display: grid;
    gap: 0.5em;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-height: 2.75rem;
    padding: 0.6em 0.85em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .option:hover {
    border-color: var(--_primary);
  }
  .option.chosen {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
    background: var(--_tint);
  }
  .option input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.1em 0 0;
    accent-color: var(--_primary);
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .option input:focus-visible {
    outline: none;
  }
  @media (forced-colors: active) {
    .option.chosen {
      border-color: Highlight;
      box-shadow: inset 0 0 0 2px Highlight;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
  }
  .option.na {
    margin-block-start: 0.25em;
    border-style: dashed;
  }
  .desired {
    border-block-start: 1px solid var(--_line);
    padding-block-start: 1em;
  }
  @container (min-width: 40rem) {
    .scale {
      grid-template-columns: repeat(5, 1fr);
    }
    .scale .option {
      flex-direction: column;
      align-items: flex-start;
    }
  }
  .desired .link {
    margin-block-start: 0.5em;
  }
  .step > .small {
    margin-block-start: 1.25em;
  }
  .review-list {
    list-style: none;
    padding: 0;
    margin: 1em 0 0;
  }
  .review-list > li {
    border-block-start: 1px solid var(--_line);
    padding-block: 0.75em;
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
  }
  .review-head h3 {
    margin: 0;
    font-size: 1.0625em;
  }
  dl {
    margin-block-start: 0.5em;
  }
  dt {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  dd {
    margin: 0 0 0.5em;
  }
  dialog {
    max-width: min(30rem, calc(100vw - 2rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1.5em;
    color: inherit;
    background: var(--_surface);
    font: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog h2 {
    font-size: 1.25em;
  }
`;
