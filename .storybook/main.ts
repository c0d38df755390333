// Storybook for the widgets: every element in every state (storybook/*.stories.ts), and a Docs page for each
// element with its API from custom-elements.json (preview.ts); .storybook/docs/ adds the pages of the two
// cards, whose states are stories of their lists.
const config = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../storybook/**/*.stories.ts', './docs/*.stories.ts'],
  // Docs pages (`autodocs` in preview.ts): attributes, properties, events, slots, CSS parts and properties.
  addons: ['@storybook/addon-docs'],
  // The demo feed and its images, at the same path the browser tests use.
  staticDirs: [{ from: '../demo', to: '/demo' }],
  core: { disableTelemetry: true },
};
export default config;
