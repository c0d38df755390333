/** Typed `som-*` events: all bubble and cross shadow roots so embedding pages can listen on `document`. */
import type { FeedProblem } from '../feed/parse.js';

export interface SomEventDetails {
  'som-feed-load': { itemCount: number; stale: boolean };
  'som-feed-error': { message: string; status?: number | undefined };
  'som-feed-warning': { problems: FeedProblem[] };
  'som-event-select': { eventId: string };
  'som-signup-success': { eventId: string; status: 'confirmed' | 'waitlisted'; position?: number | null };
  'som-signup-error': { eventId: string; status: number | null; detail: string };
  'som-selfcheck-complete': {
    instrumentId: string;
    overall: number | null;
    level: string | null;
    dimensions: Record<string, number | null>;
  };
}

export type SomEventName = keyof SomEventDetails;

export function emit<K extends SomEventName>(target: EventTarget, name: K, detail: SomEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'som-feed-load': CustomEvent<SomEventDetails['som-feed-load']>;
    'som-feed-error': CustomEvent<SomEventDetails['som-feed-error']>;
    'som-feed-warning': CustomEvent<SomEventDetails['som-feed-warning']>;
    'som-event-select': CustomEvent<SomEventDetails['som-event-select']>;
    'som-signup-success': CustomEvent<SomEventDetails['som-signup-success']>;
    'som-signup-error': CustomEvent<SomEventDetails['som-signup-error']>;
    'som-selfcheck-complete': CustomEvent<SomEventDetails['som-selfcheck-complete']>;
  }
}
