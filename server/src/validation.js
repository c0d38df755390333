// @ts-check
/**
 * Server-side validation of a sign-up (PROTOCOL.md): name, e-mail, consent and the answers to the event's
 * own questions. Messages in the sign-up's language (nl, fr, de, en; English for any other); `field` is "name", "email",
 * "consent", or "answers.<field id>" for the event's questions.
 */
import { EMAIL_PATTERN as EMAIL, MAX_NAME, PHONE_PATTERN as TEL, baseLang, resolveText } from 'som-widgets/feed';
import { serverLanguage } from './problem-texts.js';

/** @typedef {import('som-widgets/feed').FeedField} FeedField */
/** @typedef {{ field: string, message: string }} FieldError */

const LANG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$/;
/** A cap for answers without a maxLength, so one sign-up cannot fill the disk. */
const MAX_ANSWER = 2000;

const MESSAGES = {
  nl: {
    name: 'Vul je naam in.',
    nameLong: `Je naam mag hoogstens ${MAX_NAME} tekens lang zijn.`,
    email: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.be.',
    consent: 'Geef toestemming om je gegevens voor deze inschrijving te gebruiken.',
    answers: 'De antwoorden zijn ongeldig.',
    required: (/** @type {string} */ l) => `Vul "${l}" in.`,
    tick: (/** @type {string} */ l) => `Vink "${l}" aan.`,
    choose: (/** @type {string} */ l) => `Kies een van de mogelijkheden bij "${l}".`,
    long: (/** @type {string} */ l, /** @type {number} */ n) => `"${l}" mag hoogstens ${n} tekens lang zijn.`,
    number: (/** @type {string} */ l) => `Vul een getal in bij "${l}".`,
    emailField: (/** @type {string} */ l) => `Vul een geldig e-mailadres in bij "${l}".`,
    tel: (/** @type {string} */ l) => `Vul een geldig telefoonnummer in bij "${l}".`,
    invalid: (/** @type {string} */ l) => `Het antwoord bij "${l}" is ongeldig.`,
    unknown: (/** @type {string} */ k) => `Onbekende vraag "${k}".`,
  },
  fr: {
    name: 'Indiquez votre nom.',
    nameLong: `Votre nom ne peut pas dépasser ${MAX_NAME} caractères.`,
    email: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.be.',
    consent: 'Donnez votre accord pour l’utilisation de vos données pour cette inscription.',
    answers: 'Les réponses ne sont pas valides.',
    required: (/** @type {string} */ l) => `Complétez « ${l} ».`,
    tick: (/** @type {string} */ l) => `Cochez « ${l} ».`,
    choose: (/** @type {string} */ l) => `Choisissez une des possibilités pour « ${l} ».`,
    long: (/** @type {string} */ l, /** @type {number} */ n) => `« ${l} » ne peut pas dépasser ${n} caractères.`,
    number: (/** @type {string} */ l) => `Indiquez un nombre pour « ${l} ».`,
    emailField: (/** @type {string} */ l) => `Indiquez une adresse e-mail valide pour « ${l} ».`,
    tel: (/** @type {string} */ l) => `Indiquez un numéro de téléphone valide pour « ${l} ».`,
    invalid: (/** @type {string} */ l) => `La réponse à « ${l} » n’est pas valide.`,
    unknown: (/** @type {string} */ k) => `Question inconnue « ${k} ».`,
  },
  de: {
    name: 'Geben Sie Ihren Namen ein.',
    nameLong: `Ihr Name darf höchstens ${MAX_NAME} Zeichen lang sein.`,
    email: 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.be.',
    consent: 'Stimmen Sie der Verwendung Ihrer Daten für diese Anmeldung zu.',
    answers: 'Die Antworten sind ungültig.',
    required: (/** @type {string} */ l) => `Füllen Sie „${l}“ aus.`,
    tick: (/** @type {string} */ l) => `Kreuzen Sie „${l}“ an.`,
    choose: (/** @type {string} */ l) => `Wählen Sie eine der Möglichkeiten bei „${l}“.`,
    long: (/** @type {string} */ l, /** @type {number} */ n) => `„${l}“ darf höchstens ${n} Zeichen lang sein.`,
    number: (/** @type {string} */ l) => `Geben Sie bei „${l}“ eine Zahl ein.`,
    emailField: (/** @type {string} */ l) => `Geben Sie bei „${l}“ eine gültige E-Mail-Adresse ein.`,
    tel: (/** @type {string} */ l) => `Geben Sie bei „${l}“ eine gültige Telefonnummer ein.`,
    invalid: (/** @type {string} */ l) => `Die Antwort bei „${l}“ ist ungültig.`,
    unknown: (/** @type {string} */ k) => `Unbekannte Frage „${k}“.`,
  },
  en: {
    name: 'Enter your name.',
    nameLong: `Your name must be ${MAX_NAME} characters or fewer.`,
    email: 'Enter a valid e-mail address, like name@example.org.',
    consent: 'Give your consent to the use of your data for this sign-up.',
    answers: 'The answers are invalid.',
    required: (/** @type {string} */ l) => `Fill in "${l}".`,
    tick: (/** @type {string} */ l) => `Tick "${l}".`,
    choose: (/** @type {string} */ l) => `Choose one of the options for "${l}".`,
    long: (/** @type {string} */ l, /** @type {number} */ n) => `"${l}" must be ${n} characters or fewer.`,
    number: (/** @type {string} */ l) => `Enter a number for "${l}".`,
    emailField: (/** @type {string} */ l) => `Enter a valid e-mail address for "${l}".`,
    tel: (/** @type {string} */ l) => `Enter a valid phone number for "${l}".`,
    invalid: (/** @type {string} */ l) => `The answer for "${l}" is invalid.`,
    unknown: (/** @type {string} */ k) => `Unknown question "${k}".`,
  },
};

