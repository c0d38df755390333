/** <som-self-check>: the partner self-check (SELF-CHECK.md). */
import { define } from '../core/define.js';
import { registerList } from '../feed/parse.js';
import { selfChecks } from '../feed/contract.generated.js';
import { SomSelfCheck } from './som-self-check.js';

// Only feed instruments need the schema; the built-in instrument never touches the feed.
registerList('selfChecks', selfChecks);
define('som-self-check', SomSelfCheck);

export { SomSelfCheck };
export type { Answers, Result, DimensionResult } from './scoring.js';
export { BUILTIN_ID, DIMENSION_IDS, type Instrument } from './instrument.js';

declare global {
  interface HTMLElementTagNameMap {
    'som-self-check': SomSelfCheck;
  }
}
