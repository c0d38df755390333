import { expect } from '@open-wc/testing';
import { getAvailability, newKey, register, retryAfter, type SignupBody } from '../../src/signup/client.js';
import { FakeEndpoint, installFakeFetch, uninstallFakeFetch } from './fake-endpoint.js';

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const body = (over: Partial<SignupBody> = {}): SignupBody => ({
  name: 'An Peeters',
  email: 'an@example.org',
  answers: { organisation: 'De Wijnpers' },
  consent: true,
  language: 'nl',
  website: '',
  ...over,
});
const problem = (
  status: number,
  type: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => ({
  status,
  headers: { 'Content-Type': 'application/problem+json', ...headers },
  body: { type: `https://x.example/problems/${type}`, title: type, status, detail: `${type} detail`, ...extra },
});

describe('sign-up protocol client', () => {
  before(installFakeFetch);
  after(uninstallFakeFetch);

  describe('availability', () => {
    it('reads the state and the places left', async () => {
      const fake = new FakeEndpoint({
        capacity: 120,
        confirmed: 97,
        waitlist: true,
        opens: '2026-05-01T09:00:00+02:00',
      });
      expect(await getAvailability(fake.url)).to.deep.equal({
        state: 'open',
        remaining: 23,
        opens: '2026-05-01T09:00:00+02:00',
        closes: null,
        retentionDays: null,
      });
    });

    it('reads unlimited as a null count', async () => {
      expect((await getAvailability(new FakeEndpoint({ capacity: null }).url))!.remaining).to.equal(null);
    });

    it('gives null for a failure, an error status, or an answer it does not understand', async () => {
      const fake = new FakeEndpoint().nextGet(
        'network',
        500,
        { status: 200, body: { state: 'maybe' } },
        { status: 200, body: [1] },
      );
      for (let i = 0; i < 4; i++) expect(await getAvailability(fake.url)).to.equal(null);
      expect(await getAvailability(fake.url)).to.not.equal(null);
    });
  });

  describe('register', () => {
    it('sends JSON with the Idempotency-Key and reads a confirmation with safe links', async () => {
      const fake = new FakeEndpoint();
      const r = await register(fake.url, body(), 'key-00000001');
      expect(r.kind).to.equal('ok');
      if (r.kind !== 'ok') return;
      expect(r.status).to.equal('confirmed');
      expect(r.position).to.equal(null);
      expect(r.duplicate).to.equal(false);
      expect(r.cancelUrl).to.match(/^https:\/\/signup\.invalid\/api\/registrations\/t1-/);
      expect(r.icsUrl).to.equal(`${r.cancelUrl}/calendar.ics`);
      expect(fake.posts[0]!.key).to.equal('key-00000001');
      expect(fake.posts[0]!.body).to.deep.equal(body());
    });

    it('reads the waiting list position', async () => {
      const fake = new FakeEndpoint({ capacity: 3, confirmed: 3, waitlisted: 2, waitlist: true });
      const r = await register(fake.url, body(), newKey());
      expect(r).to.include({ kind: 'ok', status: 'waitlisted', position: 3 });
    });

    it('refuses links an endpoint should never send (javascript:, relative)', async () => {
      const fake = new FakeEndpoint().next({
        status: 201,
        body: { status: 'confirmed', cancelUrl: 'javascript:alert(1)', icsUrl: '/x.ics' },
      });
      const r = await register(fake.url, body(), newKey());
      expect(r.kind === 'ok' && [r.cancelUrl, r.icsUrl]).to.deep.equal([undefined, undefined]);
    });

    it('reads a duplicate (200) and the honeypot answer (202)', async () => {
      const fake = new FakeEndpoint();
      await register(fake.url, body(), newKey());
      expect(await register(fake.url, body(), newKey())).to.include({
        kind: 'ok',
        status: 'confirmed',
        duplicate: true,
      });
      expect(
        await register(fake.url, body({ email: 'bot@example.org', website: 'https://spam.example' }), newKey()),
      ).to.include({ kind: 'ok', status: 'received' });
      expect(fake.registrations).to.have.length(1);
    });

    it('reads resent: true on a duplicate as the masked address the confirmation went to again', async () => {
      const fake = new FakeEndpoint({ resends: true });
      const lies = body({ email: 'lies.peeters@school.example' });
      expect(await register(fake.url, lies, newKey())).not.to.have.property('resentTo');
      expect(await register(fake.url, lies, newKey())).to.include({
        kind: 'ok',
        duplicate: true,
        resentTo: 'l…@school.example',
      });
    });

    it('gets the same answer for the same key and body (a retry), and nothing is stored twice', async () => {
      const fake = new FakeEndpoint();
      const first = await register(fake.url, body(), 'same-key-1');
      const again = await register(fake.url, body(), 'same-key-1');
      expect(again).to.deep.equal(first);
      expect(fake.registrations).to.have.length(1);
    });

    it('maps 422 errors to fields', async () => {
      const fake = new FakeEndpoint();
      const r = await register(fake.url, body({ name: ' ', consent: false }), newKey());
      expect(r.kind).to.equal('invalid');
      expect(r.kind === 'invalid' && r.errors.map((e) => e.field)).to.deep.equal(['name', 'consent']);
      expect(r).to.include({ http: 422 });
    });

    it('maps 409 full, 410, 5xx, other 4xx and a network failure', async () => {
      const fake = new FakeEndpoint().next(
        problem(409, 'full'),
        problem(410, 'closed'),
        problem(503, 'unavailable'),
        502,
        problem(400, 'idempotency-key-missing'),
        'network',
      );
      const kinds = [];
      for (let i = 0; i < 6; i++) {
        const r = await register(fake.url, body(), newKey());
        kinds.push([r.kind, r.kind === 'ok' ? 'ok' : r.http]);
      }
      expect(kinds).to.deep.equal([
        ['full', 409],
        ['gone', 410],
        ['server', 503],
        ['server', 502],
        ['refused', 400],
        ['network', null],
      ]);
    });

    it('keeps the problem detail', async () => {
      const fake = new FakeEndpoint().next(problem(410, 'cancelled'));
      expect(await register(fake.url, body(), newKey())).to.include({ kind: 'gone', detail: 'cancelled detail' });
    });

    it('waits on 429 as Retry-After says, and on 409 while the same key is in flight', async () => {
      const fake = new FakeEndpoint().next(
        problem(429, 'rate-limited', {}, { 'Retry-After': '30' }),
        problem(409, 'request-in-progress', {}, { 'Retry-After': '1' }),
      );
      expect(await register(fake.url, body(), newKey())).to.include({ kind: 'later', http: 429, wait: 30 });
      expect(await register(fake.url, body(), newKey())).to.include({ kind: 'later', http: 409, wait: 1 });
    });

    it('treats a request that never answers as a network failure (safe to retry with the same key)', async () => {
      const fake = new FakeEndpoint().next('hang');
      expect(await register(fake.url, body(), newKey(), { timeout: 50 })).to.include({ kind: 'network' });
    });

    it('a real server without a body still maps by status', async () => {
      const fetchStub = (async () =>
        new Response('<h1>Bad gateway</h1>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        })) as typeof fetch;
      expect(await register('https://x.example/r', body(), newKey(), { fetch: fetchStub })).to.include({
        kind: 'server',
        http: 502,
        detail: 'HTTP 502',
      });
    });
  });

  describe('keys and waits', () => {
    it('makes a fresh v4 UUID per call', () => {
      const a = newKey();
      expect(a).to.match(UUID4);
      expect(newKey()).to.not.equal(a);
    });

    it('makes one without crypto.randomUUID (pages served over http:)', () => {
      const original = crypto.randomUUID;
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      try {
        expect(newKey()).to.match(UUID4);
      } finally {
        Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
      }
    });

    it('reads Retry-After as seconds or a date, within 1 s to 10 min', () => {
      const now = Date.parse('2026-11-27T10:00:00Z');
      expect(retryAfter('12', now)).to.equal(12);
      expect(retryAfter('Fri, 27 Nov 2026 10:01:00 GMT', now)).to.equal(60);
      expect(retryAfter('0', now)).to.equal(1);
      expect(retryAfter('86400', now)).to.equal(600);
      expect(retryAfter(null, now)).to.equal(5);
      expect(retryAfter('soon', now)).to.equal(5);
    });
  });
});
