// @ts-check
/**
 * The page behind a registration's link (`cancelUrl`, PROTOCOL.md): the network, the event with its place,
 * time and status, the person's status, the calendar file, and cancelling with a confirm step. It speaks the
 * language the person signed up in; a link that leads nowhere gets a page in the browser's language.
 *
 * Everything happens on the registration's own address, whose token is the secret:
 *   GET  /api/registrations/{token}            the page
 *   GET  /api/registrations/{token}?cancel=1   the confirm step (the reminder mail's "give your place back" link)
 *   POST /api/registrations/{token}            cancels, then 303 to {token}?done=passed|freed|left
 * A GET never cancels: mail scanners and link previews follow links. There are no cookies or sessions, so a
 * form on another site has nothing to ride on: it would need the token, and whoever has it may cancel anyway.
 */
import { baseLang, endInstant, formatWhen, intlDays, resolveText, seatsOf } from 'som-widgets/feed';
import { escapeHtml, htmlPage } from './html.js';

/** @typedef {import('./app.js').AppContext} AppContext */
/** @typedef {import('./db.js').Registration} Registration */
/** @typedef {import('som-widgets/feed').FeedEvent} FeedEvent */
/** @typedef {import('hono').Context} Context */
/** @typedef {typeof NL} Words */

const NL = {
  to: 'tot',
  allDay: 'hele dag',
  title: 'Je inschrijving',
  titleFor: 'Je inschrijving voor {t}',
  when: 'Wanneer',
  where: 'Waar',
  online: 'Online',
  confirmed: 'Je bent ingeschreven.',
  waitlisted: 'Je staat op de wachtlijst, op plaats {n}.',
  promote: 'Komt er een plaats vrij, dan schuif je automatisch door.',
  cancelled: 'Deze inschrijving is geannuleerd.',
  eventCancelled: 'Deze activiteit is afgelast.',
  nothingToDo: 'Je hoeft niets meer te doen.',
  postponed: 'Deze activiteit is uitgesteld.',
  past: 'Deze activiteit is voorbij.',
  gone: 'Deze activiteit staat niet meer in de kalender.',
  ics: 'Zet de activiteit in je agenda',
  icsConfirmed: 'met een herinnering een dag vooraf',
  icsWait: 'voorlopig en zonder herinnering, zolang je op de wachtlijst staat',
  more: 'Meer over deze activiteit',
  cantCome: 'Kan je toch niet komen?',
  cantComeSeat: 'Annuleer dan je inschrijving, zodat iemand anders je plaats kan krijgen.',
  cantComeWait: 'Annuleer dan je inschrijving. Je verdwijnt dan van de wachtlijst.',
  cancel: 'Inschrijving annuleren',
  confirmTitle: 'Wil je je inschrijving annuleren?',
  confirmPass: 'Je plaats gaat dan meteen naar de eerste persoon op de wachtlijst.',
  confirmFree: 'Je plaats komt dan vrij voor iemand anders.',
  confirmWait: 'Je verdwijnt dan van de wachtlijst.',
  again: 'Wil je later toch komen, dan moet je je opnieuw inschrijven.',
  againWait: 'Wil je later toch komen, dan moet je je opnieuw inschrijven en sluit je achteraan de wachtlijst aan.',
  yes: 'Ja, annuleer mijn inschrijving',
  keep: 'Nee, ik blijf ingeschreven',
  keepWait: 'Nee, ik blijf op de wachtlijst',
  doneTitle: 'Je inschrijving is geannuleerd',
  donePassed: 'Je plaats is doorgegeven aan de eerste persoon op de wachtlijst.',
  doneFreed: 'Je plaats is vrijgekomen voor iemand anders.',
  doneLeft: 'Je staat niet meer op de wachtlijst.',
  thanks: 'Bedankt om het te laten weten.',
  unknownTitle: 'Deze link werkt niet (meer)',
  unknown: 'We vinden geen inschrijving bij deze link.',
  unknownWhy:
    'Misschien is de link niet volledig gekopieerd: open hem opnieuw vanuit je e-mail of je agenda. Een inschrijving wordt ook gewist {n} dagen na de activiteit.',
  home: 'Naar de website van {name}',
  questions: 'Vragen?',
  contact: 'Neem contact op met {name}',
};

