// The IT kit's text files for addresses IT actually uses: query strings in XML, backslashes and quotes in .reg.
import { generateKeyPairSync } from 'node:crypto';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extensionId } from '../../../scripts/release/crx';
import { policy, registryFile, updateManifest, type Release } from '../../../scripts/release/policies';

const release: Release = {
  appId: 'abcdefghijklmnopabcdefghijklmnop',
  version: '1.2.3',
  updateUrl: 'https://it.example.com/ext/updates.xml?team=kf&shop="a"',
  crxUrl: 'https://it.example.com/ext/huashu-1.2.3.crx?sig=1&t=2',
  minimumChromeVersion: '114',
};

describe('IT kit files', () => {
  it('escapes the update manifest, so an address with & and quotes stays one attribute', () => {
    const xml = updateManifest(release);
    expect(xml).toContain(`codebase='https://it.example.com/ext/huashu-1.2.3.crx?sig=1&amp;t=2'`);
    expect(xml).not.toMatch(/&(?!amp;|apos;|quot;|lt;|gt;)/);
    // Well-formed enough for a DOM parser to find every attribute.
    const check = new DOMParser().parseFromString(xml, 'text/xml').querySelector('updatecheck')!;
    expect([check.getAttribute('version'), check.getAttribute('prodversionmin')]).toEqual(['1.2.3', '114']);
  });

  it('writes ExtensionSettings into .reg as one escaped JSON string that reads back as the policy', () => {
    const reg = registryFile(release, 'chrome');
    const value = /^"ExtensionSettings"="(.*)"$/m.exec(reg)![1]!.replace(/\\(.)/g, '$1');
    expect(JSON.parse(value)).toEqual(policy(release, 'chrome').ExtensionSettings);
    expect(reg).toContain(`"1"="${release.appId};https://it.example.com/ext/updates.xml?team=kf&shop=\\"a\\""`);
    expect(reg.endsWith('\r\n')).toBe(true);
  });

  it('derives a 32-letter a–p id from any RSA key, the same from its private and public halves', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const id = extensionId(privateKey);
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(extensionId(publicKey)).toBe(id);
    expect(extensionId(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())).toBe(id);
  });
});
