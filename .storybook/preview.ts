/// <reference types="vite/client" />
// Storybook reads the elements' API (attributes, properties, events, slots, CSS parts and custom properties)
// from custom-elements.json, written by `npm run build` / `npm run manifest`: every widget's Docs page
// (`autodocs`) shows it. Loaded with a glob, so a checkout that has not built yet still type-checks and
// starts (without the API tables).
import { setCustomElementsManifest } from '@storybook/web-components';

interface Item {
  name: string;
  privacy?: string;
  static?: boolean;
  type?: { text: string };
}
interface Manifest {
  modules: { declarations?: { members?: Item[]; attributes?: Item[] }[] }[];
}

const found = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(found)[0];

/**
 * What a page can use: Storybook's web-components renderer lists every member, private ones included, and
 * offers an object control for `string | undefined`; the element is just as optional without `| undefined`.
 */
function publicApi(m: Manifest): Manifest {
  const plain = (i: Item): Item =>
    i.type ? { ...i, type: { ...i.type, text: i.type.text.replace(/ \| undefined$/, '') } } : i;
  return {
    ...m,
    modules: m.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => ({
        ...d,
        members: d.members?.filter((i) => !i.static && (i.privacy ?? 'public') === 'public').map(plain),
        attributes: d.attributes?.map(plain),
      })),
    })),
  };
}

if (manifest) setCustomElementsManifest(publicApi(manifest));
else console.warn('custom-elements.json not found: run `npm run manifest` for the API tables in Docs.');

const preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};
export default preview;
