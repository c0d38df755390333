// The cross-field rule of one list (attached to its generated contract module, so bundles carry only the rules they use).
import type { SelfCheckInstrument } from '../schema.js';
import { increasing } from '../rules.js';

export function selfCheckRule(c: SelfCheckInstrument): string | undefined {
  for (const d of c.dimensions) {
    for (const q of d.questions)
      if (!increasing(q.options)) return `dimensions.${d.id}.${q.id}: option values must increase`;
    if (d.desired && !increasing(d.desired)) return `dimensions.${d.id}.desired: option values must increase`;
  }
  return undefined;
}
