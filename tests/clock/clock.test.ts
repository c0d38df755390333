import { expect } from '@open-wc/testing';

// The runner's clock follows TEST_NOW and TEST_TZ (npm run test:clock sets them). Without them, the
// real clock: the check then only proves Date still works.
describe('the test clock', () => {
  it('starts at TEST_NOW in TEST_TZ when set, and keeps running', async () => {
    const env = (globalThis as unknown as { __TEST_CLOCK__?: { now?: string; tz?: string } }).__TEST_CLOCK__ ?? {};
    const a = Date.now();
    if (env.now) expect(Math.abs(a - Date.parse(env.now))).to.be.below(60_000);
    if (env.tz) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(env.tz);
    await new Promise((r) => setTimeout(r, 20));
    expect(Date.now() - a).to.be.at.least(15);
    expect(new Date().getTime()).to.be.closeTo(Date.now(), 5);
    expect(new Date(0).toISOString()).to.equal('1970-01-01T00:00:00.000Z');
  });
});
