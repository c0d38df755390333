// `node --import ./tests/clock/register.mjs`: TEST_NOW for node test processes (TEST_TZ reaches node as TZ,
// which the caller sets; see scripts/test-clock.mjs).
import { shiftDateSource } from './clock.mjs';

if (process.env.TEST_NOW) (0, eval)(shiftDateSource(process.env.TEST_NOW));
