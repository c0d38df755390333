/**
 * Every story in storybook/ rendered and checked with axe-core: each story a widget adds is also an
 * accessibility test (as GOV.UK Frontend does with its component examples).
 */
import { expect, fixture } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { storyModules } from '../storybook/all.js';
import { axeViolations, settle } from './helpers.js';

interface Story {
  render?: (args: unknown, ctx: { loaded: Record<string, unknown> }) => TemplateResult;
  args?: Record<string, unknown>;
  loaders?: (() => Promise<Record<string, unknown>>)[];
  parameters?: { axe?: { skip?: boolean } };
}

for (const [name, mod] of Object.entries(storyModules)) {
  const meta = (mod.default ?? {}) as Story & { title?: string };
  describe(`story ${meta.title ?? name}`, () => {
    for (const [exportName, value] of Object.entries(mod)) {
      if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as Story;
      it(`${exportName} has no axe violation`, async () => {
        const loaded: Record<string, unknown> = {};
        for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) Object.assign(loaded, await loader());
        const renderFn = story.render ?? meta.render;
        if (!renderFn) throw new Error('story without render');
        const host = await fixture<HTMLDivElement>('<div></div>');
        render(renderFn({ ...meta.args, ...story.args }, { loaded }), host);
        await settle(host);
        expect(await axeViolations(host)).to.deep.equal([]);
      });
    }
  });
}
