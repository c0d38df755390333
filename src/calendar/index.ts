/** <som-calendar>: defines the element and registers the event list the feed parser must validate. */
import { define } from '../core/define.js';
import { registerList } from '../feed/parse.js';
import { events } from '../feed/contract.generated.js';
import { SomCalendar } from './calendar.js';

registerList('events', events);
define('som-calendar', SomCalendar);

export { SomCalendar };

declare global {
  interface HTMLElementTagNameMap {
    'som-calendar': SomCalendar;
  }
}
