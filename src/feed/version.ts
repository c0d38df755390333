/** The feed major version these widgets understand (FEED.md). */
export const FEED_VERSION = 1;
