/**
 * Everything a submission needs and the form does not: checking what was typed, the request body, sending
 * it (with its Idempotency-Key), and the texts of what can come back. One chunk, fetched as soon as a
 * person starts on the form and awaited when they press the button; if it cannot be fetched (offline),
 * that is a network failure like any other: nothing typed is lost and sending is tried again.
 */
export { validate, signupBody } from './validate.js';
export { register, newKey } from './client.js';
export { sentMessages, sentTexts, type SentMessages } from './sent-messages/index.js';
export { say, styles, successView, summaryView } from './after.js';
export { send } from './submission.js';
