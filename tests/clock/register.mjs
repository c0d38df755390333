// `node --import ./tests/clock/register.mjs`: TEST_NOW and TEST_TZ for node test processes. Node reads TZ
// again whenever it is assigned, and child processes inherit it.
import { checkZone, shiftDateSource } from './clock.mjs';

if (process.env.TEST_TZ) process.env.TZ = checkZone(process.env.TEST_TZ);
if (process.env.TEST_NOW) (0, eval)(shiftDateSource(process.env.TEST_NOW));