/** @type {Record<string, Words>} French and German address the reader formally, as the widgets do. */
const WORDS = {
  nl: NL,
  fr: {
    to: 'à',
    allDay: 'toute la journée',
    title: 'Votre inscription',
    titleFor: 'Votre inscription à {t}',
    when: 'Quand',
    where: 'Lieu',
    online: 'En ligne',
    confirmed: 'Vous êtes inscrit·e.',
    waitlisted: 'Vous êtes sur la liste d’attente, en position {n}.',
    promote: 'Si une place se libère, elle sera automatiquement pour vous.',
    cancelled: 'Cette inscription a été annulée.',
    eventCancelled: 'Cette activité est annulée.',
    nothingToDo: 'Vous n’avez plus rien à faire.',
    postponed: 'Cette activité est reportée.',
    past: 'Cette activité est terminée.',
    gone: 'Cette activité ne figure plus dans l’agenda.',
    ics: 'Ajouter l’activité à mon agenda',
    icsConfirmed: 'avec un rappel la veille',
    icsWait: 'provisoirement et sans rappel, tant que vous êtes sur la liste d’attente',
    more: 'En savoir plus sur cette activité',
    cantCome: 'Finalement, vous ne pouvez pas venir\u00a0?',
    cantComeSeat: 'Annulez alors votre inscription, pour que quelqu’un d’autre puisse avoir votre place.',
    cantComeWait: 'Annulez alors votre inscription. Vous serez retiré·e de la liste d’attente.',
    cancel: 'Annuler l’inscription',
    confirmTitle: 'Voulez-vous annuler votre inscription\u00a0?',
    confirmPass: 'Votre place ira aussitôt à la première personne de la liste d’attente.',
    confirmFree: 'Votre place sera libérée pour quelqu’un d’autre.',
    confirmWait: 'Vous serez retiré·e de la liste d’attente.',
    again: 'Si vous souhaitez venir malgré tout, il faudra vous réinscrire.',
    againWait: 'Si vous souhaitez venir malgré tout, il faudra vous réinscrire, en fin de liste d’attente.',
    yes: 'Oui, annuler mon inscription',
    keep: 'Non, je reste inscrit·e',
    keepWait: 'Non, je reste sur la liste d’attente',
    doneTitle: 'Votre inscription est annulée',
    donePassed: 'Votre place a été donnée à la première personne de la liste d’attente.',
    doneFreed: 'Votre place est libérée pour quelqu’un d’autre.',
    doneLeft: 'Vous n’êtes plus sur la liste d’attente.',
    thanks: 'Merci de nous avoir prévenus.',
    unknownTitle: 'Ce lien ne fonctionne pas (ou plus)',
    unknown: 'Nous ne trouvons aucune inscription liée à ce lien.',
    unknownWhy:
      'Le lien a peut-être été copié de façon incomplète\u00a0: ouvrez-le à nouveau depuis votre e-mail ou votre agenda. Une inscription est aussi effacée {n} jours après l’activité.',
    home: 'Vers le site de {name}',
    questions: 'Des questions\u00a0?',
    contact: 'Contactez {name}',
  },
  de: {
    to: 'bis',
    allDay: 'ganztägig',
    title: 'Ihre Anmeldung',
    titleFor: 'Ihre Anmeldung für {t}',
    when: 'Wann',
    where: 'Ort',
    online: 'Online',
    confirmed: 'Sie sind angemeldet.',
    waitlisted: 'Sie stehen auf der Warteliste, auf Platz {n}.',
    promote: 'Wird ein Platz frei, rücken Sie automatisch nach.',
    cancelled: 'Diese Anmeldung wurde storniert.',
    eventCancelled: 'Diese Veranstaltung fällt aus.',
    nothingToDo: 'Sie müssen nichts mehr tun.',
    postponed: 'Diese Veranstaltung wurde verschoben.',
    past: 'Diese Veranstaltung ist vorbei.',
    gone: 'Diese Veranstaltung steht nicht mehr im Kalender.',
    ics: 'Die Veranstaltung in meinen Kalender eintragen',
    icsConfirmed: 'mit einer Erinnerung einen Tag vorher',
    icsWait: 'vorläufig und ohne Erinnerung, solange Sie auf der Warteliste stehen',
    more: 'Mehr über diese Veranstaltung',
    cantCome: 'Sie können doch nicht kommen?',
    cantComeSeat: 'Dann stornieren Sie Ihre Anmeldung, damit jemand anderes Ihren Platz bekommen kann.',
    cantComeWait: 'Dann stornieren Sie Ihre Anmeldung. Sie werden dann von der Warteliste gestrichen.',
    cancel: 'Anmeldung stornieren',
    confirmTitle: 'Möchten Sie Ihre Anmeldung stornieren?',
    confirmPass: 'Ihr Platz geht dann sofort an die erste Person auf der Warteliste.',
    confirmFree: 'Ihr Platz wird dann für jemand anderen frei.',
    confirmWait: 'Sie werden dann von der Warteliste gestrichen.',
    again: 'Wenn Sie doch kommen möchten, müssen Sie sich neu anmelden.',
    againWait: 'Wenn Sie doch kommen möchten, müssen Sie sich neu anmelden und stehen dann am Ende der Warteliste.',
    yes: 'Ja, meine Anmeldung stornieren',
    keep: 'Nein, ich bleibe angemeldet',
    keepWait: 'Nein, ich bleibe auf der Warteliste',
    doneTitle: 'Ihre Anmeldung ist storniert',
    donePassed: 'Ihr Platz ging an die erste Person auf der Warteliste.',
    doneFreed: 'Ihr Platz ist für jemand anderen frei geworden.',
    doneLeft: 'Sie stehen nicht mehr auf der Warteliste.',
    thanks: 'Danke, dass Sie Bescheid gegeben haben.',
    unknownTitle: 'Dieser Link funktioniert nicht (mehr)',
    unknown: 'Zu diesem Link finden wir keine Anmeldung.',
    unknownWhy:
      'Vielleicht wurde der Link nicht vollständig kopiert: Öffnen Sie ihn noch einmal aus Ihrer E-Mail oder Ihrem Kalender. Eine Anmeldung wird außerdem {n} Tage nach der Veranstaltung gelöscht.',
    home: 'Zur Website von {name}',
    questions: 'Fragen?',
    contact: 'Kontakt mit {name} aufnehmen',
  },
  en: {
    to: 'to',
    allDay: 'all day',
    title: 'Your registration',
    titleFor: 'Your registration for {t}',
    when: 'When',
    where: 'Where',
    online: 'Online',
    confirmed: 'You are registered.',
    waitlisted: 'You are on the waiting list, in place {n}.',
    promote: 'If a place becomes free, you move up automatically.',
    cancelled: 'This registration has been cancelled.',
    eventCancelled: 'This event has been cancelled.',
    nothingToDo: 'You do not need to do anything.',
    postponed: 'This event has been postponed.',
    past: 'This event is over.',
    gone: 'This event is no longer in the calendar.',
    ics: 'Add the event to my calendar',
    icsConfirmed: 'with a reminder the day before',
    icsWait: 'as tentative, without a reminder, while you are on the waiting list',
    more: 'More about this event',
    cantCome: 'Can’t come after all?',
    cantComeSeat: 'Then cancel your registration, so that someone else can have your place.',
    cantComeWait: 'Then cancel your registration. You will be taken off the waiting list.',
    cancel: 'Cancel registration',
    confirmTitle: 'Do you want to cancel your registration?',
    confirmPass: 'Your place will go straight to the first person on the waiting list.',
    confirmFree: 'Your place will become free for someone else.',
    confirmWait: 'You will be taken off the waiting list.',
    again: 'If you want to come after all, you will need to register again.',
    againWait: 'If you want to come after all, you will need to register again, at the end of the waiting list.',
    yes: 'Yes, cancel my registration',
    keep: 'No, keep my registration',
    keepWait: 'No, keep my place on the waiting list',
    doneTitle: 'Your registration has been cancelled',
    donePassed: 'Your place has gone to the first person on the waiting list.',
    doneFreed: 'Your place is now free for someone else.',
    doneLeft: 'You are no longer on the waiting list.',
    thanks: 'Thank you for letting us know.',
    unknownTitle: 'This link does not work (any more)',
    unknown: 'We cannot find a registration for this link.',
    unknownWhy:
      'Perhaps the link was not copied in full: open it again from your email or your calendar. A registration is also deleted {n} days after the event.',
    home: 'Go to the {name} website',
    questions: 'Questions?',
    contact: 'Contact {name}',
  },
};