/** @typedef {typeof MESSAGES.en} Messages */

/**
 * One answer, checked against its field. Returns the value to store (undefined = not answered) or an error message.
 * @param {FeedField} field
 * @param {unknown} raw
 * @param {string} label
 * @param {Messages} m
 * @returns {{ value?: string | number | boolean, error?: string }}
 */
function checkAnswer(field, raw, label, m) {
  const empty = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
  if (field.type === 'checkbox') {
    if (raw !== undefined && raw !== null && typeof raw !== 'boolean') return { error: m.invalid(label) };
    if (field.required && raw !== true) return { error: m.tick(label) };
    return { value: raw === true };
  }
  if (empty) return field.required ? { error: field.type === 'select' ? m.choose(label) : m.required(label) } : {};
  if (field.type === 'number') {
    // Strict: a JSON number, or a string of plain decimal digits (a decimal comma allowed, as typed in
    // Belgium). Number() alone would read "0x10" as 16, "1e3" as 1000 and "" as 0.
    const text = typeof raw === 'string' ? raw.trim() : '';
    const n =
      typeof raw === 'number'
        ? raw
        : /^[+-]?\d{1,15}([.,]\d{1,15})?$/.test(text)
          ? Number(text.replace(',', '.'))
          : NaN;
    return Number.isFinite(n) ? { value: n } : { error: m.number(label) };
  }
  if (typeof raw !== 'string') return { error: m.invalid(label) };
  const value = raw.trim();
  if (field.type === 'select')
    return field.options?.some((o) => o.value === value) ? { value } : { error: m.choose(label) };
  const max = Math.min(field.maxLength ?? MAX_ANSWER, MAX_ANSWER);
  if (value.length > max) return { error: m.long(label, max) };
  if (field.type === 'email' && !EMAIL.test(value)) return { error: m.emailField(label) };
  if (field.type === 'tel' && !TEL.test(value)) return { error: m.tel(label) };
  return { value };
}

/**
 * @param {Record<string, unknown>} body the parsed request
 * @param {FeedField[]} fields the event's questions
 * @param {string} defaultLanguage the feed's first language
 * @returns {{ errors: FieldError[], signup: { name: string, email: string, answers: Record<string, string | number | boolean>, language: string } }}
 */
export function validateSignup(body, fields, defaultLanguage) {
  const language = typeof body.language === 'string' && LANG.test(body.language) ? body.language : defaultLanguage;
  const m = MESSAGES[serverLanguage(baseLang(language)) ?? 'en'];
  /** @type {FieldError[]} */
  const errors = [];
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  if (!name) errors.push({ field: 'name', message: m.name });
  else if (name.length > MAX_NAME) errors.push({ field: 'name', message: m.nameLong });
  const email = typeof body.email === 'string' ? body.email.trim() : '';
  if (email.length > 254 || !EMAIL.test(email)) errors.push({ field: 'email', message: m.email });

  /** @type {Record<string, string | number | boolean>} */
  const answers = {};
  const given = body.answers ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    errors.push({ field: 'answers', message: m.answers });
  } else {
    const raw = /** @type {Record<string, unknown>} */ (given);
    for (const key of Object.keys(raw)) {
      if (!fields.some((f) => f.id === key)) errors.push({ field: `answers.${key}`, message: m.unknown(key) });
    }
    for (const field of fields) {
      const result = checkAnswer(field, raw[field.id], resolveText(field.label, [language]), m);
      if (result.error) errors.push({ field: `answers.${field.id}`, message: result.error });
      else if (result.value !== undefined) answers[field.id] = result.value;
    }
  }
  if (body.consent !== true) errors.push({ field: 'consent', message: m.consent });
  return { errors, signup: { name, email, answers, language } };
}
