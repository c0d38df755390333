// @ts-check
/**
 * Reading a source: a file beside the sources file, or a URL with a timeout, a size bound and a conditional
 * request (ETag / If-Modified-Since) from the cache's last answer. Failures are thrown as SourceError with a
 * problem code, so the build reports them in the person's language.
 */
import { readFile as fsReadFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { safeUrl } from '../dist/feed/index.js';

export class SourceError extends Error {
  /** @param {import('./messages.js').ProblemCode} code @param {Record<string, unknown>} params */
  constructor(code, params = {}) {
    super(String(params.error ?? code));
    this.code = code;
    this.params = params;
  }
}

/** "${NAME}" in a header value comes from the environment, so keys stay out of the sources file. */
export function fillHeaders(headers = {}, env = {}) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [k, v] of Object.entries(headers)) {
    out[k] = v.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, n) => {
      if (env[n] === undefined || env[n] === '') throw new SourceError('missingEnv', { name: n });
      return env[n];
    });
  }
  return out;
}

/**
 * @param {{ file?: string, url?: string }} where
 * @param {{ baseDir: string, fetch: typeof fetch, cache?: { get(k: string): any, set(k: string, v: any): void }, headers?: Record<string, string>, maxBytes: number, timeoutMs: number, accept: string, readFile?: (p: string) => Promise<string> }} opts
 * @returns {Promise<{ text: string, notModified?: boolean }>}
 */
export async function readSource(where, opts) {
  if (where.file) {
    const path = resolve(opts.baseDir, where.file);
    if (opts.readFile) return { text: await opts.readFile(path).catch((e) => fail(e)) };
    const info = await stat(path).catch((e) => fail(e));
    if (info.size > opts.maxBytes) throw new SourceError('tooLarge', { max: opts.maxBytes });
    return { text: await fsReadFile(path, 'utf8').catch((e) => fail(e)) };
  }
  const url = safeUrl(where.url);
  if (!url) throw new SourceError('fetchFailed', { error: 'only https: addresses (http: for localhost)' });
  const key = `http:${url}`;
  const cached = opts.cache?.get(key);
  /** @type {Record<string, string>} */
  const headers = { Accept: opts.accept, ...(opts.headers ?? {}) };
  if (cached?.body !== undefined) {
    if (cached.etag) headers['If-None-Match'] = cached.etag;
    if (cached.lastModified) headers['If-Modified-Since'] = cached.lastModified;
  }
  let res;
  try {
    res = await opts.fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(opts.timeoutMs) });
  } catch (e) {
    fail(e);
  }
  if (res.status === 304 && cached?.body !== undefined) {
    await res.body?.cancel().catch(() => {});
    return { text: cached.body, notModified: true };
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    throw new SourceError('fetchFailed', { error: `HTTP ${res.status}` });
  }
  const length = Number(res.headers.get('content-length'));
  if (length > opts.maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new SourceError('tooLarge', { max: opts.maxBytes });
  }
  const text = await readBounded(res, opts.maxBytes);
  const etag = res.headers.get('etag');
  const lastModified = res.headers.get('last-modified');
  if (opts.cache && (etag || lastModified)) opts.cache.set(key, { etag, lastModified, body: text });
  return { text };
}

/** The body as text, refusing it once it passes `max` bytes (a server may lie about or omit its length). */
async function readBounded(res, max) {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    let step;
    try {
      step = await reader.read();
    } catch (e) {
      fail(e);
    }
    if (step.done) break;
    size += step.value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new SourceError('tooLarge', { max });
    }
    chunks.push(step.value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder('utf-8').decode(all);
}

/** @returns {never} */
function fail(e) {
  if (e instanceof SourceError) throw e;
  const error =
    e?.name === 'TimeoutError'
      ? 'timed out'
      : e?.code === 'ENOENT'
        ? 'no such file'
        : String(e?.cause?.code ?? e?.message ?? e);
  throw new SourceError('fetchFailed', { error: error.slice(0, 200) });
}
