/**
 * The one URL rule (FEED.md): only absolute https: URLs, http: only for localhost/127.0.0.1 (development),
 * and mailto:/tel: only where a field says so. Everything else (javascript:, data:, vbscript:, relative,
 * protocol-relative, obfuscated with control characters) is refused: the function returns undefined.
 */
export type ExtraScheme = 'mailto' | 'tel';

const DEV_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function safeUrl(value: unknown, allow: readonly ExtraScheme[] = []): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Browsers strip tabs/newlines inside URLs ("java\tscript:"); refuse any control character or
  // whitespace rather than guess what the browser would make of it.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(value) || value.length > 2048) return undefined;
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  if (!match) return undefined; // relative or protocol-relative
  const scheme = match[1]!.toLowerCase();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  // "https:/host" parses, but a feed that writes it is confused: ask for the canonical form.
  const hierarchical = /^https?:\/\/[^/]/i.test(value);
  if (scheme === 'https') return hierarchical && url.hostname ? url.href : undefined;
  if (scheme === 'http') return hierarchical && DEV_HOSTS.has(url.hostname) ? url.href : undefined;
  if (scheme === 'mailto' && allow.includes('mailto'))
    return /^mailto:[^@\s]+@[^@\s]+$/i.test(value) ? value : undefined;
  if (scheme === 'tel' && allow.includes('tel')) return /^tel:\+?[0-9().-]{3,32}$/i.test(value) ? value : undefined;
  return undefined;
}
