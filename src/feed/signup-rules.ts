/**
 * Sign-up rules the widget and the reference server share (the server imports them from dist/feed/), so a
 * person rarely meets a second, server-side round. No DOM, no Lit.
 */

/** An e-mail address: something@domain.tld, no spaces. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** A phone number: digits with an optional leading +, spaces and ( ) . / - between them. */
export const PHONE_PATTERN = /^\+?[0-9 ()./-]{3,32}$/;
/** The longest name accepted, in UTF-16 code units (`string.length`). */
export const MAX_NAME = 200;