/** What the page after a cancel says happened; anything else in `?done=` is ignored. */
const DONE = /** @type {const} */ ({ passed: 'donePassed', freed: 'doneFreed', left: 'doneLeft' });

/** @param {string} text @param {Record<string, string | number>} values */
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));

/** The network's first language if the pages speak it, else Dutch. @param {AppContext} ctx */
const defaultLang = (ctx) => {
  const first = baseLang(ctx.feed.network.languages[0]);
  return first in WORDS ? first : 'nl';
};

/**
 * The page language for an Accept-Language header: the best-weighted language the pages speak.
 * @param {string | undefined} header e.g. "fr-BE,fr;q=0.9,en;q=0.8"
 * @param {string} fallback
 */
export function acceptedLanguage(header, fallback) {
  let best = fallback;
  let bestQ = 0;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part
      .trim()
      .split(';')
      .map((s) => s.trim());
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    const lang = baseLang(tag);
    if (lang in WORDS && q > bestQ) [best, bestQ] = [lang, q];
  }
  return best;
}

/** The network's banner and footer, and the origins its logo needs in the CSP. @param {AppContext} ctx @param {Words} w */
function chrome(ctx, w) {
  const { name, url, logo, contact } = ctx.feed.network;
  // The logo sits beside the name, which says it already: an empty alt keeps it from being read twice.
  const brand = `${logo ? `<img src="${escapeHtml(logo.src)}" alt="">` : ''}<span class="name">${escapeHtml(name)}</span>`;
  const header = `<div class="inner">${url ? `<a href="${escapeHtml(url)}" class="brand">${brand}</a>` : brand}</div>`;
  const footer = contact
    ? `<p>${escapeHtml(w.questions)} <a href="${escapeHtml(contact)}">${escapeHtml(fill(w.contact, { name }))}</a></p>`
    : '';
  return { header, footer, imgOrigins: logo ? [new URL(logo.src).origin] : [] };
}

