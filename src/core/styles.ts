import { css } from 'lit';

/**
 * Tokens and base rules every widget shares. Defaults meet WCAG 2.2 AA on white: primary #0a5c73
 * (7.1:1), muted #595959 (7:1), danger #b3261e (6.5:1), success #1e6b34 (6.6:1), border #767676 (4.5:1,
 * enough for the 3:1 needed by control boundaries). Text colour, font and text size come from the host
 * page; what a theme sets that would break layout or legibility does not: sizes are in em (never rem,
 * which follows a root size like 62.5 %), spacing, case and line height are reset on the host, and
 * inner boxes are border-box whatever the page's `*` rule says.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--som-color-primary, #0a5c73);
    --_on-primary: var(--som-color-on-primary, #ffffff);
    --_text: var(--som-color-text, currentColor);
    --_muted: var(--som-color-muted, #595959);
    --_surface: var(--som-color-surface, #ffffff);
    --_border: var(--som-color-border, #767676);
    --_danger: var(--som-color-danger, #b3261e);
    --_success: var(--som-color-success, #1e6b34);
    --_radius: var(--som-radius, 0.5em);
    --_space: var(--som-space, 1em);
    --_focus: var(--som-focus-color, #1a56db);
    display: block;
    box-sizing: border-box;
    font-family: var(--som-font-family, inherit);
    color: var(--_text);
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    overflow-wrap: anywhere;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1, h2, h3, h4, h5, h6, p, ul, ol, dl, dd, figure, blockquote {
    margin: 0;
  }
  h1, h2, h3, h4, h5, h6 {
    font-size: 1.125em;
    line-height: 1.3;
  }
  a {
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    text-transform: none;
    box-shadow: none;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  .button:hover {
    text-decoration: underline;
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.65;
    cursor: not-allowed;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .muted {
    color: var(--_muted);
  }
  .state {
    min-height: var(--som-min-height, 12em);
  }
  .loading {
    display: grid;
    gap: 0.75em;
    align-content: start;
  }
  .loading .bar {
    height: 1.25em;
    border-radius: var(--_radius);
    background: #e8e8e8;
    animation: som-shimmer 0.7s ease-in-out infinite alternate;
  }
  .loading .bar:nth-child(3n + 2) {
    width: 80%;
  }
  .loading .bar:nth-child(3n + 3) {
    width: 60%;
  }
  @keyframes som-shimmer {
    to {
      opacity: 0.5;
    }
  }
  .error {
    min-height: 0;
    border-inline-start: 4px solid var(--_danger);
    padding: 0.5em 0 0.5em 0.75em;
    margin-block-end: 0.75em;
  }
  .error p {
    margin-block-end: 0.5em;
  }
  .stale {
    font-size: 0.875em;
    color: var(--_muted);
    margin-block-start: 0.75em;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    font-size: 0.8125em;
    line-height: 1.5;
    color: var(--_muted);
    background: var(--_surface);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;

/**
 * Text fields and selects, for the widgets with forms (calendar filters, sign-up, the self-check's result);
 * adopted by them after baseStyles; a build that does not use it leaves it out (rollup.config.mjs).
 */
export const formStyles = css`
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    width: 100%;
    min-height: 2.75em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
