/**
 * Sign-up stories and tests talk to a fake registration endpoint (tests/signup/fake-endpoint.ts) behind a
 * `fetch` stub, with the demo feed's event pointed at it. `<signup-driver>` fills in and submits the form
 * of the <som-signup> inside it, so the states after a submission (errors, sending, offline, success) are
 * stories too; it is aria-busy until that state is reached, so the story test runs axe on it.
 */
import type { FeedEvent } from '../src/feed/schema.js';
import { registerList } from '../src/feed/parse.js';
import { events } from '../src/feed/contract.generated.js';
import { SomFeed } from '../src/core/som-feed.js';
import { SomSignup } from '../src/signup/som-signup.js';
import { clearDraft } from '../src/signup/submission.js';
import { FakeEndpoint, installFakeFetch, type FakeConfig } from '../tests/signup/fake-endpoint.js';
import { demoFeed, feedUrl } from './helpers.js';

export { FakeEndpoint };

// What src/signup/index.ts does, said again here: package.json's "sideEffects" lists dist/ only, so the
// Storybook build treats src/ as free of side effects and drops index.ts's registration and define().
registerList('events', events);
if (!customElements.get('som-feed')) customElements.define('som-feed', SomFeed);
if (!customElements.get('som-signup')) customElements.define('som-signup', SomSignup);

/** The event of the demo page: a form with a text field, a select and a checkbox. */
export const EVENT = 'labo-meertaligheid-2027-01';

type Json = Record<string, unknown>;

/**
 * A feed URL in which event `id` of the demo feed signs up at a new fake endpoint.
 * `change` edits the event first (status, fields, ...).
 */
export async function fakeSignup(
  config: FakeConfig = {},
  change?: (event: FeedEvent) => void,
  id = EVENT,
): Promise<{ url: string; fake: FakeEndpoint }> {
  installFakeFetch();
  // Each story starts with an empty form, whatever an earlier one left in session storage.
  clearDraft(id);
  const feed = await demoFeed();
  const event = (feed.events as FeedEvent[]).find((e) => e.id === id);
  if (event) change?.(event);
  const fake = new FakeEndpoint(config);
  const reg = event?.registration;
  if (reg?.type === 'form') {
    reg.endpoint = fake.url;
    fake.config.fields ??= reg.fields ?? [];
  }
  return { url: feedUrl(feed as Json), fake };
}

/** What a person types, by the protocol's field name ("name", "email", "answers.<id>", "consent"). */
export type Typed = Record<string, string | boolean>;

export const PERSON: Typed = {
  name: 'An Peeters',
  email: 'an.peeters@example.org',
  'answers.organisation': 'Basisschool De Wijnpers',
  'answers.level': 'lager',
  consent: true,
};

const until = async (test: () => unknown, timeout = 4000): Promise<void> => {
  const end = Date.now() + timeout;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${test.toString()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** Type into the form the way a person does (value, then an input event). */
export function type(el: HTMLElement, typed: Typed): void {
  for (const [name, value] of Object.entries(typed)) {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!input) throw new Error(`no field ${name}`);
    if (typeof value === 'boolean') input.checked = value;
    else input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/**
 * Wait for the form, type, submit, and wait until `done` (a selector inside the element) is there.
 * `offline` makes the browser say it is offline meanwhile (navigator.onLine). Returns the element.
 */
export async function fillAndSubmit(
  el: HTMLElement,
  typed: Typed,
  done = '.done, .note, .summary, [aria-disabled=true]',
  offline = false,
): Promise<HTMLElement> {
  await until(() => el.shadowRoot?.querySelector('form'));
  type(el, typed);
  if (offline) Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  try {
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await until(() => el.shadowRoot!.querySelector(done));
  } finally {
    if (offline) delete (navigator as { onLine?: boolean }).onLine;
  }
  return el;
}

/** Drives the <som-signup> inside it once: `typed` then submit, until `done` appears. */
class SignupDriver extends HTMLElement {
  typed: Typed = {};
  done?: string;
  offline = false;

  connectedCallback(): void {
    this.setAttribute('aria-busy', 'true');
    const el = this.querySelector('som-signup') as HTMLElement;
    void fillAndSubmit(el, this.typed, this.done, this.offline)
      .catch((e: Error) => console.error(e.message))
      .finally(() => this.removeAttribute('aria-busy'));
  }
}
if (!customElements.get('signup-driver')) customElements.define('signup-driver', SignupDriver);
