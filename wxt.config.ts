import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { writeIcons } from './scripts/icons';
import { packagedModulesPlugin, packagedModuleValues } from './scripts/packaged-modules';
import { buildPhraseFlags, checkerIdentity } from './scripts/phrase-flags-build';
import { BUILTINS } from './utils/compliance';
import { BUILTINS_FILE, type ComplianceBuiltinsFile } from './utils/compliance/builtins-file';
import { BUILTIN_PHRASES } from './utils/library/builtin';
import { LIBRARY_BUILTINS_FILE, type LibraryBuiltins } from './utils/library/builtins-file';
import { INTENT_MODEL_TABLE } from './utils/library/intent-model-table';
import { PHRASE_FLAGS_FILE } from './utils/phrase-flags-file';
import { WORKBENCH_MATCHES, DEMO_MATCHES } from './utils/workbench/hosts';

/**
 * The built-in phrases' flags (utils/phrase-flags-file.ts): compiling a checker per platform takes seconds, so the
 * file is kept in .wxt per checker identity and built-in bodies, rebuilt only when the rules, tables, checker code,
 * version or built-in phrases change.
 */
function phraseFlagsJson(root: string, wxtDir: string, builtinsJson: string): string {
  const bodies = createHash('sha256').update(JSON.stringify(BUILTIN_PHRASES.map((phrase) => phrase.body))).digest('hex').slice(0, 16);
  const cached = path.join(wxtDir, 'phrase-flags', `${checkerIdentity(root, builtinsJson)}-${bodies}.json`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const json = JSON.stringify(buildPhraseFlags(root, builtinsJson));
  mkdirSync(path.dirname(cached), { recursive: true });
  writeFileSync(cached, json);
  return json;
}

// `--mode demo` (npm start, npm test) also matches the fixture workbenches served on 127.0.0.1;
// the store build (`npm run zip`) asks for the real workbench hosts and nothing else.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  manifest: ({ mode }) => {
    const hosts = mode === 'demo' ? [...WORKBENCH_MATCHES, ...DEMO_MATCHES] : WORKBENCH_MATCHES;
    return {
      // Name, description and titles come from public/_locales (zh_CN default, en).
      name: '__MSG_name__',
      short_name: '__MSG_shortName__',
      description: '__MSG_description__',
      default_locale: 'zh_CN',
      // The side panel (manifest key and chrome.sidePanel.setPanelBehavior) arrived in Chrome 114, the newest API
      // we need; everything else is older (scripting.registerContentScripts 96, CSS highlights 105, :has() 105).
      // Edge follows Chromium's numbering.
      minimum_chrome_version: '114',
      permissions: ['sidePanel', 'storage', 'alarms', 'scripting'],
      host_permissions: hosts,
      // Taught workbenches on other hosts are asked for one host at a time, when the user teaches them.
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      action: { default_title: '__MSG_actionTitle__' },
      // The content script reads the built-in rules from the package (utils/compliance/builtins-file.ts), only on the
      // workbench hosts; a page can never supply or change the file. The dynamic URL (a per-session ID that only
      // runtime.getURL hands out) keeps a page from probing the fixed extension ID to learn Huashu is installed.
      // A taught host's copy asks the worker for the rules instead.
      web_accessible_resources: [{ resources: [BUILTINS_FILE], matches: hosts, use_dynamic_url: true }],
      commands: {
        _execute_action: {
          suggested_key: { default: 'Alt+Shift+H' },
          description: '__MSG_openPanelCommand__',
        },
      },
    };
  },
  hooks: {
    // icon/16…128.png, rendered from assets/icon.svg into .wxt/icons; WXT lists them as the manifest's icons.
    'build:publicAssets': async (wxt, files) => {
      const icons = await writeIcons(path.join(wxt.config.root, 'assets/icon.svg'), path.join(wxt.config.wxtDir, 'icons'));
      for (const { size, file } of icons) files.push({ absoluteSrc: file, relativeDest: `icon/${size}.png` });
      const builtins: ComplianceBuiltinsFile = { ...BUILTINS, modules: packagedModuleValues() };
      const builtinsJson = JSON.stringify(builtins);
      files.push({ contents: builtinsJson, relativeDest: BUILTINS_FILE });
      files.push({ contents: phraseFlagsJson(wxt.config.root, wxt.config.wxtDir, builtinsJson), relativeDest: PHRASE_FLAGS_FILE });
      const library: LibraryBuiltins = { phrases: BUILTIN_PHRASES, intentModel: INTENT_MODEL_TABLE };
      files.push({ contents: JSON.stringify(library), relativeDest: LIBRARY_BUILTINS_FILE });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...DEMO_MATCHES];
    },
  },
  vite: () => ({
    // The content script's bundle leaves out data modules it reads from compliance-builtins.json instead.
    plugins: [preact(), packagedModulesPlugin()],
  }),
});
