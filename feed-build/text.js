// @ts-check
/**
 * Text from untrusted sources: HTML becomes plain text with paragraphs (the feed never carries markup),
 * control and bidi-override characters go, lengths are bounded. htmlparser2 is a tolerant, streaming
 * tokenizer (the one html-to-text builds on): it never builds a DOM and never runs anything.
 */
import { Parser } from 'htmlparser2';
import { safeUrl } from '../dist/feed/index.js';

/** Elements whose content is never text for a reader. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'head',
  'title',
  'select',
  'textarea',
]);
/** Elements that end a paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'figure',
  'figcaption',
  'hr',
  'address',
]);

/** Looks like markup: a tag, a comment or an entity. A lone "<" in "kinderen < 12 jaar" is not. */
export const looksLikeHtml = (s) => /<\/?[a-z][a-z0-9]*[\s/>]|<!--|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(s);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** One line of text: no controls, single spaces. */
export function cleanLine(value) {
  if (typeof value !== 'string') return '';
  const s = looksLikeHtml(value) ? htmlToText(value).replace(/\s+/g, ' ') : value;
  return s
    .replace(CONTROL, '')
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .trim();
}

/** Long text: paragraphs separated by one blank line, lines without trailing spaces. */
export function cleanParagraphs(value) {
  if (typeof value !== 'string') return '';
  const s = looksLikeHtml(value) ? htmlToText(value) : value;
  return s
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(CONTROL, '')
    .split(/\n[ \t]*\n\s*/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

/**
 * HTML to plain text: block elements and <br><br> make paragraphs, list items become "• item" paragraphs,
 * a link with a safe address keeps it in brackets (the reader cannot click it, but can copy it).
 */
export function htmlToText(html) {
  let out = '';
  let skip = 0;
  const links = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIP.has(name)) skip++;
        if (skip) return;
        if (name === 'br') out += '\n';
        else if (BLOCK.has(name)) out += '\n\n';
        if (name === 'li') out += '• ';
        if (name === 'a') links.push({ href: safeUrl(attrs.href), from: out.length });
      },
      ontext(text) {
        if (!skip) out += text.replace(/[\r\n\t ]+/g, ' ');
      },
      onclosetag(name) {
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        if (skip) return;
        if (BLOCK.has(name)) out += '\n\n';
        if (name === 'a') {
          const link = links.pop();
          const label = link ? out.slice(link.from).trim() : '';
          if (link?.href && label && !label.includes(link.href.replace(/^https?:\/\//, '').replace(/\/$/, '')))
            out += ` (${link.href})`;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  // <br><br> and block ends make a blank line; a single <br> stays a line break.
  return out
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Cut a text at a word boundary, marking the cut with an ellipsis. */
export function clamp(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const LANG_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/**
 * A source's localised text ({ nl, fr, … } or a plain string) as feed Text, cleaned and bounded; the main
 * language first. Returns undefined when nothing is left.
 * @param {unknown} value
 * @param {{ max: number, paragraphs?: boolean, mainLanguage?: string }} opts
 * @returns {string | Record<string, string> | undefined}
 */
export function localised(value, { max, paragraphs = false, mainLanguage }) {
  const clean = (s) => clamp(paragraphs ? cleanParagraphs(s) : cleanLine(s), max);
  if (typeof value === 'string') return clean(value.slice(0, max * 20)) || undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  /** @type {Record<string, string>} */
  const text = {};
  const keys = Object.keys(value)
    .filter((k) => LANG_TAG.test(k))
    .slice(0, 12);
  if (mainLanguage && keys.includes(mainLanguage)) {
    keys.splice(keys.indexOf(mainLanguage), 1);
    keys.unshift(mainLanguage);
  }
  for (const k of keys) {
    const v = value[k];
    // Bound the work before cleaning: a 50 MB string is cut first, cleaned second.
    const s = typeof v === 'string' ? clean(v.slice(0, max * 20)) : '';
    if (s) text[k.toLowerCase()] = s;
  }
  return Object.keys(text).length ? text : undefined;
}

/** The text in one language (the given one, else the first present), for names and comparisons. */
export function pick(text, lang) {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? Object.values(text)[0] ?? '';
}
