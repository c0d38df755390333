import { html } from 'lit';
import '../src/core/som-feed.js';
import { demoFeed, feedUrl } from './helpers.js';

export default {
  title: 'Core/som-feed',
  component: 'som-feed',
  loaders: [async () => ({ url: feedUrl(await demoFeed()) })],
};

/** A provider around ordinary content: it renders its children unchanged. */
export const Provider = {
  render: (_: unknown, { loaded }: { loaded: { url: string } }) =>
    html`<som-feed src=${loaded.url}><p>Inhoud van de partnerpagina blijft gewoon zichtbaar.</p></som-feed>`,
};
