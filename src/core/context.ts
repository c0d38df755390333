import { createContext } from '@lit/context';

/** What `<som-feed>` shares with the widgets inside it: the feed's absolute URL. */
export interface FeedSource {
  src: string;
}

export const feedContext = createContext<FeedSource | undefined>(Symbol.for('som-widgets/feed'));
