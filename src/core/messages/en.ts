import type { CoreMessages } from './index.js';

const en: CoreMessages = {
  loading: 'Loading…',
  errorTitle: 'This content cannot be loaded right now.',
  errorHint: 'Please try again later.',
  retry: 'Try again',
  stale: 'Possibly out of date: last updated on {date}.',
  newerVersion: 'This widget is too old for the feed. The website needs to update it.',
  noSource: 'No source (src) was given.',
};
export default en;
