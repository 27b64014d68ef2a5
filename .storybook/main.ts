import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // No telemetry: the project makes no request it does not need, its tools included.
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../demo', to: '/demo' }],
};

export default config;
