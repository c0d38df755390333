import { css } from 'lit';

/** Shared by the questionnaire and the (lazily loaded) result: notices, navigation, badges, fields. */
export const commonStyles = css`
  :host {
    --_second: var(--som-selfcheck-second-color, #9c4200);
    --_line: #c8c8c8;
    --_tint: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
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
    min-height: 1.75em;
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
  @media print {
    .nav,
    button,
    dialog {
      display: none !important;
    }
  }
`;
