/**
 * The two organisations a result is about: optional, typed by the partner so a printout or a file says
 * which partnership it is. Kept in the browser (storage.ts) and in the share link (share.ts), never sent
 * to a server (the opt-in submission carries scores only). Pure.
 */

export interface Names {
  /** The organisation that filled in the self-check. */
  own: string;
  /** The organisation it works with. */
  partner: string;
}

/** Characters per name (code points): room for "Stedelijke Basisschool …" without inviting an essay. */
export const MAX_NAME = 80;

// Control characters and bidi overrides: a name from someone else's link must not reorder the text around it.
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** One line of plain text, at most MAX_NAME code points; '' for anything that is not a string. */
export function cleanName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const line = raw.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return Array.from(line).slice(0, MAX_NAME).join('').trim();
}

/** Both names cleaned; undefined when neither is given (so answers without names stay as they were). */
export function cleanNames(raw: unknown): Names | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const names = { own: cleanName(r.own), partner: cleanName(r.partner) };
  return names.own || names.partner ? names : undefined;
}

/** Text as base64url of its UTF-8 (A–Z a–z 0–9 - _): safe in a URL fragment and in the share code's dots. */
export function nameToCode(text: string): string {
  let bin = '';
  for (const byte of new TextEncoder().encode(text)) bin += String.fromCharCode(byte);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text back, or null when the part is not base64url of valid UTF-8. */
export function nameFromCode(code: string): string | null {
  try {
    const bin = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}
