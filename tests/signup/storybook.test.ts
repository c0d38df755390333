/**
 * Each sign-up story shows the state it is named after (tests/storybook.test.ts runs axe on every story, so
 * this is what makes "axe-clean in every state" true): its `parameters.reaches` selector is in the element.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../storybook/signup.stories.js';
import { settle } from '../helpers.js';
import { uninstallFakeFetch } from './fake-endpoint.js';

interface Story {
  render: (args: unknown, ctx: { loaded: Record<string, unknown> }) => TemplateResult;
  loaders?: (() => Promise<Record<string, unknown>>)[];
  parameters?: { reaches?: string };
}

describe('sign-up stories', () => {
  beforeEach(() => sessionStorage.clear());
  after(uninstallFakeFetch);

  for (const [name, value] of Object.entries(stories)) {
    if (name === 'default') continue;
    const story = value as Story;
    it(`${name} reaches its state`, async () => {
      expect(story.parameters?.reaches, 'parameters.reaches').to.be.a('string');
      const loaded: Record<string, unknown> = {};
      for (const loader of story.loaders ?? []) Object.assign(loaded, await loader());
      const host = await fixture<HTMLDivElement>('<div></div>');
      render(story.render({}, { loaded }), host);
      await settle(host, 8000);
      const el = host.querySelector('som-signup')!;
      // The endpoint's answer may land after the page settled on a busy machine: wait for the state itself.
      await waitUntil(() => el.shadowRoot!.querySelector(story.parameters!.reaches!), story.parameters!.reaches, {
        timeout: 8000,
      }).catch(() => {});
      expect(el.shadowRoot!.querySelector(story.parameters!.reaches!), story.parameters!.reaches).to.exist;
      expect(host.querySelector('[aria-busy=true]:not(som-signup *)') ?? null, 'the driver finished').to.equal(null);
    });
  }
});
