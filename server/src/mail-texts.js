// @ts-check
/**
 * What the mails say, in the four languages people sign up in. `{name}`-style slots are filled by mail.js,
 * which escapes them for the HTML part. Dutch is the fallback for any other language.
 */

/**
 * @typedef {object} MailWords
 * @property {string} confirmedSubject
 * @property {string} waitlistedSubject
 * @property {string} promotedSubject
 * @property {string} reminderSubject
 * @property {string} changedSubject
 * @property {string} cancelledSubject
 * @property {string} postponedSubject
 * @property {string} hello
 * @property {string} confirmed
 * @property {string} waitlisted
 * @property {string} resent
 * @property {string} promoted
 * @property {string} reminder
 * @property {string} changed
 * @property {string} nowCancelled
 * @property {string} nowPostponed
 * @property {string} resumed
 * @property {string} newWhen
 * @property {string} newPlace
 * @property {string} newOnline
 * @property {string} was
 * @property {string} when
 * @property {string} where
 * @property {string} online
 * @property {string} route
 * @property {string} more
 * @property {string} ics
 * @property {string} icsWait
 * @property {string} icsChanged
 * @property {string} cancelHint
 * @property {string} cancel
 * @property {string} giveUp
 * @property {string} giveUpHint
 * @property {string} oldLink
 * @property {string} footer
 * @property {string} to
 * @property {string} allDay
 */

