/** <som-signup> in English (loaded on first use). */
import type { SignupMessages } from './index.js';

export default {
  to: 'to',
  allDay: 'all day',
  left: '{n} places left',
  left1: '1 place left',
  waitlist: 'Full — join the waiting list',
  full: 'Full',
  notYet: 'Registration opens on {d}',
  until: 'Register until {d}',
  closed: 'Registration closed',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
  none: 'No need to register.',
  external: 'Register with the organiser',
  unknown: 'This event could not be found.',
  name: 'Name',
  email: 'Email address',
  optional: '(optional)',
  pick: 'Choose…',
  max: 'At most {n} characters.',
  privacy: '{who} uses your details only for this registration and keeps them until {n} days after the event.',
  policy: 'Read the privacy notice',
  consent: 'I agree that my details are used for this',
  submit: 'Register',
  submitWaitlist: 'Join the waiting list',
  sending: 'Sending…',
  offline:
    'Not sent: there is no connection. What you entered is kept. We will try again as soon as you are back online.',
  server: 'Not sent: something went wrong at the registration service. What you entered is kept.',
  retry: 'Try again',
} satisfies SignupMessages;
