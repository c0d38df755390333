/** The calendar's live region: counts and months said to screen-reader users, at a pace they can follow. */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export class Announcer implements ReactiveController {
  private said = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(text: string): void {
    // The same words twice in a row would not be announced again: vary them invisibly.
    this.said = text === this.said ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  /** Say `text()` once the visitor pauses for `ms` (not at every keystroke). */
  pause(ms: number, text: () => string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.say(text()), ms);
  }

  /** Say `text()` once the pending update is on the screen (it may count what that update shows). */
  async afterUpdate(text: () => string): Promise<void> {
    await this.host.updateComplete;
    this.say(text());
  }

  view(): TemplateResult {
    return html`<div class="live visually-hidden" role="status">${this.said}</div>`;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
