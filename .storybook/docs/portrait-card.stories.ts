// Docs page (autodocs) for <som-portrait-card>: its states are stories in storybook/portraits.stories.ts,
// beside the list; this page gives the card's own API from custom-elements.json.
import { html } from 'lit';
import '../../src/portraits/index.js';
import { demoFeed, feedUrl } from '../../storybook/helpers.js';

export default {
  title: 'Widgets/som-portrait-card',
  component: 'som-portrait-card',
  loaders: [async () => ({ url: feedUrl(await demoFeed()) })],
  argTypes: { headingLevel: { control: { type: 'number', min: 2, max: 6 } } },
};

/** One portrait as a card. */
export const Card = {
  args: { portrait: 'hanne-opbouwwerker', headingLevel: 2 },
  render: (args: { portrait: string; headingLevel: number }, { loaded }: { loaded: { url: string } }) =>
    html`<div style="max-width: 360px"><som-portrait-card src=${loaded.url} portrait=${args.portrait} heading-level=${args.headingLevel}>
      <a href="https://samenonderwijsmaken.example/zij-maken-onderwijs">Alle portretten</a>
    </som-portrait-card></div>`,
};
