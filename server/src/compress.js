// @ts-check
/**
 * Compression (brotli, gzip) for every text answer when the client accepts it. Hono's own `compress`
 * middleware streams gzip or deflate per request through CompressionStream: no brotli, and the same file
 * compressed again for every visitor. Here an answer with an ETag (the CDN files, /dist, /feed.json) is
 * compressed once per version and kept (brotli at its best setting, since it runs once); an answer without
 * one (a registration page, a JSON answer) is compressed per request at a fast setting.
 *
 * Each encoding is its own representation: its ETag gets a suffix (`"…-br"`), and `Vary: Accept-Encoding`
 * tells caches to keep them apart. A revalidation with a suffixed ETag is answered 304 here.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** @typedef {'br' | 'gzip'} Encoding */

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const COMPRESSIBLE =
  /^(text\/[\w.+-]+|image\/svg\+xml|application\/(json|javascript|xml|manifest\+json|[\w.+-]+\+(json|xml)))\s*(;|$)/i;
const SUFFIX = { br: '-br', gzip: '-gz' };

/**
 * The encoding to answer in: brotli before gzip at equal weight, none when the client names neither
 * (or refuses them with q=0).
 * @param {string | undefined} header Accept-Encoding
 * @returns {Encoding | undefined}
 */
export function chooseEncoding(header) {
  if (!header) return undefined;
  /** @type {Record<string, number>} */
  const q = {};
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const weight = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    q[name] = Number.isFinite(weight) ? weight : 0;
  }
  const br = q.br ?? q['*'] ?? 0;
  const gzipQ = q.gzip ?? q['x-gzip'] ?? q['*'] ?? 0;
  if (br > 0 && br >= gzipQ) return 'br';
  if (gzipQ > 0) return 'gzip';
  return undefined;
}

/**
 * @param {Encoding} encoding @param {Uint8Array} body @param {boolean} best  once per version: the best ratio
 * @returns {Promise<Buffer>}
 */
const compress = (encoding, body, best) =>
  encoding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: best ? 11 : 5,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      })
    : gz(body, { level: best ? 9 : 6 });

/** @param {string} etag `"abc"` or `W/"abc"` @param {Encoding} encoding */
const variantEtag = (etag, encoding) => etag.replace(/"$/, `${SUFFIX[encoding]}"`);

/** Whether If-None-Match names this ETag (weak comparison, or "*"). @param {string | undefined} header @param {string} etag */
const matches = (header, etag) =>
  !!header &&
  header.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));

/**
 * @param {{ minBytes?: number, cacheBytes?: number }} [options]  `minBytes`: smaller answers go as they are
 *   (the headers would outweigh the gain); `cacheBytes`: the most compressed bytes kept, oldest versions dropped first
 * @returns {import('hono').MiddlewareHandler}
 */
export function compression({ minBytes = 1024, cacheBytes = 64 * 1024 * 1024 } = {}) {
  /** @type {Map<string, Promise<Buffer>>} by encoding and ETag: one compression per version, shared by concurrent requests */
  const cache = new Map();
  /** @type {Map<string, number>} */
  const sizes = new Map();
  let cached = 0;
  /** @param {string} key @param {Promise<Buffer>} pending */
  const keep = (key, pending) => {
    cache.set(key, pending);
    pending.then(
      (buf) => {
        if (!cache.has(key)) return;
        sizes.set(key, buf.byteLength);
        cached += buf.byteLength;
        for (const [old] of cache) {
          if (cached <= cacheBytes || old === key) break;
          cached -= sizes.get(old) ?? 0;
          sizes.delete(old);
          cache.delete(old);
        }
      },
      () => cache.delete(key),
    );
    return pending;
  };

  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    if (!COMPRESSIBLE.test(type) || res.headers.has('Content-Encoding')) return;
    // Compressible at this address: caches must keep the encodings apart, 304s included.
    const vary = res.headers.get('Vary');
    if (!vary) res.headers.set('Vary', 'Accept-Encoding');
    else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) res.headers.set('Vary', `${vary}, Accept-Encoding`);
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    if (!encoding || res.status !== 200 || !res.body) {
      // A 304 for a compressed representation names that representation's ETag.
      const etag = res.headers.get('ETag');
      if (res.status === 304 && etag && encoding && matches(c.req.header('If-None-Match'), variantEtag(etag, encoding)))
        res.headers.set('ETag', variantEtag(etag, encoding));
      return;
    }
    const etag = res.headers.get('ETag');
    if (etag && matches(c.req.header('If-None-Match'), variantEtag(etag, encoding))) {
      const headers = new Headers(res.headers);
      headers.set('ETag', variantEtag(etag, encoding));
      headers.delete('Content-Length');
      await res.body.cancel();
      c.res = undefined; // replace, not merge: the 304 must not carry the 200's length
      c.res = new Response(null, { status: 304, headers });
      return;
    }
    const body = new Uint8Array(await res.arrayBuffer());
    if (body.byteLength < minBytes) {
      c.res = undefined;
      c.res = new Response(body, { status: res.status, headers: res.headers });
      return;
    }
    const key = `${encoding} ${etag}`;
    const out = etag
      ? await (cache.get(key) ?? keep(key, compress(encoding, body, true)))
      : await compress(encoding, body, false);
    const headers = new Headers(res.headers);
    headers.set('Content-Encoding', encoding);
    headers.delete('Content-Length');
    if (etag) headers.set('ETag', variantEtag(etag, encoding));
    c.res = undefined;
    // zlib's Buffers sit on ordinary ArrayBuffers (never shared), as Response wants them.
    c.res = new Response(/** @type {Uint8Array<ArrayBuffer>} */ (out), { status: res.status, headers });
  };
}
