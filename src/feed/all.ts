/** Register every list's schema: for tools that check a whole feed (the CLI, the server, tests). */
import { registerList } from './parse.js';
import { events, stories, portraits, selfChecks } from './contract.generated.js';

export function registerAllLists(): void {
  registerList('events', events);
  registerList('stories', stories);
  registerList('portraits', portraits);
  registerList('selfChecks', selfChecks);
}
