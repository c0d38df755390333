/**
 * <som-calendar>: defines the element, registers the event list the feed parser must validate, and has the network's
 * zone offset by its rule (the calendar writes its dates without Intl).
 */
import { define } from '../core/define.js';
import { registerList } from '../feed/parse.js';
import { events } from '../feed/contract.generated.js';
import { useZoneRule } from '../feed/dates.js';
import { SomCalendar } from './calendar.js';

registerList('events', events);
useZoneRule();
define('som-calendar', SomCalendar);

export { SomCalendar };

declare global {
  interface HTMLElementTagNameMap {
    'som-calendar': SomCalendar;
  }
}
