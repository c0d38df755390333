/** What <som-signup> says once a person presses the button, in English (loaded with the submission code). */
import type { SentMessages } from './index.js';

export default {
  problem: 'There is a problem',
  error: 'Error:',
  req: 'Enter “{f}”.',
  tick: 'Tick “{f}”.',
  choose: 'Choose an answer for “{f}”.',
  eEmail: 'Enter a valid email address, like name@example.org.',
  tel: 'Enter a valid phone number for “{f}”.',
  num: 'Enter a number for “{f}”.',
  long: '“{f}” must be {n} characters or fewer.',
  eConsent: 'Give your consent to register.',
  wait: 'It is busy right now. We will try again in {s} s.',
  lateFull: 'Sorry, the event has filled up in the meantime.',
  late: 'Sorry, registration is no longer possible.',
  refused: 'Registration did not work.',
  confirmed: 'You are registered',
  waitlisted: 'You are on the waiting list',
  position: ' (number {n})',
  duplicate: 'You had already registered with this email address.',
  resent: 'We sent your confirmation again to {a}, with the links to view or cancel it.',
  promote: 'If a place becomes free, you move up automatically.',
  ics: 'Add to my calendar',
  icsWait: 'Add to my calendar as tentative (no reminder)',
  cancel: 'Cancel registration',
  cancelHint: 'Can’t come after all? Cancel with this link so someone else gets your place.',
} satisfies SentMessages;
