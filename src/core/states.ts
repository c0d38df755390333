/**
 * The shared states' markup, for SomElement's feed states and for widgets that wait or fail on their own
 * (a chunk, a language, a long feed being prepared). Styled by baseStyles (`.state`, `.loading`, `.error`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CoreMessages } from './messages/index.js';

/** A busy placeholder with reserved space: `bars` grey lines (the content's rough shape) and `text` for screen readers. */
export const loadingView = (text: string): TemplateResult =>
  html`<div class="state loading" part="loading" role="status" aria-busy="true"><span class="visually-hidden">${text}</span><div class="bar" aria-hidden="true"></div><div class="bar" aria-hidden="true"></div><div class="bar" aria-hidden="true"></div><div class="bar" aria-hidden="true"></div></div>`;

/**
 * "Cannot be loaded" with what to do (`detail`), a retry button when `retry` is given, and then the
 * element's light DOM (the webmaster's fallback link; nothing inside an element without children).
 */
export const errorView = (c: CoreMessages, detail: string, retry?: () => void): TemplateResult =>
  html`<div class="error" part="error"><p><strong>${c.errorTitle}</strong> ${detail}</p>${retry ? html`<button type="button" class="button secondary" @click=${retry}>${c.retry}</button>` : nothing}</div><slot></slot>`;