/** @type {Record<string, MailWords>} */
export const MAIL_WORDS = {
  nl: {
    confirmedSubject: 'Ingeschreven: {title}',
    waitlistedSubject: 'Op de wachtlijst: {title}',
    promotedSubject: 'Je hebt een plaats: {title}',
    reminderSubject: 'Herinnering: {title}, {day}',
    changedSubject: 'Gewijzigd: {title}',
    cancelledSubject: 'Geannuleerd: {title}',
    postponedSubject: 'Uitgesteld: {title}',
    hello: 'Dag {name},',
    confirmed: 'Je bent ingeschreven voor {title}.',
    waitlisted:
      'Je staat op de wachtlijst voor {title}, op plaats {n}. Komt er een plaats vrij, dan schuif je automatisch door en krijg je meteen een mail.',
    resent: 'Je vroeg je bevestiging opnieuw. Hier is ze, met je persoonlijke links.',
    promoted: 'Er is een plaats vrijgekomen en die is voor jou: je bent nu ingeschreven voor {title}.',
    reminder: 'Een herinnering: je bent ingeschreven voor {title}. We kijken ernaar uit je te zien.',
    changed: 'Er is iets veranderd aan {title}, waarvoor je ingeschreven bent.',
    nowCancelled: 'De activiteit is geannuleerd.',
    nowPostponed:
      'De activiteit is uitgesteld. Je inschrijving blijft staan; je hoort van ons zodra er een nieuwe datum is.',
    resumed: 'De activiteit gaat toch door.',
    newWhen: 'Nieuw tijdstip: {new}',
    newPlace: 'Nieuwe plaats: {new}',
    newOnline: 'Nieuwe onlinelink: {new}',
    was: '(was: {old})',
    when: 'Wanneer',
    where: 'Waar',
    online: 'Online',
    route: 'Routebeschrijving',
    more: 'Meer over de activiteit',
    ics: 'In de bijlage zit een agendabestand ({file}), met een herinnering een dag vooraf: open het om de activiteit in je agenda te zetten.',
    icsWait:
      'In de bijlage zit een agendabestand ({file}): het zet de activiteit voorlopig in je agenda, zonder herinnering, zolang je op de wachtlijst staat.',
    icsChanged: 'Het agendabestand in de bijlage ({file}) werkt de activiteit in je agenda bij.',
    cancelHint:
      'Kan je toch niet komen? Annuleer dan je inschrijving, zodat iemand van de wachtlijst je plaats krijgt.',
    cancel: 'Inschrijving annuleren',
    giveUp: 'Kan je toch niet? Geef je plaats vrij',
    giveUpHint: 'Eén bevestiging en je plaats gaat meteen naar de eerste op de wachtlijst.',
    oldLink: 'Annuleren kan met de link uit je eerste bevestiging.',
    footer:
      'Je krijgt deze mail van {network} omdat je je met dit adres inschreef voor deze activiteit. Ze is automatisch verstuurd.',
    to: 'tot',
    allDay: 'hele dag',
  },
  fr: {
    confirmedSubject: 'Inscription confirmée : {title}',
    waitlistedSubject: 'Sur la liste d’attente : {title}',
    promotedSubject: 'Vous avez une place : {title}',
    reminderSubject: 'Rappel : {title}, {day}',
    changedSubject: 'Modifié : {title}',
    cancelledSubject: 'Annulé : {title}',
    postponedSubject: 'Reporté : {title}',
    hello: 'Bonjour {name},',
    confirmed: 'Vous êtes inscrit·e à {title}.',
    waitlisted:
      'Vous êtes sur la liste d’attente pour {title}, en position {n}. Si une place se libère, elle sera automatiquement pour vous et vous recevrez un e-mail.',
    resent: 'Vous avez demandé à recevoir à nouveau votre confirmation. La voici, avec vos liens personnels.',
    promoted: 'Une place s’est libérée et elle est pour vous : vous êtes maintenant inscrit·e à {title}.',
    reminder: 'Un rappel : vous êtes inscrit·e à {title}. Nous nous réjouissons de vous y voir.',
    changed: 'Quelque chose a changé pour {title}, auquel vous êtes inscrit·e.',
    nowCancelled: 'L’activité est annulée.',
    nowPostponed:
      'L’activité est reportée. Votre inscription reste valable ; nous vous écrirons dès qu’une nouvelle date sera fixée.',
    resumed: 'L’activité a bien lieu.',
    newWhen: 'Nouvelle date : {new}',
    newPlace: 'Nouveau lieu : {new}',
    newOnline: 'Nouveau lien en ligne : {new}',
    was: '(auparavant : {old})',
    when: 'Quand',
    where: 'Où',
    online: 'En ligne',
    route: 'Itinéraire',
    more: 'En savoir plus sur l’activité',
    ics: 'Le fichier d’agenda joint ({file}), avec un rappel la veille, ajoute l’activité à votre agenda.',
    icsWait:
      'Le fichier d’agenda joint ({file}) ajoute l’activité provisoirement à votre agenda, sans rappel, tant que vous êtes sur la liste d’attente.',
    icsChanged: 'Le fichier d’agenda joint ({file}) met l’activité à jour dans votre agenda.',
    cancelHint:
      'Finalement pas disponible ? Annulez votre inscription pour qu’une personne de la liste d’attente ait votre place.',
    cancel: 'Annuler l’inscription',
    giveUp: 'Finalement pas disponible ? Libérez votre place',
    giveUpHint: 'Une confirmation et votre place va aussitôt à la première personne de la liste d’attente.',
    oldLink: 'Pour annuler, utilisez le lien de votre première confirmation.',
    footer:
      'Vous recevez cet e-mail de {network} parce que vous vous êtes inscrit·e à cette activité avec cette adresse. Il a été envoyé automatiquement.',
    to: 'à',
    allDay: 'toute la journée',
  },
  de: {
    confirmedSubject: 'Angemeldet: {title}',
    waitlistedSubject: 'Auf der Warteliste: {title}',
    promotedSubject: 'Sie haben einen Platz: {title}',
    reminderSubject: 'Erinnerung: {title}, {day}',
    changedSubject: 'Geändert: {title}',
    cancelledSubject: 'Abgesagt: {title}',
    postponedSubject: 'Verschoben: {title}',
    hello: 'Guten Tag {name},',
    confirmed: 'Sie sind für {title} angemeldet.',
    waitlisted:
      'Sie stehen auf der Warteliste für {title}, auf Platz {n}. Wird ein Platz frei, rücken Sie automatisch nach und bekommen sofort eine E-Mail.',
    resent: 'Sie haben Ihre Bestätigung noch einmal angefordert. Hier ist sie, mit Ihren persönlichen Links.',
    promoted: 'Ein Platz ist frei geworden, und er gehört Ihnen: Sie sind jetzt für {title} angemeldet.',
    reminder: 'Eine Erinnerung: Sie sind für {title} angemeldet. Wir freuen uns auf Sie.',
    changed: 'Bei {title}, wofür Sie angemeldet sind, hat sich etwas geändert.',
    nowCancelled: 'Die Veranstaltung ist abgesagt.',
    nowPostponed:
      'Die Veranstaltung ist verschoben. Ihre Anmeldung bleibt bestehen; Sie hören von uns, sobald es einen neuen Termin gibt.',
    resumed: 'Die Veranstaltung findet doch statt.',
    newWhen: 'Neuer Termin: {new}',
    newPlace: 'Neuer Ort: {new}',
    newOnline: 'Neuer Online-Link: {new}',
    was: '(bisher: {old})',
    when: 'Wann',
    where: 'Wo',
    online: 'Online',
    route: 'Wegbeschreibung',
    more: 'Mehr über die Veranstaltung',
    ics: 'Die angehängte Kalenderdatei ({file}) trägt die Veranstaltung mit einer Erinnerung am Vortag in Ihren Kalender ein.',
    icsWait:
      'Die angehängte Kalenderdatei ({file}) trägt die Veranstaltung vorläufig, ohne Erinnerung, in Ihren Kalender ein, solange Sie auf der Warteliste stehen.',
    icsChanged: 'Die angehängte Kalenderdatei ({file}) aktualisiert die Veranstaltung in Ihrem Kalender.',
    cancelHint:
      'Sie können doch nicht kommen? Stornieren Sie Ihre Anmeldung, damit jemand von der Warteliste Ihren Platz bekommt.',
    cancel: 'Anmeldung stornieren',
    giveUp: 'Sie können doch nicht? Geben Sie Ihren Platz frei',
    giveUpHint: 'Eine Bestätigung, und Ihr Platz geht sofort an die erste Person auf der Warteliste.',
    oldLink: 'Stornieren können Sie mit dem Link aus Ihrer ersten Bestätigung.',
    footer:
      'Sie bekommen diese E-Mail von {network}, weil Sie sich mit dieser Adresse für diese Veranstaltung angemeldet haben. Sie wurde automatisch verschickt.',
    to: 'bis',
    allDay: 'ganztägig',
  },
  en: {
    confirmedSubject: 'Registered: {title}',
    waitlistedSubject: 'On the waiting list: {title}',
    promotedSubject: 'You have a place: {title}',
    reminderSubject: 'Reminder: {title}, {day}',
    changedSubject: 'Changed: {title}',
    cancelledSubject: 'Cancelled: {title}',
    postponedSubject: 'Postponed: {title}',
    hello: 'Hello {name},',
    confirmed: 'You are registered for {title}.',
    waitlisted:
      'You are on the waiting list for {title}, at number {n}. If a place comes free, you move up automatically and we email you straight away.',
    resent: 'You asked for your confirmation again. Here it is, with your personal links.',
    promoted: 'A place has come free and it is yours: you are now registered for {title}.',
    reminder: 'A reminder: you are registered for {title}. We look forward to seeing you.',
    changed: 'Something has changed about {title}, which you registered for.',
    nowCancelled: 'The event has been cancelled.',
    nowPostponed:
      'The event has been postponed. Your registration stands; we will write as soon as there is a new date.',
    resumed: 'The event is going ahead after all.',
    newWhen: 'New date and time: {new}',
    newPlace: 'New place: {new}',
    newOnline: 'New online link: {new}',
    was: '(was: {old})',
    when: 'When',
    where: 'Where',
    online: 'Online',
    route: 'Directions',
    more: 'More about the event',
    ics: 'The attached calendar file ({file}) puts the event in your calendar, with a reminder the day before.',
    icsWait:
      'The attached calendar file ({file}) puts the event in your calendar as tentative, without a reminder, while you are on the waiting list.',
    icsChanged: 'The attached calendar file ({file}) updates the event in your calendar.',
    cancelHint: 'Can’t come after all? Cancel your registration so that someone on the waiting list gets your place.',
    cancel: 'Cancel registration',
    giveUp: 'Can’t make it? Give up your place',
    giveUpHint: 'One confirmation and your place goes straight to the first person on the waiting list.',
    oldLink: 'To cancel, use the link in your first confirmation.',
    footer:
      'You get this email from {network} because you registered for this event with this address. It was sent automatically.',
    to: 'to',
    allDay: 'all day',
  },
};

/** @param {string | null | undefined} lang @returns {[string, MailWords]} */
export function mailWords(lang) {
  const l = (lang ?? '').slice(0, 2).toLowerCase();
  return MAIL_WORDS[l] ? [l, MAIL_WORDS[l]] : ['nl', MAIL_WORDS.nl];
}
