import { expect, waitUntil } from '@open-wc/testing';
import { subscribeSlot } from '../../src/calendar/subscribe-slot.js';

type Calendar = Parameters<typeof subscribeSlot>[0];

describe('calendar subscription slot', () => {
  it('asks for its chunk once per calendar however often the calendar renders, and redraws each calendar once', async () => {
    // Until the chunk is here every render of the calendar passes by; each answer redraws the whole calendar, so
    // one request per render would redraw a 1,000-event list once per chunk it was filled in (issue #17).
    const queued: IdleRequestCallback[] = [];
    const original = window.requestIdleCallback;
    window.requestIdleCallback = ((fn: IdleRequestCallback) => (queued.push(fn), queued.length)) as never;
    const updates = [0, 0];
    const calendars = updates.map(() => ({}) as Calendar);
    const redraws = updates.map((_, i) => () => void updates[i]!++);
    try {
      for (let render = 0; render < 5; render++)
        calendars.forEach((calendar, i) =>
          expect(subscribeSlot(calendar, {}, 'https://som.example/feed.json', 'nl', redraws[i]!)).to.equal(undefined),
        );
      expect(queued.length).to.equal(2);
      for (const fn of queued) fn({ didTimeout: false, timeRemaining: () => 50 });
      await waitUntil(() => updates.every((n) => n > 0));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(updates).to.deep.equal([1, 1]);
      expect(subscribeSlot(calendars[0]!, {}, 'https://som.example/feed.json', 'nl', redraws[0]!)).to.not.equal(
        undefined,
      );
      expect(queued.length).to.equal(2);
    } finally {
      window.requestIdleCallback = original;
    }
  });
});
