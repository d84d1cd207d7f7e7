import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { writeIcons } from './scripts/icons';
import { WORKBENCH_MATCHES, DEMO_MATCHES } from './utils/workbench/hosts';

// `--mode demo` (npm start, npm test) also matches the fixture workbenches served on 127.0.0.1;
// the store build (`npm run zip`) asks for the real workbench hosts and nothing else.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  manifest: ({ mode }) => {
    const hosts = mode === 'demo' ? [...WORKBENCH_MATCHES, ...DEMO_MATCHES] : WORKBENCH_MATCHES;
    return {
      name: '话术助手 Huashu',
      description: '电商客服回复助手：按买家问题推荐合规话术，输入时标出违规词，团队话术库同步。',
      permissions: ['sidePanel', 'storage', 'alarms', 'scripting'],
      host_permissions: hosts,
      // Taught workbenches on other hosts are asked for one host at a time, when the user teaches them.
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      action: { default_title: '打开话术助手' },
      commands: {
        _execute_action: {
          suggested_key: { default: 'Alt+Shift+H' },
          description: '打开话术助手侧边栏',
        },
      },
    };
  },
  hooks: {
    // icon/16…128.png, rendered from assets/icon.svg into .wxt/icons; WXT lists them as the manifest's icons.
    'build:publicAssets': async (wxt, files) => {
      const icons = await writeIcons(path.join(wxt.config.root, 'assets/icon.svg'), path.join(wxt.config.wxtDir, 'icons'));
      for (const { size, file } of icons) files.push({ absoluteSrc: file, relativeDest: `icon/${size}.png` });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...DEMO_MATCHES];
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
