// What an IT department needs to push Huashu to every agent's browser without a store: the update manifest
// (gupdate XML) Chrome and Edge poll, and policy examples for Linux (JSON) and Windows (.reg).
// Policy names and formats: Chrome Enterprise's ExtensionInstallForcelist / ExtensionSettings, which Edge shares.

export interface Release {
  /** The extension id, derived from the CRX signing key. */
  appId: string;
  version: string;
  /** Where updates.xml will be served, e.g. https://it.example.com/huashu/updates.xml. */
  updateUrl: string;
  /** Where the CRX will be served. */
  crxUrl: string;
  minimumChromeVersion: string;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>'"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&apos;', '"': '&quot;' })[char]!);

export function updateManifest({ appId, version, crxUrl, minimumChromeVersion }: Release): string {
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${escapeXml(appId)}'>
    <updatecheck codebase='${escapeXml(crxUrl)}' version='${escapeXml(version)}' prodversionmin='${escapeXml(minimumChromeVersion)}' />
  </app>
</gupdate>
`;
}

type Browser = 'chrome' | 'edge';

/** ExtensionInstallForcelist (every Chrome/Edge that supports policies) and ExtensionSettings (finer control). */
export function policy(release: Release, browser: Browser) {
  return {
    ExtensionInstallForcelist: [`${release.appId};${release.updateUrl}`],
    ExtensionSettings: {
      [release.appId]: {
        installation_mode: 'force_installed',
        update_url: release.updateUrl,
        // Edge names the toolbar setting differently; Chrome pins the icon so agents find the panel at once.
        ...(browser === 'chrome' ? { toolbar_pin: 'force_pinned' } : { toolbar_state: 'force_shown' }),
      },
    },
  };
}

const REGISTRY_KEYS: Record<Browser, string> = {
  chrome: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome',
  edge: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge',
};

const regString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The same policy as a .reg file: the list as numbered values, ExtensionSettings as one JSON string. */
export function registryFile(release: Release, browser: Browser): string {
  const { ExtensionInstallForcelist, ExtensionSettings } = policy(release, browser);
  const key = REGISTRY_KEYS[browser];
  return [
    'Windows Registry Editor Version 5.00',
    '',
    `[${key}\\ExtensionInstallForcelist]`,
    ...ExtensionInstallForcelist.map((entry, i) => `${regString(String(i + 1))}=${regString(entry)}`),
    '',
    `[${key}]`,
    `"ExtensionSettings"=${regString(JSON.stringify(ExtensionSettings))}`,
    '',
  ].join('\r\n');
}

/** Every file of the IT kit's policies/ folder, by name. */
export function policyFiles(release: Release): Record<string, string> {
  return {
    'chrome-linux.json': `${JSON.stringify(policy(release, 'chrome'), null, 2)}\n`,
    'edge-linux.json': `${JSON.stringify(policy(release, 'edge'), null, 2)}\n`,
    'chrome-windows.reg': registryFile(release, 'chrome'),
    'edge-windows.reg': registryFile(release, 'edge'),
  };
}
