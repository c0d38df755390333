// Docs page (autodocs) for <som-story-card>: its states are stories in storybook/story-list.stories.ts, beside
// the list; this page gives the card's own API from custom-elements.json.
import { html } from 'lit';
import '../../src/stories/index.js';
import { demoFeed, feedUrl } from '../../storybook/helpers.js';

export default {
  title: 'Widgets/som-story-card',
  component: 'som-story-card',
  loaders: [async () => ({ url: feedUrl(await demoFeed()) })],
  argTypes: { headingLevel: { control: { type: 'number', min: 2, max: 6 } } },
};

/** One story as a card. */
export const Card = {
  args: { story: 'podcast-unelma-ouders', headingLevel: 2 },
  render: (args: { story: string; headingLevel: number }, { loaded }: { loaded: { url: string } }) =>
    html`<div style="max-width: 380px"><som-story-card src=${loaded.url} story=${args.story} heading-level=${args.headingLevel}>
      <a href="https://samenonderwijsmaken.example/storys">Lees de verhalen van Samen Onderwijs Maken</a>
    </som-story-card></div>`,
};
