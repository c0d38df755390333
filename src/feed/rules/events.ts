// The cross-field rule of one list (attached to its generated contract module, so bundles carry only the rules they use).
import type { FeedEvent } from '../schema.js';
import { endNotBeforeStart } from '../rules.js';

export const eventRule = (e: FeedEvent): string | undefined =>
  e.end && !endNotBeforeStart(e.start, e.end) ? 'end: "end" is before "start"' : undefined;
