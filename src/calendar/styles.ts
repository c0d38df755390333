import { css } from 'lit';

/**
 * Calendar layout. Sizes are in em so the widget follows the host page's font size (baseStyles resets
 * the inherited text styles that would garble a calendar).
 */
export const calendarStyles = css`
  :host {
    --_line: color-mix(in srgb, var(--_border) 45%, transparent);
  }
  .bar {
    display: grid;
    gap: 0.75em;
    margin-block-end: 1.25em;
  }
  .filters,
  #facets {
    display: grid;
    gap: 0.75em;
  }
  .field:first-child {
    max-width: 30em;
  }
  /* Narrow: the choices fold away behind a button, so the events start on the first screen. */
  .more-filters {
    justify-self: start;
  }
  #facets:not(.open) {
    display: none;
  }
  @container (min-width: 30em) {
    .more-filters {
      display: none;
    }
    /* Side by side, each as wide as its longest choice (a select never wraps its value), growing to
       fill the line and wrapping to the next one when they do not fit. */
    #facets#facets {
      display: flex;
      flex-wrap: wrap;
    }
    #facets .field {
      flex: 1 1 auto;
      min-width: min(100%, 9em);
    }
  }
  .field {
    display: grid;
    gap: 0.25em;
    align-content: end;
  }
  label {
    font-weight: 600;
    font-size: 0.9375em;
  }
  input,
  select {
    line-height: 1.3;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .count {
    margin-inline-end: auto;
    font-weight: 600;
  }
  .switch {
    display: flex;
  }
  .switch .button:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .switch .button:last-child {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    margin-inline-start: -2px;
  }
  .switch [aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .month-h,
  .sec {
    padding-inline: 0.3em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    margin-block: 1.25em 0.25em;
    text-transform: capitalize;
  }
  .sec {
    font-size: 1.4em;
  }
  .content > :first-child,
  section > .month-h:first-of-type {
    margin-block-start: 0;
  }
  .events {
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
  }
  .ev {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    /* Inline padding: room for the focus outline, which the containment below would clip. */
    padding: 0.875em 0.375em;
    border-block-end: 1px solid var(--_line);
  }
  /*
   * A long list lays out and paints only the months near the screen. A month not laid out yet is held at 20em per
   * event, about an event's height on a phone: more than on a wide screen (12em), since one held too small would
   * hide its last events under the next month's for a tool that asks where they are (axe's target-size).
   */
  .long .events {
    content-visibility: auto;
    contain-intrinsic-size: auto 80em;
    contain-intrinsic-size: auto calc(attr(data-n type(<number>)) * 20em);
  }
  .when {
    order: -1;
    font-weight: 600;
    color: var(--_primary);
    font-size: 0.9375em;
  }
  .title {
    font-size: 1.125em;
    line-height: 1.3;
  }
  .title button {
    display: flex;
    gap: 0.5em;
    width: 100%;
    min-height: 2.75em;
    margin: 0;
    padding: 0.3em 0;
    border: 0;
    background: none;
    box-shadow: none;
    font-weight: 700;
    text-align: start;
    text-transform: none;
  }
  .title .t {
    text-decoration: underline;
    text-decoration-color: var(--_line);
    text-underline-offset: 0.2em;
  }
  .title button:hover .t {
    text-decoration-color: currentColor;
  }
  .title button::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin: 0.35em 0.2em 0;
    border: solid var(--_primary);
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .title [aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  .cancelled .t {
    text-decoration: line-through;
  }
  .st {
    font-weight: 600;
    color: var(--_text);
    border-color: currentColor;
  }
  .cancelled .st,
  .reason {
    color: var(--_danger);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    align-items: center;
    font-size: 0.875em;
  }
  .more,
  .empty .button,
  .day .button {
    margin-block: 0.5em;
  }
  .empty {
    padding: 1.5em 0;
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
`;
