import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox ships as MV2 (WXT's default for Firefox): Firefox ESR's MV2 is the
// most widely deployed and grants host access at install time, so marking works
// without a per-site prompt. Chrome ships MV3.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Lede',
    description: 'Marks the people and quotations in news articles and explains who is who — on your device.',
    permissions: ['storage'],
    browser_specific_settings:
      browser === 'firefox'
        ? {
            // 140: the first desktop release that reads data_collection_permissions (ESR 140 too).
            gecko: {
              id: 'lede@lede.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
  zip: { excludeSources: ['.output/**', 'test-results/**', 'node_modules/**', 'demo/**'] },
});
