/** <som-signup>: defines the element and registers the feed list it reads. */
import { define } from '../core/define.js';
import { registerList } from '../feed/parse.js';
import { events } from '../feed/contract.generated.js';
import { SomSignup } from './som-signup.js';

// Only the events list is validated on a page that shows nothing else (CONTRIBUTING.md).
registerList('events', events);
define('som-signup', SomSignup);

export { SomSignup };
// The protocol client (getAvailability, register, newKey, retryAfter) is `som-widgets/signup/client`:
// exported from here, it would be in every page's signup.js instead of loading with a submission.
export type {
  Availability,
  AvailabilityState,
  RegisterResult,
  SignupBody,
  FieldError,
  ClientOptions,
} from './availability.js';