/**
 * The event: title, when, where, and its own status when it is not simply scheduled.
 * @param {FeedEvent} event @param {string[]} prefs @param {Words} w @param {string} lang @param {string} tz
 */
function eventCard(event, prefs, w, lang, tz) {
  const when = formatWhen(event, intlDays(lang), tz, { to: w.to, allDay: w.allDay }).label;
  const place = [resolveText(event.location?.name, prefs), event.location?.address].filter(Boolean).join(', ');
  const where = [place, event.online ? w.online : ''].filter(Boolean).map(escapeHtml).join('<br>');
  const reason = resolveText(event.statusReason, prefs);
  const notice = event.status === 'cancelled' ? w.eventCancelled : event.status === 'postponed' ? w.postponed : '';
  return `<section class="event" aria-labelledby="event-title">
<h2 id="event-title">${escapeHtml(resolveText(event.title, prefs))}</h2>
<dl>
<dt>${escapeHtml(w.when)}</dt><dd>${escapeHtml(when)}</dd>
${where ? `<dt>${escapeHtml(w.where)}</dt><dd>${where}</dd>` : ''}
</dl>
${notice ? `<p class="status off">${escapeHtml(notice)}${reason ? `<span>${escapeHtml(reason)}</span>` : ''}</p>` : ''}
</section>`;
}

/**
 * The registration's page, or its confirm step (`?cancel=1`), or what happened after a cancel (`?done=`).
 * @param {Context} c @param {AppContext} ctx @param {Registration} r
 * @param {string} token from the URL (the person's own secret: it only goes back into their own links)
 * @param {number} [status] 410 when a cancelled registration's calendar file is asked for
 */
