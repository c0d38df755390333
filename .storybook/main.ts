// Storybook for the widgets: every element in every state (stories/*.stories.ts).
const config = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // The demo feed and its images, at the same path the browser tests use.
  staticDirs: [{ from: '../demo', to: '/demo' }],
  core: { disableTelemetry: true },
};
export default config;
