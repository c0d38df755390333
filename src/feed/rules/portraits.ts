// The cross-field rule of one list (attached to its generated contract module, so bundles carry only the rules they use).
import type { Portrait } from '../schema.js';

export const portraitRule = (p: Portrait): string | undefined =>
  p.quote == null && p.bio == null ? 'quote: a portrait needs "quote" or "bio"' : undefined;