export async function registrationPage(c, ctx, r, token, status = 200) {
  const { feed, config } = ctx;
  const tz = feed.network.timeZone;
  const lang = baseLang(r.language) in WORDS ? baseLang(r.language) : defaultLang(ctx);
  const w = WORDS[lang] ?? NL;
  const prefs = [lang, ...feed.network.languages];
  const event = ctx.events.get(r.eventId);
  const pageUrl = `${config.publicUrl}/api/registrations/${token}`;
  c.header('Cache-Control', 'no-store'); // the status changes, and the page is the person's own

  /** @type {'confirmed' | 'waitlisted' | 'cancelled' | 'event-cancelled' | 'past' | 'gone'} */
  const state =
    r.status === 'cancelled'
      ? 'cancelled'
      : !event
        ? 'gone'
        : event.status === 'cancelled'
          ? 'event-cancelled'
          : endInstant(event, tz) <= ctx.now().getTime()
            ? 'past'
            : r.status;
  const canCancel = state === 'confirmed' || state === 'waitlisted' || state === 'gone';
  const confirming = canCancel && c.req.query('cancel') !== undefined && status === 200;
  const doneKey =
    state === 'cancelled' ? DONE[/** @type {keyof typeof DONE} */ (c.req.query('done') ?? '')] : undefined;
  const waiting = r.status === 'waitlisted';

  const title = event ? resolveText(event.title, prefs) : '';
  const h1 = confirming ? w.confirmTitle : doneKey ? w.doneTitle : w.title;
  /** @param {string} cls @param {string} text @param {string} [more] */
  const statusLine = (cls, text, more = '') =>
    `<p class="status ${cls}">${escapeHtml(text)}${more ? `<span>${escapeHtml(more)}</span>` : ''}</p>`;

  const parts = [`<h1>${escapeHtml(h1)}</h1>`];
  if (confirming) {
    if (event) parts.push(eventCard(event, prefs, w, lang, tz));
    let consequence = '';
    if (waiting) consequence = w.confirmWait;
    else if (event) {
      // Say exactly what will happen: the storage promotes the first person waiting if the feed's capacity allows.
      const counts = await ctx.storage.counts(event.id);
      const seats = seatsOf(event);
      const passes = counts.waitlisted > 0 && (seats === null || counts.confirmed - 1 < seats);
      consequence = passes ? w.confirmPass : w.confirmFree;
    }
    parts.push(`${consequence ? `<p>${escapeHtml(consequence)}</p>` : ''}
<p>${escapeHtml(waiting ? w.againWait : w.again)}</p>
<form method="post" action="${escapeHtml(pageUrl)}" class="actions">
${c.req.query('cancel') === 'reminder' ? '<input type="hidden" name="via" value="reminder">\n' : ''}<button type="submit">${escapeHtml(w.yes)}</button>
<a href="${escapeHtml(pageUrl)}">${escapeHtml(waiting ? w.keepWait : w.keep)}</a>
</form>`);
  } else {
    if (doneKey) parts.push(statusLine('', w[doneKey], w.thanks));
    else if (state === 'cancelled') parts.push(statusLine('', w.cancelled));
    else if (state === 'confirmed') parts.push(statusLine('ok', w.confirmed));
    else if (state === 'waitlisted')
      parts.push(statusLine('wait', fill(w.waitlisted, { n: r.position ?? 1 }), w.promote));
    else if (state === 'event-cancelled') parts.push(statusLine('off', w.eventCancelled, w.nothingToDo));
    else if (state === 'past') parts.push(statusLine('', w.past));
    else parts.push(statusLine('', w.gone));
    if (event) parts.push(eventCard(event, prefs, w, lang, tz));
    /** @type {string[]} */
    const links = [];
    if (state === 'confirmed' || state === 'waitlisted') {
      links.push(
        `<p><a href="${escapeHtml(`${pageUrl}/calendar.ics`)}">${escapeHtml(w.ics)}</a> (${escapeHtml(waiting ? w.icsWait : w.icsConfirmed)})</p>`,
      );
    }
    if (event?.url) links.push(`<p><a href="${escapeHtml(event.url)}">${escapeHtml(w.more)}</a></p>`);
    parts.push(...links);
    if (canCancel) {
      parts.push(`<h2>${escapeHtml(w.cantCome)}</h2>
<p>${escapeHtml(waiting ? w.cantComeWait : w.cantComeSeat)}</p>
<p class="actions"><a class="button" href="${escapeHtml(`${pageUrl}?cancel=1`)}">${escapeHtml(w.cancel)}</a></p>`);
    }
  }

  const pageTitle = [
    confirming ? w.confirmTitle : title ? fill(w.titleFor, { t: title }) : w.title,
    feed.network.name,
  ].join(' – ');
  return htmlPage(c, escapeHtml(pageTitle), parts.join('\n'), status, { lang, ...chrome(ctx, w) });
}

/**
 * The page for a link that leads to no registration (mistyped, cut off, or deleted after the retention
 * period), in the browser's language.
 * @param {Context} c @param {AppContext} ctx
 */
export function unknownRegistrationPage(c, ctx) {
  const lang = acceptedLanguage(c.req.header('Accept-Language'), defaultLang(ctx));
  const w = WORDS[lang] ?? NL;
  const { name, url } = ctx.feed.network;
  c.header('Cache-Control', 'no-store');
  c.header('Vary', 'Accept, Accept-Language', { append: true });
  return htmlPage(
    c,
    escapeHtml(`${w.unknownTitle} – ${name}`),
    `<h1>${escapeHtml(w.unknownTitle)}</h1>
<p>${escapeHtml(w.unknown)}</p>
<p>${escapeHtml(fill(w.unknownWhy, { n: ctx.config.retentionDays }))}</p>
${url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(fill(w.home, { name }))}</a></p>` : ''}`,
    404,
    { lang, ...chrome(ctx, w) },
  );
}

/**
 * After the page's form cancelled: back to the page (303, so a reload does not post again), which then says
 * what happened. `before` is the registration as it was just before.
 * @param {Context} c @param {string} token
 * @param {Registration | undefined} before
 * @param {{ promoted: string | null }} result
 */
export function afterCancel(c, token, before, result) {
  const done =
    before?.status === 'confirmed'
      ? result.promoted
        ? 'passed'
        : 'freed'
      : before?.status === 'waitlisted'
        ? 'left'
        : '';
  // Relative to /api/registrations/{token}: right behind a proxy that mounts the server under a path, too.
  return c.redirect(done ? `${token}?done=${done}` : token, 303);
}
