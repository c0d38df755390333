import { expect } from '@open-wc/testing';
import { loadFeed, clearFeedCache, FeedError } from '../../src/feed/load.js';
import { registerList } from '../../src/feed/parse.js';
import { events } from '../../src/feed/contract.generated.js';

registerList('events', events);

const feed = {
  version: 1,
  network: { id: 'som-leuven', name: 'SOM' },
  events: [{ id: 'a', title: 'A', start: '2027-01-01' }],
};
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A fetch stub that answers from a list and counts calls. */
function stub(...answers: (Response | Error | 'hang')[]) {
  const calls: string[] = [];
  const fn = (async (url: string, init?: RequestInit) => {
    calls.push(url);
    const a = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    if (a === 'hang') {
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    if (a instanceof Error) throw a;
    return a.clone();
  }) as unknown as typeof fetch;
  return { fn, calls };
}

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

/** The copy is written when the page is idle: wait for it. */
async function savedCopy(storage: MemoryStorage) {
  for (let i = 0; i < 100 && storage.data.size === 0; i++) await new Promise((r) => setTimeout(r, 20));
  expect(storage.data.size, 'a copy was saved').to.equal(1);
}

const url = () => `https://feed.example/${Math.random().toString(36).slice(2)}.json`;

describe('loadFeed', () => {
  beforeEach(() => clearFeedCache());

  it('makes one request per URL however many ask', async () => {
    const s = stub(json(feed));
    const u = url();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => loadFeed(u, { fetch: s.fn, storage: null })));
    expect(s.calls).to.have.length(1);
    expect(a!.feed.events[0]!.id).to.equal('a');
    expect(b).to.equal(a);
    expect(c).to.equal(a);
  });

  it('retries network errors, 5xx and 429, then succeeds', async () => {
    const s = stub(new TypeError('offline'), json({}, 503), json(feed));
    const r = await loadFeed(url(), { fetch: s.fn, storage: null, backoff: 1 });
    expect(s.calls).to.have.length(3);
    expect(r.stale).to.equal(false);
    const t = stub(json({}, 429), json(feed));
    await loadFeed(url(), { fetch: t.fn, storage: null, backoff: 1 });
    expect(t.calls).to.have.length(2);
  });

  it('does not retry other 4xx', async () => {
    const s = stub(json({}, 404), json(feed));
    const err = await loadFeed(url(), { fetch: s.fn, storage: null, backoff: 1 }).catch((e) => e);
    expect(err).to.be.instanceOf(FeedError);
    expect(err.status).to.equal(404);
    expect(s.calls).to.have.length(1);
  });

  it('gives up after 2 retries', async () => {
    const s = stub(json({}, 500));
    const err = await loadFeed(url(), { fetch: s.fn, storage: null, backoff: 1 }).catch((e) => e);
    expect(err.status).to.equal(500);
    expect(s.calls).to.have.length(3);
  });

  it('times out a hanging request', async () => {
    const s = stub('hang');
    const err = await loadFeed(url(), { fetch: s.fn, storage: null, timeout: 30, retries: 0 }).catch((e) => e);
    expect(err).to.be.instanceOf(FeedError);
    expect(err.kind).to.equal('timeout');
  });

  it('shows the last good copy, marked stale with its date, when the network fails later', async () => {
    const storage = new MemoryStorage();
    const u = url();
    const fresh = await loadFeed(u, { fetch: stub(json(feed)).fn, storage });
    expect(fresh.stale).to.equal(false);
    await savedCopy(storage);
    clearFeedCache();
    const stale = await loadFeed(u, { fetch: stub(new TypeError('offline')).fn, storage, backoff: 1 });
    expect(stale.stale).to.equal(true);
    expect(stale.fetchedAt).to.equal(fresh.fetchedAt);
    expect(stale.feed.events[0]!.id).to.equal('a');
    expect(stale.staleReason).to.match(/network/);
  });

  it('keeps the feed text as it came, not written out again, and reads copies kept by earlier versions', async () => {
    const storage = new MemoryStorage();
    const u = url();
    const pretty = JSON.stringify(feed, null, 2);
    const fresh = await loadFeed(u, { fetch: stub(new Response(pretty)).fn, storage });
    await savedCopy(storage);
    const [[key, saved]] = [...storage.data];
    expect(saved).to.contain(pretty);
    expect(JSON.parse(saved!)).to.deep.equal({ fetchedAt: fresh.fetchedAt, json: feed });
    // What an earlier version wrote: the same shape, written by JSON.stringify.
    storage.data.set(key!, JSON.stringify({ fetchedAt: 1_700_000_000_000, json: feed }));
    clearFeedCache();
    const stale = await loadFeed(u, { fetch: stub(new TypeError('offline')).fn, storage, backoff: 1 });
    expect(stale.fetchedAt).to.equal(1_700_000_000_000);
    expect(stale.feed.events[0]!.id).to.equal('a');
  });

  it('uses the copy when the live feed turns invalid, and reports an invalid feed without one', async () => {
    const storage = new MemoryStorage();
    const u = url();
    await loadFeed(u, { fetch: stub(json(feed)).fn, storage });
    await savedCopy(storage);
    clearFeedCache();
    expect((await loadFeed(u, { fetch: stub(json({ version: 1 })).fn, storage })).stale).to.equal(true);
    const err = await loadFeed(url(), { fetch: stub(json({ version: 1 })).fn, storage }).catch((e) => e);
    expect(err.kind).to.equal('invalid');
  });

  it('lets one caller stop waiting without cancelling the shared request', async () => {
    const u = url();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const fetchFn = (async () => (await gate, json(feed))) as unknown as typeof fetch;
    const abort = new AbortController();
    const first = loadFeed(u, { fetch: fetchFn, storage: null, signal: abort.signal });
    const second = loadFeed(u, { fetch: fetchFn, storage: null });
    abort.abort();
    release();
    expect(
      await first.then(
        () => 'resolved',
        () => 'aborted',
      ),
    ).to.equal('aborted');
    expect((await second).feed.events).to.have.length(1);
  });

  it('keeps no copy of blob: feeds, which die with the page', async () => {
    const storage = new MemoryStorage();
    const u = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    await loadFeed(u, { storage });
    await new Promise((r) => setTimeout(r, 300));
    expect(storage.data.size).to.equal(0);
  });

  it('does not cache failures, so a retry asks again', async () => {
    const u = url();
    await loadFeed(u, { fetch: stub(json({}, 404)).fn, storage: null }).catch(() => {});
    const ok = await loadFeed(u, { fetch: stub(json(feed)).fn, storage: null });
    expect(ok.feed.events).to.have.length(1);
  });
});
