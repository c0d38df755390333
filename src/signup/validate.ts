/**
 * What a person typed, checked before it is sent, and the request body made of it. Loaded with the rest
 * of what a submission needs (sent.ts), not with the page. No DOM, no Lit.
 */
import type { FeedField } from '../feed/schema.js';
import { EMAIL_PATTERN as EMAIL, MAX_NAME, PHONE_PATTERN as TEL } from '../feed/signup-rules.js';
import type { SignupBody } from './availability.js';
import { answerKey, type FieldProblem, type Values } from './form.js';

const NUMBER = /^-?\d+([.,]\d+)?$/;

const text = (v: string | boolean | undefined): string => (typeof v === 'string' ? v.trim() : '');

/** Check what was typed; problems come in the form's order, for the error summary. */
export function validate(fields: readonly FeedField[], values: Values, consent: boolean): FieldProblem[] {
  const out: FieldProblem[] = [];
  const name = text(values.name);
  if (!name) out.push({ field: 'name', code: 'req' });
  else if (name.length > MAX_NAME) out.push({ field: 'name', code: 'long', n: MAX_NAME });
  if (!EMAIL.test(text(values.email))) out.push({ field: 'email', code: text(values.email) ? 'eEmail' : 'req' });
  for (const f of fields) {
    const field = answerKey(f);
    const raw = values[field];
    const v = text(raw);
    if (f.type === 'checkbox') {
      if (f.required && raw !== true) out.push({ field, code: 'tick' });
    } else if (!v) {
      if (f.required) out.push({ field, code: f.type === 'select' ? 'choose' : 'req' });
    } else if (f.type === 'select') {
      if (!f.options?.some((o) => o.value === v)) out.push({ field, code: 'choose' });
    } else if (f.type === 'number') {
      if (!NUMBER.test(v)) out.push({ field, code: 'num' });
    } else if (f.maxLength && v.length > f.maxLength) {
      out.push({ field, code: 'long', n: f.maxLength });
    } else if ((f.type === 'email' && !EMAIL.test(v)) || (f.type === 'tel' && !TEL.test(v))) {
      out.push({ field, code: f.type === 'tel' ? 'tel' : 'eEmail' });
    }
  }
  if (!consent) out.push({ field: 'consent', code: 'eConsent' });
  return out;
}

/** The request body (PROTOCOL.md): empty answers are left out, checkboxes are booleans, numbers numbers. */
export function signupBody(
  fields: readonly FeedField[],
  values: Values,
  consent: boolean,
  language: string,
  website: string,
): SignupBody {
  const answers: SignupBody['answers'] = {};
  for (const f of fields) {
    const raw = values[answerKey(f)];
    if (f.type === 'checkbox') answers[f.id] = raw === true;
    else if (text(raw)) answers[f.id] = f.type === 'number' ? Number(text(raw).replace(',', '.')) : text(raw);
  }
  return { name: text(values.name), email: text(values.email), answers, consent, language, website };
}
