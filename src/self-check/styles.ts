import { css } from 'lit';

export { commonStyles } from './styles-common.js';

/** The questionnaire: steps, review, the restart dialog (the intro's own rules are in intro.ts). */
export const selfCheckStyles = css`
  .progress-text {
    font-weight: 600;
    color: var(--_muted);
  }
  progress {
    appearance: none;
    display: block;
    width: 100%;
    height: 0.5em;
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
    min-height: 2.75em;
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
  @container (min-width: 40em) {
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
    max-width: min(30em, calc(100vw - 2em));
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
