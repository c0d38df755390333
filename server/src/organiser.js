// @ts-check
/**
 * The organiser's side (#14): one page per event behind a secret link, and the network's view for the admin.
 *
 *   /organiser/e/{token}[/…]          the event's organiser (one active link per event; only its hash is stored)
 *   /organiser/admin                  the admin (ADMIN_TOKEN, then a session cookie): every event of a year,
 *                                     the totals, links handed out; /organiser/admin/events/{id}[/…] any event
 * Under an event's address: the page (figures, people, waiting list, add, cancel, move up, places, close,
 * message, log), /door (check-in on a phone; /door.json for the refresh), /print (A4), /registrations.csv.
 * Every change is a form that POSTs and redirects (303), so the pages work without script; /organiser.js only
 * makes check-in instant and keeps two phones in step. Every change is logged with who made it (which link).
 */
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { availabilityState, formatWhen, intlDays, resolveText, seatsOf, toDate } from 'som-widgets/feed';
import { escapeHtml, htmlPage } from './html.js';
import { authFailed, authLocked, route, withEtag } from './http.js';
import { acceptedLanguage } from './registration-page.js';
import { answerText, csvFile, localTime, registrationTable, summarise, withSettings } from './organiser-model.js';
import { demoEvent, demoOrganiserToken } from './organiser-demo.js';
import { ORGANISER_WORDS } from './organiser-texts.js';
import { validateSignup } from './validation.js';

/** @typedef {import('./app.js').AppContext} AppContext */
/** @typedef {import('./db.js').Registration} Registration */
/** @typedef {import('./db.js').Audit} Audit */
/** @typedef {import('som-widgets/feed').FeedEvent} FeedEvent */
/** @typedef {import('./organiser-texts.js').OrganiserWords} Words */
/** @typedef {import('hono').Context} Context */
/** @typedef {{ eventId: string, actor: string, base: string, admin: boolean }} Access */

const LANGS = /** @type {const} */ (['nl', 'fr', 'en']);
const SCRIPT_PATH = '/assets/organiser.js';
const SCRIPT = readFileSync(new URL('../static/organiser.js', import.meta.url), 'utf8');
const COOKIE = 'som_admin';
const sha256 = (/** @type {string} */ s) => createHash('sha256').update(s).digest('hex');

/** @param {string} s @param {Record<string, string | number>} v */
const fill = (s, v) => s.replace(/\{(\w+)\}/g, (m, k) => (k in v ? String(v[k]) : m));
/** Accents and case ignored: "Celine" finds "Céline". @param {string} s */
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** A new organiser link's secret: 256 random bits, URL-safe. */
export const newOrganiserToken = () => randomBytes(32).toString('base64url');

