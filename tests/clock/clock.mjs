// The test clock. TEST_NOW (an ISO 8601 instant) moves `Date` to that instant when a test process starts,
// and time runs on from there (timers are untouched, so waits and timeouts behave). TEST_TZ (an IANA zone)
// is the visitor's zone: node takes it as TZ, the browser as Playwright's timezoneId. Without them, the
// real clock and zone.

/** The source of a script that shifts `Date` by (TEST_NOW - real now); runs in node and in the page. */
export function shiftDateSource(testNow) {
  const target = Date.parse(testNow);
  if (!Number.isFinite(target) || !/[zZ]|[+-]\d\d:?\d\d$/.test(testNow)) {
    throw new Error(`TEST_NOW must be an ISO 8601 instant with a zone, e.g. 2026-11-30T22:30:00Z; got ${testNow}`);
  }
  return `(() => {
  const Real = Date;
  const offset = ${target} - Real.now();
  const now = () => Real.now() + offset;
  function Shifted(...args) {
    if (!new.target) return new Real(now()).toString();
    return args.length === 0 ? new Real(now()) : new Real(...args);
  }
  Shifted.prototype = Real.prototype;
  Object.setPrototypeOf(Shifted, Real);
  Shifted.now = now;
  Shifted.parse = Real.parse;
  Shifted.UTC = Real.UTC;
  globalThis.Date = Shifted;
})();`;
}

/** Checks TEST_TZ names a zone Intl knows (a typo would silently fall back to UTC). */
export function checkZone(zone) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new Error(`TEST_TZ must be an IANA time zone such as Europe/Brussels; got ${zone}`);
  }
  return zone;
}
