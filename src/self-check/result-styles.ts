import { css } from 'lit';
import { commonStyles } from './styles.js';

/** The tables' wide layout: the rating beside the dimension's name; on a wide screen and on paper alike. */
const wideTables = css`
  .bar {
    display: inline-block;
  }
  tbody th .status {
    display: inline-block;
    margin: 0 0 0 0.25em;
  }
  tbody th .in-label {
    display: none;
  }
  .wide-col {
    display: table-cell;
  }
`;

/** The result, the comparison and the print stylesheet (a clean one- or two-page A4). */
const own = css`
  :host {
    display: block;
  }
  /* One verdict per dimension: only a work point is red; a difference between partners is never red. */
  .status {
    display: inline-block;
    padding: 0.05em 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
    vertical-align: 0.1em;
    background: var(--_surface);
  }
  .sterkte {
    color: var(--_success);
  }
  .past {
    color: var(--_success);
  }
  .bespreken,
  .groei {
    color: #7a4a00;
  }
  .werkpunt {
    color: var(--_danger);
  }
  .minder,
  .gesprekspunt,
  .let-op {
    color: var(--_primary);
  }
  .let-op {
    border-style: dashed;
  }
  .onbeantwoord {
    color: var(--_muted);
  }
  .spectrum li.outside {
    border-inline-start-style: dotted;
    font-style: italic;
  }
  .aim-mark {
    color: var(--_muted);
  }
  .sofar,
  .summary,
  .plan {
    margin-block-start: 1.5em;
  }
  .network {
    margin-block-start: 1em;
    padding: 0.75em;
    border: 1px dashed var(--_line);
  }
  .plan-questions li + li {
    margin-block-start: 0.25em;
  }
  .plan-table caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.5em;
  }
  .plan-table td {
    height: 2.25em;
    border: 1px solid var(--_line);
  }
  .plan-table td:first-child {
    width: 45%;
  }
  .pair {
    margin: 0.25em 0 0;
  }
  .pair dt {
    font-weight: 600;
    margin-block-start: 0.5em;
  }
  .pair dd {
    margin: 0.15em 0 0 1em;
  }
  .who {
    font-weight: 600;
    color: var(--_muted);
  }
  .side-by-side {
    list-style: none;
    padding: 0;
  }
  .side-by-side > li {
    padding: 0.75em 0;
    border-block-start: 1px solid var(--_line);
  }
  .side-by-side > li.flagged {
    box-shadow: inset 4px 0 0 var(--_primary);
    padding-inline-start: 0.75em;
  }
  .side-by-side h5 {
    font-size: 1em;
    margin: 0;
  }

  .level-name {
    font-size: 1.5em;
    font-weight: 700;
    color: var(--_primary);
    line-height: 1.3;
    margin-block: 0.25em;
  }
  .overall {
    font-weight: 600;
  }
  .spectrum-title {
    font-size: 1em;
    margin-block: 1.25em 0.5em;
  }
  .spectrum {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .spectrum li {
    overflow-wrap: normal;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    padding: 0.4em 0.75em;
    border-inline-start: 6px solid var(--_line);
    color: var(--_muted);
  }
  .spectrum li.current {
    border-color: var(--_primary);
    background: var(--_tint);
    color: inherit;
    font-weight: 700;
  }
  .here {
    font-size: 0.875em;
    color: var(--_primary);
  }
  /* The arrow is decoration: empty alternative text where the browser supports it. */
  .here::before {
    content: '◀ ';
    content: '◀ ' / '';
  }
  @container (min-width: 46em) {
    .spectrum {
      grid-template-columns: repeat(auto-fit, minmax(0, 1fr));
      gap: 0.25em;
    }
    .spectrum li {
      flex-direction: column;
      gap: 0.25em;
      border-inline-start: 0;
      border-block-start: 6px solid var(--_line);
      padding: 0.5em 0.4em;
    }
    .here::before {
      content: '▲ ';
      content: '▲ ' / '';
    }
  }
  .note {
    margin-block-start: 1em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_line);
    color: var(--_muted);
  }
  figure {
    margin: 1em 0;
  }
  .radar {
    display: block;
    width: 100%;
    height: auto;
    margin-inline: auto;
    overflow: visible;
  }
  .radar.wide {
    display: none;
    max-width: 40em;
  }
  .radar.narrow {
    max-width: 22em;
  }
  @container (min-width: 34em) {
    .radar.wide {
      display: block;
    }
    .radar.narrow {
      display: none;
    }
  }
  .ring,
  .spoke {
    fill: none;
    stroke: var(--_line);
    stroke-width: 1;
  }
  .tick {
    font-size: 10px;
    fill: var(--_muted);
  }
  .label {
    font-size: 13px;
    fill: currentColor;
  }
  .narrow .label {
    font-size: 15px;
    font-weight: 700;
  }
  .series {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .series.now {
    stroke: var(--_primary);
    fill: color-mix(in srgb, var(--_primary) 16%, transparent);
  }
  .series.desired,
  .series.partner {
    stroke: var(--_second);
    stroke-dasharray: 7 5;
  }
  .dot.now {
    fill: var(--_primary);
  }
  .dot.desired,
  .dot.partner {
    fill: var(--_second);
  }
  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5em 1.5em;
    margin: 0.5em 0 0;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .key {
    width: 2.25em;
    height: 0.75em;
  }
  .key .series {
    fill: none;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-block-start: 1em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: 0.5em;
  }
  th,
  td {
    overflow-wrap: normal;
    padding: 0.45em 0.4em;
    border-block-end: 1px solid var(--_line);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    font-size: 0.875em;
    color: var(--_muted);
    border-block-end: 2px solid var(--_border);
  }
  tbody th {
    font-weight: 400;
  }
  tbody th .status,
  .in-label {
    display: block;
    width: fit-content;
    margin: 0.25em 0 0;
  }
  .num {
    color: var(--_muted);
  }
  .value {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  thead th:not(:first-child) {
    text-align: end;
  }
  thead th:last-child,
  tbody td:last-child:not(.value) {
    text-align: start;
    padding-inline-start: 0.75em;
  }
  .bar {
    display: none;
    width: 4em;
    height: 0.55em;
    margin-inline-start: 0.4em;
    vertical-align: 0.05em;
  }
  .bar .track {
    fill: #e6e6e6;
  }
  .bar .fill {
    fill: var(--_primary);
  }
  /* Narrow: the rating moves under the dimension's name, so the name keeps room to wrap by words. */
  .wide-col {
    display: none;
  }
  @container (min-width: 30em) {
    ${wideTables}
  }
  .tops {
    display: grid;
    gap: 0 2em;
  }
  @container (min-width: 48em) {
    .tops {
      grid-template-columns: 1fr 1fr;
    }
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .card {
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .card h4 {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
    margin-block-end: 0.4em;
  }
  .card p + p {
    margin-block-start: 0.5em;
  }
  .reflection span,
  .starters .reflection {
    font-style: italic;
  }
  .compare {
    margin-block-start: 2em;
    border-block-start: 2px solid var(--_primary);
  }
  .compare h3:focus {
    outline: none;
  }
  .compare h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .compare h4 {
    margin-block: 1.25em 0.5em;
  }
  .flag {
    margin-block: 1em;
    padding: 0.75em 1em;
    /* A question, not an alarm: the neutral colour of every difference. */
    border-inline-start: 4px solid var(--_primary);
    background: var(--_tint);
  }
  .flag h4 {
    margin: 0 0 0.25em;
  }
  .starters {
    padding-inline-start: 1.25em;
  }
  .starters li + li {
    margin-block-start: 0.75em;
  }
  .starters p + p {
    margin-block-start: 0.25em;
  }
  .actions,
  .compare-form,
  .submit {
    margin-block-start: 2em;
    border-block-start: 1px solid var(--_line);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .status-text:empty {
    margin: 0;
  }
  .status-text {
    margin-block: 0.5em;
  }
  .success {
    color: var(--_success);
    font-weight: 600;
  }
  .failure,
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .field-error {
    margin-block-start: 0.4em;
  }
  .field label,
  form label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .row input {
    flex: 1 1 14em;
    width: auto;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    margin-block: 0.75em;
  }
  .check input {
    flex: none;
    /* Never under the 24 px target size, whatever the page's text size. */
    width: max(1.5em, 24px);
    height: max(1.5em, 24px);
    margin: 0;
    accent-color: var(--_primary);
  }
  .check label {
    font-weight: 400;
    margin: 0;
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    .series.now {
      stroke: CanvasText;
      fill: none;
    }
    .series.desired,
    .series.partner {
      stroke: LinkText;
    }
    .dot.now,
    .bar .fill {
      fill: CanvasText;
    }
    .dot.desired,
    .dot.partner {
      fill: LinkText;
    }
    .spectrum li.current {
      border-color: Highlight;
    }
  }
  @media print {
    :host {
      font-size: 10pt;
      color: #000;
    }
    .no-print,
    .nav,
    form {
      display: none !important;
    }
    .print-only {
      display: block;
      margin-block-end: 0.5em;
    }
    h2 {
      font-size: 15pt;
      margin: 0 0 0.3em;
    }
    h3 {
      font-size: 12pt;
      margin-block: 1em 0.4em;
      break-after: avoid;
    }
    .radar.narrow {
      display: none;
    }
    .radar.wide {
      display: block;
      max-width: 13cm;
    }
    .spectrum {
      grid-template-columns: repeat(auto-fit, minmax(0, 1fr));
    }
    .spectrum li {
      flex-direction: column;
      border-inline-start: 0;
      border-block-start: 5px solid #bbb;
      padding: 0.3em;
    }
    .spectrum li.current {
      border-color: #000;
    }
    .here::before {
      content: '▲ ';
      content: '▲ ' / '';
    }
    ${wideTables}
    th,
    td {
      padding-block: 0.2em;
    }
    .compare {
      break-before: page;
      border: 0;
    }
    .compare h3 {
      margin-block-start: 0;
    }
    .tops {
      grid-template-columns: 1fr 1fr;
    }
    .card,
    .flag,
    .starters li,
    .side-by-side > li,
    .plan,
    tr,
    figure,
    .level {
      break-inside: avoid;
    }
    * {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;

export const resultStyles = [commonStyles, own];