/** @param {AppContext} ctx @param {import('hono').Hono} app */
export function organiserRoutes(app, ctx) {
  const { storage, config } = ctx;
  const tz = () => ctx.feed.network.timeZone;
  /** The admin's session: a keyed hash of ADMIN_TOKEN, so a new token ends every session. */
  const session = () =>
    config.adminToken && createHmac('sha256', config.adminToken).update('som-admin-session').digest('hex');

  // The demo hub's way in (DEMO=1 only): the demo event's organiser page, whose link npm start also prints.
  if (config.demo) {
    app.get('/demo/organiser', (c) => {
      const event = demoEvent(ctx.feed.events);
      if (!event) return c.notFound();
      return c.redirect(`${config.publicUrl}/organiser/e/${demoOrganiserToken(ctx.tokens, event.id)}`, 302);
    });
  }

  route(app, SCRIPT_PATH, {
    GET: (c) =>
      withEtag(c, SCRIPT, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=300' }),
  });

  /** @param {Context} c @returns {'nl' | 'fr' | 'en'} */
  const langOf = (c) => {
    const asked = c.req.query('lang');
    if (asked && /** @type {readonly string[]} */ (LANGS).includes(asked)) return /** @type {any} */ (asked);
    const fromHeader = acceptedLanguage(c.req.header('Accept-Language'), 'nl');
    return /** @type {readonly string[]} */ (LANGS).includes(fromHeader) ? /** @type {any} */ (fromHeader) : 'nl';
  };
  /** A link within the pages, keeping the language. @param {string} path @param {string} lang @param {Record<string, string>} [query] */
  const href = (path, lang, query = {}) => {
    const q = new URLSearchParams({ ...query, ...(lang !== 'nl' ? { lang } : {}) }).toString();
    return `${config.publicUrl}${path}${q ? `?${q}` : ''}`;
  };
  /** Form posts carry the language in the action's query. */
  const postTo = href;

  /**
   * @param {Context} c @param {string} lang @param {string} title escaped @param {string} main
   * @param {{ status?: number, script?: boolean, wide?: boolean }} [o]
   */
  const page = (c, lang, title, main, { status = 200, script = false, wide = false } = {}) => {
    c.header('Cache-Control', 'no-store');
    c.header('Vary', 'Accept-Language, Cookie', { append: true });
    const res = htmlPage(c, title, wide ? `<div class="wide">${main}</div>` : main, status, {
      lang,
      header: `<div class="inner"><span class="name">${escapeHtml(ctx.feed.network.name)}</span></div>`,
      ...(script ? { scripts: [SCRIPT_PATH] } : {}),
    });
    return res;
  };

  /** @param {Context} c @param {Words} w @param {string} lang */
  const notFound = (c, w, lang) =>
    page(c, lang, escapeHtml(w.notFound), `<h1>${escapeHtml(w.notFound)}</h1><p>${escapeHtml(w.notFoundWhy)}</p>`, {
      status: 404,
    });

  /** @param {Context} c */
  const isAdmin = (c) => {
    const expected = session();
    const given = getCookie(c, COOKIE);
    if (!expected || !given) return false;
    const a = Buffer.from(sha256(given));
    const b = Buffer.from(sha256(expected));
    return timingSafeEqual(a, b);
  };
  /** A change by the admin's cookie comes from our own pages (SameSite=Strict already; this is the belt). @param {Context} c */
  const sameSite = (c) => {
    const site = c.req.header('Sec-Fetch-Site');
    if (site && site !== 'same-origin' && site !== 'none') return false;
    const origin = c.req.header('Origin');
    return !origin || origin === new URL(config.publicUrl).origin || origin === new URL(c.req.url).origin;
  };

  /**
   * Who is asking, for which event: the link's organiser, or the admin. Undefined (after counting the failure
   * against the client) when neither.
   * @param {Context} c
   * @returns {Promise<Access | Response | undefined>}
   */
  async function access(c) {
    const id = c.req.param('id');
    if (id !== undefined) {
      if (!isAdmin(c) || (c.req.method === 'POST' && !sameSite(c))) return undefined;
      return { eventId: id, actor: 'admin', base: `/organiser/admin/events/${encodeURIComponent(id)}`, admin: true };
    }
    const locked = authLocked(c);
    if (locked) return locked;
    const token = c.req.param('token') ?? '';
    const link = token.length >= 22 ? await storage.organiserLink(sha256(token)) : undefined;
    if (!link) {
      authFailed(c);
      return undefined;
    }
    return { eventId: link.eventId, actor: `link:${link.id}`, base: `/organiser/e/${token}`, admin: false };
  }

  /** The event with the organiser's settings applied, or undefined when it takes no sign-ups here. @param {string} id */
  async function eventOf(id) {
    const event = ctx.events.get(id);
    if (event?.registration?.type !== 'form') return undefined;
    return withSettings(event, await storage.eventSettings(id));
  }

  /**
   * Run a handler for an event's organiser or the admin; anyone else gets the "link does not work" page.
   * @param {(c: Context, a: Access, event: FeedEvent, lang: 'nl' | 'fr' | 'en', w: Words) => Promise<Response> | Response} handler
   */
  const forEvent = (handler) => async (/** @type {Context} */ c) => {
    const lang = langOf(c);
    const w = ORGANISER_WORDS[lang];
    const a = await access(c);
    if (a instanceof Response) return a;
    if (!a) return notFound(c, w, lang);
    const event = await eventOf(a.eventId);
    if (!event) return page(c, lang, escapeHtml(w.gone), `<h1>${escapeHtml(w.gone)}</h1>`, { status: 404 });
    return handler(c, a, event, lang, w);
  };

  /** @param {FeedEvent} event @param {string} lang */
  const titleOf = (event, lang) => resolveText(event.title, [lang, ...ctx.feed.network.languages]);
  /** @param {FeedEvent} event @param {string} lang */
  const whenOf = (event, lang) =>
    formatWhen(event, intlDays(lang), tz(), { to: lang === 'fr' ? 'à' : lang === 'en' ? 'to' : 'tot', allDay: '' })
      .label;
  /** @param {string} lang @param {string} iso */
  const timeOf = (lang, iso) =>
    new Intl.DateTimeFormat(`${lang}-BE`, { timeZone: tz(), hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  /** @param {string} lang @param {string} iso */
  const dateTimeOf = (lang, iso) =>
    new Intl.DateTimeFormat(`${lang}-BE`, { timeZone: tz(), dateStyle: 'short', timeStyle: 'short' }).format(
      new Date(iso),
    );
  /** @param {string} lang @param {number | null} x */
  const pct = (lang, x) =>
    x === null ? '–' : new Intl.NumberFormat(`${lang}-BE`, { style: 'percent', maximumFractionDigits: 0 }).format(x);

  /** @param {Registration} r @param {FeedEvent} event @param {string} lang @param {Words} w */
  const answersOf = (r, event, lang, w) => {
    const fields = event.registration?.type === 'form' ? (event.registration.fields ?? []) : [];
    return fields
      .map((f) => [resolveText(f.label, [lang]), answerText(f, r.answers?.[f.id], [lang], w)])
      .filter(([, v]) => v !== '');
  };

  /** @param {Registration[]} people @param {string} q */
  const matching = (people, q) => {
    const needle = fold(q.trim());
    return needle ? people.filter((r) => fold(`${r.name ?? ''} ${r.email ?? ''}`).includes(needle)) : people;
  };

  /** The language switch and the way back. @param {Access} a @param {string} lang @param {string} path */
  const langNav = (a, lang, path) =>
    `<nav class="langs" aria-label="${escapeHtml(ORGANISER_WORDS[/** @type {'nl'} */ (lang)].lang)}"><ul>${LANGS.map(
      (l) =>
        `<li><a href="${escapeHtml(href(path, l))}" lang="${l}" hreflang="${l}"${l === lang ? ' aria-current="true"' : ''}>${l.toUpperCase()}</a></li>`,
    ).join(
      '',
    )}</ul></nav>${a.admin ? `<p><a href="${escapeHtml(href('/organiser/admin', lang))}">${escapeHtml(ORGANISER_WORDS[/** @type {'nl'} */ (lang)].back)}</a></p>` : ''}`;

  /** @param {Context} c @param {Words} w */
  const doneMessage = (c, w) => {
    const key = c.req.query('done') ?? '';
    const text = /** @type {Record<string, string>} */ (w.done)[key];
    return text
      ? `<p class="status ok" role="status" tabindex="-1" id="done">${escapeHtml(fill(text, { n: c.req.query('n') ?? '' }))}</p>`
      : '';
  };

  // ---- the event's page ------------------------------------------------------------------------------

  /**
   * @param {Context} c @param {Access} a @param {FeedEvent} event @param {'nl' | 'fr' | 'en'} lang @param {Words} w
   * @param {{ errors?: { field: string, message: string }[], values?: Record<string, string> , status?: number }} [form]
   */
  async function eventPage(c, a, event, lang, w, form = {}) {
    const title = titleOf(event, lang);
    const [figures] = await storage.eventFigures(event.id);
    const s = summarise(figures, event);
    const people = await storage.listActive(event.id);
    const q = c.req.query('q') ?? '';
    const confirmed = matching(
      people.filter((r) => r.status === 'confirmed'),
      q,
    );
    const waiting = matching(
      people.filter((r) => r.status === 'waitlisted'),
      q,
    );
    const settings = await storage.eventSettings(event.id);
    const state = availabilityState(event, ctx.now().getTime(), tz(), s.confirmed);
    const open = state === 'open' || state === 'waitlist';
    const feedEvent = /** @type {FeedEvent} */ (ctx.events.get(event.id));
    const feedSeats = seatsOf(feedEvent);
    const reg = /** @type {Extract<FeedEvent['registration'], { type: 'form' }>} */ (event.registration);
    const started = toDate(event.start, tz()).getTime() <= ctx.now().getTime();
    const log = await storage.organiserLog(event.id, 50);
    const v = form.values ?? {};

    const row = (/** @type {string} */ k, /** @type {string | number} */ val) =>
      `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(val)}</dd></div>`;
    const figuresHtml = `<section aria-labelledby="figures"><h2 id="figures">${escapeHtml(w.figures)}</h2>
<dl class="figures">
${row(w.capacity, s.capacity ?? w.unlimited)}${row(w.confirmed, s.confirmed)}${row(w.waiting, s.waitlisted)}${row(w.placesLeft, s.placesLeft ?? w.unlimited)}
${row(w.cancelledPerson, s.cancelledPerson)}${row(w.cancelledReminder, s.cancelledReminder)}${row(w.cancelledOrganiser, s.cancelledOrganiser)}
${row(w.present, s.present)}${row(w.noShows, started ? s.noShows : '–')}${row(w.turnout, pct(lang, s.turnout))}
</dl>
${s.present || started ? `<p class="turnout">${escapeHtml(fill(w.turnoutLine, { p: s.present, c: s.confirmed, pct: pct(lang, s.turnout) }))}</p>` : ''}
<p>${escapeHtml(open ? w.registrationOpen : w.registrationClosed)}${settings?.closedAt ? ` ${escapeHtml(w.closedEarly)}` : ''}</p>
</section>`;

    const search = `<form method="get" action="${escapeHtml(`${config.publicUrl}${a.base}`)}" class="search" role="search">
${lang !== 'nl' ? `<input type="hidden" name="lang" value="${lang}">` : ''}
<label for="q">${escapeHtml(w.search)}</label>
<span class="row"><input id="q" name="q" type="search" value="${escapeHtml(q)}" autocomplete="off"><button type="submit">${escapeHtml(w.searchButton)}</button></span>
${q ? `<a href="${escapeHtml(href(a.base, lang))}">${escapeHtml(w.showAll)}</a>` : ''}
</form>`;

    const personCell = (/** @type {Registration} */ r) => {
      const answers = answersOf(r, event, lang, w);
      return `<td><strong>${escapeHtml(r.name)}</strong><br>${escapeHtml(r.email)}${r.promotedAt ? `<br><span class="tag">${escapeHtml(w.movedUp)}</span>` : ''}${
        answers.length
          ? `<ul class="answers">${answers.map(([k, val]) => `<li>${escapeHtml(k)}: ${escapeHtml(val)}</li>`).join('')}</ul>`
          : ''
      }</td>`;
    };
    const empty = q ? fill(w.noMatch, { q }) : w.nobody;
    const confirmedTable = confirmed.length
      ? `<div class="wrap" tabindex="0" role="region" aria-labelledby="people"><table><caption>${escapeHtml(w.people)} (${confirmed.length})</caption>
<thead><tr><th scope="col">${escapeHtml(w.name)}</th><th scope="col">${escapeHtml(w.registered)}</th><th scope="col">${escapeHtml(w.present)}</th><th scope="col">${escapeHtml(w.actions)}</th></tr></thead>
<tbody>${confirmed
          .map(
            (
              r,
            ) => `<tr>${personCell(r)}<td>${escapeHtml(dateTimeOf(lang, r.createdAt))}</td><td>${r.presentAt ? escapeHtml(fill(w.isPresent, { t: timeOf(lang, r.presentAt) })) : '–'}</td>
<td><a href="${escapeHtml(href(`${a.base}/cancel`, lang, { id: r.id }))}" aria-label="${escapeHtml(`${w.cancel}: ${r.name}`)}">${escapeHtml(w.cancel)}</a></td></tr>`,
          )
          .join('\n')}</tbody></table></div>`
      : `<p>${escapeHtml(empty)}</p>`;
    const waitingTable = waiting.length
      ? `<div class="wrap" tabindex="0" role="region" aria-labelledby="waitlist"><table><caption>${escapeHtml(w.waitlist)} (${waiting.length})</caption>
<thead><tr><th scope="col">${escapeHtml(w.place)}</th><th scope="col">${escapeHtml(w.name)}</th><th scope="col">${escapeHtml(w.registered)}</th><th scope="col">${escapeHtml(w.actions)}</th></tr></thead>
<tbody>${waiting
          .map(
            (
              r,
            ) => `<tr><td class="n">${r.position}</td>${personCell(r)}<td>${escapeHtml(dateTimeOf(lang, r.createdAt))}</td>
<td><form method="post" action="${escapeHtml(postTo(`${a.base}/move-up`, lang))}"><input type="hidden" name="id" value="${escapeHtml(r.id)}"><button type="submit" class="small" aria-label="${escapeHtml(`${w.moveUp}: ${r.name}`)}">${escapeHtml(w.moveUp)}</button></form>
<a href="${escapeHtml(href(`${a.base}/cancel`, lang, { id: r.id }))}" aria-label="${escapeHtml(`${w.cancel}: ${r.name}`)}">${escapeHtml(w.cancel)}</a></td></tr>`,
          )
          .join('\n')}</tbody></table></div>`
      : `<p>${escapeHtml(empty)}</p>`;

    const errs = form.errors ?? [];
    const errorOf = (/** @type {string} */ field) => errs.find((e) => e.field === field)?.message;
    const input = (
      /** @type {string} */ id,
      /** @type {string} */ name,
      /** @type {string} */ label,
      /** @type {string} */ control,
      /** @type {string} */ field,
    ) => {
      const e = errorOf(field);
      return `<div class="field"><label for="${id}">${escapeHtml(label)}</label>${e ? `<p class="error" id="${id}-error">${escapeHtml(e)}</p>` : ''}${control.replace('<X', `<${name}${e ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''}`)}</div>`;
    };
    const fields = reg.fields ?? [];
    const fieldHtml = fields
      .map((f) => {
        const id = `f-${f.id}`;
        const name = `answers.${f.id}`;
        const label = `${resolveText(f.label, [lang])}${f.required ? ' *' : ''}`;
        const val = escapeHtml(v[name] ?? '');
        const req = f.required ? ' required' : '';
        if (f.type === 'checkbox') {
          const e = errorOf(name);
          return `<div class="field check">${e ? `<p class="error" id="${id}-error">${escapeHtml(e)}</p>` : ''}<input type="checkbox" id="${id}" name="${name}" value="1"${v[name] ? ' checked' : ''}${req}${e ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''}><label for="${id}">${escapeHtml(label)}</label></div>`;
        }
        if (f.type === 'select')
          return input(
            id,
            'select',
            label,
            `<X id="${id}" name="${name}"${req}><option value=""></option>${(f.options ?? [])
              .map(
                (o) =>
                  `<option value="${escapeHtml(o.value)}"${v[name] === o.value ? ' selected' : ''}>${escapeHtml(resolveText(o.label, [lang]))}</option>`,
              )
              .join('')}</select>`,
            name,
          );
        if (f.type === 'textarea')
          return input(id, 'textarea', label, `<X id="${id}" name="${name}" rows="3"${req}>${val}</textarea>`, name);
        const type = f.type === 'email' ? 'email' : f.type === 'tel' ? 'tel' : f.type === 'number' ? 'number' : 'text';
        return input(id, 'input', label, `<X id="${id}" name="${name}" type="${type}" value="${val}"${req}>`, name);
      })
      .join('\n');
    const addForm = `<section aria-labelledby="add"><h2 id="add">${escapeHtml(w.add)}</h2>
<p>${escapeHtml(w.addHint)}</p>
${errs.length ? `<div class="errors" role="alert" tabindex="-1" id="add-errors"><p>${escapeHtml(w.fixErrors)}</p><ul>${errs.map((e) => `<li>${escapeHtml(e.message)}</li>`).join('')}</ul></div>` : ''}
<form method="post" action="${escapeHtml(postTo(`${a.base}/add`, lang))}" class="stack" novalidate>
${input('f-name', 'input', `${w.name} *`, `<X id="f-name" name="name" type="text" autocomplete="off" value="${escapeHtml(v.name ?? '')}" required>`, 'name')}
${input('f-email', 'input', `${w.email} *`, `<X id="f-email" name="email" type="email" autocomplete="off" value="${escapeHtml(v.email ?? '')}" required>`, 'email')}
${fieldHtml}
<div class="field"><label for="f-language">${escapeHtml(w.language)}</label><select id="f-language" name="language">${[
      'nl',
      'fr',
      'de',
      'en',
    ]
      .map((l) => `<option value="${l}"${(v.language ?? lang) === l ? ' selected' : ''}>${l.toUpperCase()}</option>`)
      .join('')}</select></div>
<div class="field check">${errorOf('consent') ? `<p class="error" id="f-consent-error">${escapeHtml(errorOf('consent'))}</p>` : ''}<input type="checkbox" id="f-consent" name="consent" value="1"${v.consent ? ' checked' : ''} required${errorOf('consent') ? ' aria-invalid="true" aria-describedby="f-consent-error"' : ''}><label for="f-consent">${escapeHtml(w.consent)} *</label></div>
<p><button type="submit">${escapeHtml(w.addButton)}</button></p>
</form></section>`;

    const capErr = c.req.query('error') === 'capacity';
    const msgErr = c.req.query('error') === 'message';
    const settingsForm = `<section aria-labelledby="settings"><h2 id="settings">${escapeHtml(w.settings)}</h2>
<form method="post" action="${escapeHtml(postTo(`${a.base}/capacity`, lang))}" class="stack">
<div class="field"><label for="capacity">${escapeHtml(w.capacityLabel)}</label>
<p class="hint" id="capacity-hint">${escapeHtml(fill(w.capacityHint, { n: feedSeats ?? w.unlimited }))}</p>
${capErr ? `<p class="error" id="capacity-error" role="alert">${escapeHtml(w.errors.capacity)}</p>` : ''}
<input id="capacity" name="capacity" type="number" min="0" max="100000" step="1" inputmode="numeric" value="${settings?.capacity ?? ''}" aria-describedby="capacity-hint${capErr ? ' capacity-error' : ''}"${capErr ? ' aria-invalid="true"' : ''}></div>
<p><button type="submit">${escapeHtml(w.capacityButton)}</button></p>
</form>
<form method="post" action="${escapeHtml(postTo(`${a.base}/close`, lang))}">
<input type="hidden" name="closed" value="${settings?.closedAt ? '0' : '1'}">
<p><button type="submit" class="secondary">${escapeHtml(settings?.closedAt ? w.reopen : w.close)}</button></p>
</form></section>`;

    const messageForm = `<section aria-labelledby="message"><h2 id="message">${escapeHtml(w.message)}</h2>
${msgErr ? `<p class="error" role="alert">${escapeHtml(w.errors.message)}</p>` : ''}
<form method="post" action="${escapeHtml(postTo(`${a.base}/message`, lang))}" class="stack">
<fieldset><legend>${escapeHtml(w.messageTo)}</legend>
<div class="check"><input type="radio" id="to-confirmed" name="to" value="confirmed" checked><label for="to-confirmed">${escapeHtml(fill(w.toConfirmed, { n: s.confirmed }))}</label></div>
<div class="check"><input type="radio" id="to-waiting" name="to" value="waitlisted"><label for="to-waiting">${escapeHtml(fill(w.toWaiting, { n: s.waitlisted }))}</label></div>
</fieldset>
<div class="field"><label for="subject">${escapeHtml(w.subject)}</label><input id="subject" name="subject" type="text" maxlength="150" required></div>
<div class="field"><label for="body">${escapeHtml(w.body)}</label><textarea id="body" name="body" rows="5" maxlength="5000" required></textarea></div>
<p><button type="submit">${escapeHtml(w.send)}</button></p>
</form></section>`;

    const logHtml = `<section aria-labelledby="log"><h2 id="log">${escapeHtml(w.log)}</h2>
${
  log.length
    ? `<div class="wrap" tabindex="0" role="region" aria-labelledby="log"><table><thead><tr><th scope="col">${escapeHtml(w.when)}</th><th scope="col">${escapeHtml(w.who)}</th><th scope="col">${escapeHtml(w.what)}</th></tr></thead><tbody>
${log.map((e) => `<tr><td>${escapeHtml(dateTimeOf(lang, e.createdAt))}</td><td>${escapeHtml(actorName(e.actor, w))}</td><td>${escapeHtml(actionText(e, w, people))}</td></tr>`).join('\n')}
</tbody></table></div>`
    : `<p>${escapeHtml(w.logEmpty)}</p>`
}</section>`;

    const main = `${langNav(a, lang, a.base)}
<h1>${escapeHtml(fill(w.title, { t: title }))}</h1>
<p class="muted">${escapeHtml(whenOf(event, lang))}</p>
${doneMessage(c, w)}
<ul class="tools">
<li><a class="button" href="${escapeHtml(href(`${a.base}/door`, lang))}">${escapeHtml(w.door)}</a></li>
<li><a href="${escapeHtml(href(`${a.base}/print`, lang))}">${escapeHtml(w.print)}</a></li>
<li><a href="${escapeHtml(href(`${a.base}/registrations.csv`, lang))}" download>${escapeHtml(w.csv)}</a></li>
</ul>
${figuresHtml}
<section aria-labelledby="people"><h2 id="people">${escapeHtml(w.people)}</h2>
${search}
${confirmedTable}
<h2 id="waitlist">${escapeHtml(w.waitlist)}</h2>
${waitingTable}
</section>
${addForm}
${settingsForm}
${messageForm}
${logHtml}`;
    return page(c, lang, escapeHtml(`${fill(w.title, { t: title })} – ${ctx.feed.network.name}`), main, {
      status: form.status ?? 200,
      wide: true,
    });
  }

  /** @param {string} actor @param {Words} w */
  const actorName = (actor, w) => (actor === 'admin' ? w.admin : fill(w.link, { n: actor.replace(/^link:/, '') }));
  /** What an entry did; the person's name while they are still registered (a cancelled name is gone). @param {import('./db.js').AuditEntry} e @param {Words} w @param {Registration[]} people */
  const actionText = (e, w, people) => {
    const d = /** @type {any} */ (e.detail) ?? {};
    const key =
      e.action === 'capacity' && d.capacity === null
        ? 'capacity-feed'
        : e.action === 'present' && d.present === false
          ? 'absent'
          : e.action;
    const text = fill(/** @type {Record<string, string>} */ (w.act)[key] ?? e.action, {
      n: d.capacity ?? d.count ?? d.link ?? '',
    });
    const who = e.registrationId && people.find((r) => r.id === e.registrationId)?.name;
    return who ? `${text}: ${who}` : text;
  };

  /** @param {Context} c @param {Access} a @param {string} lang @param {Record<string, string | number>} query */
  const back = (c, a, lang, query) =>
    c.redirect(href(a.base, lang, Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)]))), 303);

  /** @param {Context} c */
  const formOf = async (c) => /** @type {Record<string, string>} */ (await c.req.parseBody().catch(() => ({})));

  /** @param {Access} a @param {string} action @returns {Audit} */
  const auditOf = (a, action) => ({ actor: a.actor, action });

  for (const [prefix, param] of /** @type {const} */ ([
    ['/organiser/e/:token', 'token'],
    ['/organiser/admin/events/:id', 'id'],
  ])) {
    void param;
    route(app, prefix, { GET: forEvent((c, a, event, lang, w) => eventPage(c, a, event, lang, w)) });

    route(app, `${prefix}/add`, {
      POST: forEvent(async (c, a, event, lang, w) => {
        const body = await formOf(c);
        const reg = /** @type {Extract<FeedEvent['registration'], { type: 'form' }>} */ (event.registration);
        const fields = reg.fields ?? [];
        /** @type {Record<string, unknown>} */
        const answers = {};
        for (const f of fields) {
          const raw = body[`answers.${f.id}`];
          if (f.type === 'checkbox') answers[f.id] = raw === '1';
          else if (raw !== undefined && raw !== '') answers[f.id] = raw;
        }
        const language = ['nl', 'fr', 'de', 'en'].includes(body.language ?? '') ? body.language : lang;
        const { errors, signup } = validateSignup(
          { name: body.name, email: body.email, answers, language, consent: body.consent === '1' },
          fields,
          lang,
        );
        if (errors.length) return eventPage(c, a, event, lang, w, { errors, values: body, status: 422 });
        const id = randomUUID();
        const now = ctx.now();
        const result = await storage.register({
          ...signup,
          id,
          eventId: event.id,
          tokenHash: sha256(ctx.tokens.forRegistration(id)),
          capacity: seatsOf(event),
          waitlist: reg.waitlist ?? false,
          createdAt: now.toISOString(),
          audit: auditOf(a, 'add'),
        });
        if (result.outcome === 'created') ctx.mailer.wake();
        const done =
          result.outcome === 'full'
            ? 'full'
            : result.outcome === 'duplicate'
              ? 'duplicate'
              : result.registration?.status === 'waitlisted'
                ? 'addWait'
                : 'add';
        return back(c, a, lang, { done });
      }),
    });

    route(app, `${prefix}/cancel`, {
      // The confirm step: a GET never cancels.
      GET: forEvent(async (c, a, event, lang, w) => {
        const id = c.req.query('id') ?? '';
        const r = (await storage.listActive(event.id)).find((x) => x.id === id);
        if (!r) return back(c, a, lang, {});
        return page(
          c,
          lang,
          escapeHtml(fill(w.cancelOf, { n: r.name ?? '' })),
          `${langNav(a, lang, `${a.base}/cancel`)}<h1>${escapeHtml(fill(w.cancelOf, { n: r.name ?? '' }))}</h1>
<p>${escapeHtml(r.email)} · ${escapeHtml(r.status === 'confirmed' ? w.statusConfirmed : w.statusWaitlisted)}</p>
<form method="post" action="${escapeHtml(postTo(`${a.base}/cancel`, lang))}" class="actions">
<input type="hidden" name="id" value="${escapeHtml(r.id)}">
<button type="submit">${escapeHtml(w.cancel)}</button>
<a href="${escapeHtml(href(a.base, lang))}">${escapeHtml(w.back)}</a>
</form>`,
        );
      }),
      POST: forEvent(async (c, a, event, lang) => {
        const { id = '' } = await formOf(c);
        const result = await storage.cancelById(
          event.id,
          id,
          seatsOf(event),
          ctx.now().toISOString(),
          auditOf(a, 'cancel'),
        );
        if (!result) return back(c, a, lang, {});
        if (result.promoted) ctx.mailer.wake();
        return back(c, a, lang, { done: result.promoted ? 'cancelPromoted' : 'cancel' });
      }),
    });

    route(app, `${prefix}/move-up`, {
      POST: forEvent(async (c, a, event, lang) => {
        const { id = '' } = await formOf(c);
        const result = await storage.moveUp(
          event.id,
          id,
          seatsOf(event),
          ctx.now().toISOString(),
          auditOf(a, 'move-up'),
        );
        if (result) ctx.mailer.wake();
        return back(c, a, lang, result ? { done: 'moveUp' } : {});
      }),
    });

    route(app, `${prefix}/capacity`, {
      POST: forEvent(async (c, a, event, lang) => {
        const { capacity: raw = '' } = await formOf(c);
        const text = raw.trim();
        const n = text === '' ? null : /^\d{1,6}$/.test(text) ? Number(text) : NaN;
        if (n !== null && !(n >= 0 && n <= 100_000)) return back(c, a, lang, { error: 'capacity' });
        const feedEvent = /** @type {FeedEvent} */ (ctx.events.get(event.id));
        const promoted = await storage.setCapacity(
          event.id,
          n,
          seatsOf(feedEvent),
          ctx.now().toISOString(),
          auditOf(a, 'capacity'),
        );
        if (promoted.length) ctx.mailer.wake();
        return back(
          c,
          a,
          lang,
          promoted.length ? { done: 'capacityPromoted', n: promoted.length } : { done: 'capacity' },
        );
      }),
    });

    route(app, `${prefix}/close`, {
      POST: forEvent(async (c, a, event, lang) => {
        const { closed = '1' } = await formOf(c);
        const close = closed === '1';
        const now = ctx.now().toISOString();
        await storage.setClosed(event.id, close ? now : null, now, auditOf(a, close ? 'close' : 'reopen'));
        return back(c, a, lang, { done: close ? 'close' : 'reopen' });
      }),
    });

    route(app, `${prefix}/message`, {
      POST: forEvent(async (c, a, event, lang) => {
        const { to = 'confirmed', subject = '', body = '' } = await formOf(c);
        if (!subject.trim() || !body.trim() || subject.length > 150 || body.length > 5000)
          return back(c, a, lang, { error: 'message' });
        const n = await storage.queueMessage(
          event.id,
          to === 'waitlisted' ? 'waitlisted' : 'confirmed',
          `message-${randomUUID()}`,
          { message: { subject: subject.trim(), body: body.trim() } },
          ctx.now().toISOString(),
          auditOf(a, 'message'),
        );
        ctx.mailer.wake();
        return back(c, a, lang, { done: 'message', n });
      }),
    });

    // ---- at the door ----
    route(app, `${prefix}/door`, {
      GET: forEvent(async (c, a, event, lang, w) => {
        const title = titleOf(event, lang);
        const q = c.req.query('q') ?? '';
        const all = (await storage.listActive(event.id)).filter((r) => r.status === 'confirmed');
        const shown = matching(all, q);
        const present = all.filter((r) => r.presentAt).length;
        const sorted = [...shown].sort((x, y) => (x.name ?? '').localeCompare(y.name ?? '', lang));
        const main = `${langNav(a, lang, `${a.base}/door`)}
<p><a href="${escapeHtml(href(a.base, lang))}">${escapeHtml(fill(w.title, { t: title }))}</a></p>
<h1>${escapeHtml(fill(w.doorTitle, { t: title }))}</h1>
<p>${escapeHtml(w.doorHint)}</p>
<p class="turnout" id="door-count" aria-live="polite">${escapeHtml(fill(w.turnoutLine, { p: present, c: all.length, pct: pct(lang, all.length ? present / all.length : null) }))}</p>
${doneMessage(c, w)}
<form method="get" action="${escapeHtml(`${config.publicUrl}${a.base}/door`)}" class="search" role="search" id="door-search">
${lang !== 'nl' ? `<input type="hidden" name="lang" value="${lang}">` : ''}
<label for="q">${escapeHtml(w.search)}</label>
<span class="row"><input id="q" name="q" type="search" value="${escapeHtml(q)}" autocomplete="off"><button type="submit">${escapeHtml(w.searchButton)}</button></span>
</form>
<ul class="door" id="door-list" data-state="${escapeHtml(href(`${a.base}/door.json`, lang))}" data-turnout="${escapeHtml(w.turnoutLine)}" data-present-at="${escapeHtml(w.isPresent)}" data-lang="${lang}">
${sorted
  .map(
    (
      r,
    ) => `<li data-id="${escapeHtml(r.id)}" data-search="${escapeHtml(fold(`${r.name ?? ''} ${r.email ?? ''}`))}"${r.presentAt ? ' class="is-present"' : ''}>
<span class="who"><strong>${escapeHtml(r.name)}</strong> <span class="muted">${escapeHtml(r.email)}</span><span class="when">${r.presentAt ? escapeHtml(fill(w.isPresent, { t: timeOf(lang, r.presentAt) })) : ''}</span></span>
<form method="post" action="${escapeHtml(postTo(`${a.base}/present`, lang, q ? { q } : {}))}">
<input type="hidden" name="id" value="${escapeHtml(r.id)}">
<button type="submit" name="present" value="1" class="yes" aria-label="${escapeHtml(`${w.markPresent}: ${r.name}`)}"${r.presentAt ? ' hidden' : ''}>${escapeHtml(w.markPresent)}</button>
<button type="submit" name="present" value="0" class="secondary no" aria-label="${escapeHtml(`${w.undo}: ${r.name}`)}"${r.presentAt ? '' : ' hidden'}>${escapeHtml(w.undo)}</button>
</form></li>`,
  )
  .join('\n')}
</ul>
${sorted.length ? '' : `<p>${escapeHtml(q ? fill(w.noMatch, { q }) : w.nobody)}</p>`}`;
        return page(c, lang, escapeHtml(`${fill(w.doorTitle, { t: title })} – ${ctx.feed.network.name}`), main, {
          script: true,
        });
      }),
    });

    route(app, `${prefix}/door.json`, {
      GET: forEvent(async (c, a, event, lang) => {
        const all = (await storage.listActive(event.id)).filter((r) => r.status === 'confirmed');
        c.header('Cache-Control', 'no-store');
        return c.json({
          confirmed: all.length,
          present: all.filter((r) => r.presentAt).length,
          people: all.map((r) => ({
            id: r.id,
            presentAt: r.presentAt ?? null,
            time: r.presentAt ? timeOf(lang, r.presentAt) : null,
          })),
        });
      }),
    });

    route(app, `${prefix}/present`, {
      POST: forEvent(async (c, a, event, lang) => {
        const { id = '', present = '1' } = await formOf(c);
        const on = present !== '0';
        const result = await storage.setPresent(event.id, id, on, ctx.now().toISOString(), auditOf(a, 'present'));
        if (c.req.header('Accept')?.includes('application/json')) {
          if (!result) return c.json({ error: 'unknown' }, 404);
          const r = result.registration;
          return c.json({
            id: r.id,
            presentAt: r.presentAt ?? null,
            time: r.presentAt ? timeOf(lang, r.presentAt) : null,
            changed: result.changed,
          });
        }
        const q = c.req.query('q');
        return c.redirect(
          href(`${a.base}/door`, lang, { ...(q ? { q } : {}), ...(result ? { done: on ? 'present' : 'absent' } : {}) }),
          303,
        );
      }),
    });

    route(app, `${prefix}/print`, {
      GET: forEvent(async (c, a, event, lang, w) => {
        const title = titleOf(event, lang);
        const all = (await storage.listActive(event.id))
          .filter((r) => r.status === 'confirmed')
          .sort((x, y) => (x.name ?? '').localeCompare(y.name ?? '', lang));
        const reg = /** @type {Extract<FeedEvent['registration'], { type: 'form' }>} */ (event.registration);
        const org = (reg.fields ?? [])[0];
        const main = `<div class="no-print">${langNav(a, lang, `${a.base}/print`)}<p><a href="${escapeHtml(href(a.base, lang))}">${escapeHtml(fill(w.title, { t: title }))}</a></p></div>
<h1>${escapeHtml(fill(w.printTitle, { t: title }))}</h1>
<p>${escapeHtml(whenOf(event, lang))} · ${escapeHtml(w.confirmed)}: ${all.length}</p>
<table class="print"><thead><tr><th scope="col">#</th><th scope="col">${escapeHtml(w.name)}</th>${org ? `<th scope="col">${escapeHtml(resolveText(org.label, [lang]))}</th>` : ''}<th scope="col">${escapeHtml(w.present)}</th><th scope="col">${escapeHtml(w.signature)}</th></tr></thead>
<tbody>${all
          .map(
            (r, i) =>
              `<tr><td class="n">${i + 1}</td><td>${escapeHtml(r.name)}</td>${org ? `<td>${escapeHtml(answerText(org, r.answers?.[org.id], [lang], w))}</td>` : ''}<td>${r.presentAt ? '✓' : '☐'}</td><td class="sign"></td></tr>`,
          )
          .join('\n')}</tbody></table>`;
        return page(c, lang, escapeHtml(fill(w.printTitle, { t: title })), main);
      }),
    });

    route(app, `${prefix}/registrations.csv`, {
      GET: forEvent(async (c, a, event, lang) => {
        const text = csvFile(registrationTable(event, await storage.listActive(event.id), lang, tz()));
        c.header(
          'Content-Disposition',
          `attachment; filename="${event.id}-${lang === 'nl' ? 'inschrijvingen' : lang === 'fr' ? 'inscriptions' : 'registrations'}.csv"`,
        );
        c.header('Cache-Control', 'no-store');
        return c.body(text, 200, { 'Content-Type': 'text/csv; charset=utf-8; header=present' });
      }),
    });
  }

  // ---- the admin ------------------------------------------------------------------------------------

  /** @param {Context} c @param {string} lang @param {Words} w @param {string} [error] @param {number} [status] */
  const loginPage = (c, lang, w, error, status = error ? 401 : 200) =>
    page(
      c,
      lang,
      escapeHtml(w.login),
      `<h1>${escapeHtml(w.login)}</h1>
<p>${escapeHtml(w.loginHint)}</p>
${error ? `<p class="error" role="alert" id="login-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(postTo('/organiser/admin/login', lang))}" class="stack">
<div class="field"><label for="token">${escapeHtml(w.token)}</label><input id="token" name="token" type="password" autocomplete="current-password" required${error ? ' aria-invalid="true" aria-describedby="login-error" autofocus' : ''}></div>
<p><button type="submit">${escapeHtml(w.loginButton)}</button></p>
</form>`,
      { status },
    );

  route(app, '/organiser/admin/login', {
    POST: async (c) => {
      const lang = langOf(c);
      const w = ORGANISER_WORDS[lang];
      if (!config.adminToken)
        return page(c, lang, escapeHtml(w.login), `<h1>${escapeHtml(w.login)}</h1><p>${escapeHtml(w.noAdmin)}</p>`, {
          status: 404,
        });
      if (authLocked(c)) {
        c.header('Retry-After', '60');
        return loginPage(c, lang, w, w.tooMany, 429);
      }
      const { token = '' } = await formOf(c);
      const ok = timingSafeEqual(Buffer.from(sha256(token.trim())), Buffer.from(sha256(config.adminToken)));
      if (!ok) {
        authFailed(c);
        return loginPage(c, lang, w, w.wrongToken);
      }
      setCookie(c, COOKIE, /** @type {string} */ (session()), {
        path: '/organiser',
        httpOnly: true,
        sameSite: 'Strict',
        secure: config.publicUrl.startsWith('https:'),
        maxAge: 8 * 3600,
      });
      return c.redirect(href('/organiser/admin', lang), 303);
    },
  });
  route(app, '/organiser/admin/logout', {
    POST: (c) => {
      deleteCookie(c, COOKIE, { path: '/organiser' });
      return c.redirect(href('/organiser/admin', langOf(c)), 303);
    },
  });

  /** The year of an instant in the network's zone (not the server process's). @param {string} start */
  const yearIn = (start) =>
    Number(new Intl.DateTimeFormat('en', { timeZone: tz(), year: 'numeric' }).format(toDate(start, tz())));
  /** Every form event of a year (by its start in the network's zone), with its figures. @param {number} year */
  async function yearRows(year) {
    const figures = new Map((await storage.eventFigures()).map((f) => [f.eventId, f]));
    const events = ctx.feed.events
      .filter((e) => e.registration?.type === 'form' && yearIn(e.start) === year)
      .sort((x, y) => toDate(x.start, tz()).getTime() - toDate(y.start, tz()).getTime());
    const out = [];
    for (const e of events) {
      const event = withSettings(e, await storage.eventSettings(e.id));
      out.push({ event, s: summarise(figures.get(e.id), event) });
    }
    return out;
  }
  /** @param {{ s: ReturnType<typeof summarise> }[]} rows */
  const totals = (rows) => {
    const sum = (/** @type {(s: ReturnType<typeof summarise>) => number} */ f) => rows.reduce((n, r) => n + f(r.s), 0);
    const confirmed = sum((s) => s.confirmed);
    const present = sum((s) => s.present);
    return {
      registrations: sum((s) => s.confirmed + s.waitlisted + s.cancelled),
      confirmed,
      present,
      noShows: sum((s) => s.noShows),
      released: sum((s) => s.cancelledReminder),
      turnout: confirmed ? present / confirmed : null,
    };
  };
  /** @param {Context} c */
  const yearOf = (c) => {
    const y = Number(c.req.query('year'));
    return Number.isInteger(y) && y > 1999 && y < 3000
      ? y
      : Number(new Intl.DateTimeFormat('en', { timeZone: tz(), year: 'numeric' }).format(ctx.now()));
  };

  route(app, '/organiser/admin', {
    GET: async (c) => {
      const lang = langOf(c);
      const w = ORGANISER_WORDS[lang];
      if (!config.adminToken)
        return page(c, lang, escapeHtml(w.login), `<h1>${escapeHtml(w.login)}</h1><p>${escapeHtml(w.noAdmin)}</p>`, {
          status: 404,
        });
      if (!isAdmin(c)) return loginPage(c, lang, w);
      const year = yearOf(c);
      const rows = await yearRows(year);
      const t = totals(rows);
      const links = new Map((await storage.organiserLinks()).map((l) => [l.eventId, l]));
      const years = [
        ...new Set(ctx.feed.events.filter((e) => e.registration?.type === 'form').map((e) => yearIn(e.start))),
      ].sort();
      const yearNav = `<nav aria-label="${escapeHtml(w.year)}"><ul class="years">${years
        .map(
          (y) =>
            `<li><a href="${escapeHtml(href('/organiser/admin', lang, { year: String(y) }))}"${y === year ? ' aria-current="page"' : ''}>${y}</a></li>`,
        )
        .join('')}</ul></nav>`;
      const main = `${langNav({ eventId: '', actor: 'admin', base: '', admin: false }, lang, '/organiser/admin')}
<h1>${escapeHtml(w.adminTitle)}</h1>
${doneMessage(c, w)}
${yearNav}
<p><a href="${escapeHtml(href('/organiser/admin/report.csv', lang, { year: String(year) }))}" download>${escapeHtml(w.reportCsv)}</a></p>
<div class="wrap" tabindex="0" role="region" aria-labelledby="year-table"><table><caption id="year-table">${escapeHtml(fill(w.events, { y: year }))}</caption>
<thead><tr><th scope="col">${escapeHtml(w.date)}</th><th scope="col">${escapeHtml(w.event)}</th><th scope="col">${escapeHtml(w.registrations)}</th><th scope="col">${escapeHtml(w.confirmed)}</th><th scope="col">${escapeHtml(w.present)}</th><th scope="col">${escapeHtml(w.turnout)}</th><th scope="col">${escapeHtml(w.cancelledReminder)}</th><th scope="col">${escapeHtml(w.organiserLink)}</th></tr></thead>
<tbody>
${rows
  .map(({ event, s }) => {
    const link = links.get(event.id);
    return `<tr><td>${escapeHtml(localTime(toDate(event.start, tz()).toISOString(), tz()).slice(0, 10))}</td>
<th scope="row"><a href="${escapeHtml(href(`/organiser/admin/events/${encodeURIComponent(event.id)}`, lang))}">${escapeHtml(titleOf(event, lang))}</a></th>
<td class="n">${s.confirmed + s.waitlisted + s.cancelled}</td><td class="n">${s.confirmed}</td><td class="n">${s.present}</td><td class="n">${escapeHtml(pct(lang, s.turnout))}</td><td class="n">${s.cancelledReminder}</td>
<td>${escapeHtml(link ? fill(w.linkActive, { n: link.id, t: dateTimeOf(lang, link.createdAt) }) : w.linkNone)}
<form method="post" action="${escapeHtml(postTo(`/organiser/admin/events/${encodeURIComponent(event.id)}/link`, lang))}"><button type="submit" class="small secondary" aria-label="${escapeHtml(`${link ? w.replaceLink : w.newLink}: ${titleOf(event, lang)}`)}">${escapeHtml(link ? w.replaceLink : w.newLink)}</button></form></td></tr>`;
  })
  .join('\n')}
</tbody>
<tfoot><tr><th scope="row" colspan="2">${escapeHtml(w.total)}</th><td class="n">${t.registrations}</td><td class="n">${t.confirmed}</td><td class="n">${t.present}</td><td class="n">${escapeHtml(pct(lang, t.turnout))}</td><td class="n">${t.released}</td><td></td></tr></tfoot>
</table></div>
<form method="post" action="${escapeHtml(postTo('/organiser/admin/logout', lang))}"><p><button type="submit" class="secondary">${escapeHtml(w.logout)}</button></p></form>`;
      return page(c, lang, escapeHtml(`${w.adminTitle} – ${ctx.feed.network.name}`), main, { wide: true });
    },
  });

  route(app, '/organiser/admin/report.csv', {
    GET: async (c) => {
      const lang = langOf(c);
      const w = ORGANISER_WORDS[lang];
      if (!isAdmin(c)) return notFound(c, w, lang);
      const year = yearOf(c);
      const rows = await yearRows(year);
      const t = totals(rows);
      const table = [
        [
          w.date,
          w.event,
          w.capacity,
          w.registrations,
          w.confirmed,
          w.waiting,
          w.cancelledPerson,
          w.cancelledReminder,
          w.cancelledOrganiser,
          w.present,
          w.noShows,
          w.turnout,
        ],
        ...rows.map(({ event, s }) => [
          localTime(toDate(event.start, tz()).toISOString(), tz()),
          titleOf(event, lang),
          s.capacity ?? '',
          s.confirmed + s.waitlisted + s.cancelled,
          s.confirmed,
          s.waitlisted,
          s.cancelledPerson,
          s.cancelledReminder,
          s.cancelledOrganiser,
          s.present,
          s.noShows,
          pct(lang, s.turnout),
        ]),
        [
          w.total,
          '',
          '',
          t.registrations,
          t.confirmed,
          '',
          '',
          t.released,
          '',
          t.present,
          t.noShows,
          pct(lang, t.turnout),
        ],
      ];
      c.header('Content-Disposition', `attachment; filename="report-${year}.csv"`);
      c.header('Cache-Control', 'no-store');
      return c.body(csvFile(table), 200, { 'Content-Type': 'text/csv; charset=utf-8; header=present' });
    },
  });

  route(app, '/organiser/admin/events/:id/link', {
    POST: async (c) => {
      const lang = langOf(c);
      const w = ORGANISER_WORDS[lang];
      if (!isAdmin(c) || !sameSite(c)) return notFound(c, w, lang);
      const id = c.req.param('id') ?? '';
      const event = await eventOf(id);
      if (!event) return notFound(c, w, lang);
      const token = newOrganiserToken();
      await storage.replaceOrganiserLink(id, sha256(token), ctx.now().toISOString(), {
        actor: 'admin',
        action: 'link',
      });
      const url = href(`/organiser/e/${token}`, lang);
      return page(
        c,
        lang,
        escapeHtml(fill(w.linkMade, { t: titleOf(event, lang) })),
        `<h1>${escapeHtml(fill(w.linkMade, { t: titleOf(event, lang) }))}</h1>
<p class="status ok" role="status">${escapeHtml(w.done.link)}</p>
<p class="link"><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>
<p>${escapeHtml(w.linkOnce)}</p>
<p><a href="${escapeHtml(href('/organiser/admin', lang))}">${escapeHtml(w.back)}</a></p>`,
      );
    },
  });
}
