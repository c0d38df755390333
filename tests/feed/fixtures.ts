import type { FeedEvent } from '../../src/feed/schema.js';

/** An event `e` with a form sign-up, from `start` to `end`; `over` changes the event, `reg` its registration. */
export const formEvent = (
  start: string,
  end: string,
  over: Partial<FeedEvent> = {},
  reg: Record<string, unknown> = {},
): FeedEvent => ({
  id: 'e',
  title: 'E',
  start,
  end,
  registration: {
    type: 'form',
    endpoint: 'https://x.example/r',
    privacyUrl: 'https://x.example/p',
    ...reg,
  } as FeedEvent['registration'],
  ...over,
});
