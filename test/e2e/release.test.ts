// `npm run zip` as a release manager runs it: store zips for Chrome and Edge, and the IT kit (signed CRX,
// update manifest, policy examples), checked as far as this machine allows — up to Debian's Chromium
// installing the kit through its own updater from the update manifest served on 127.0.0.1. What cannot be
// exercised here is a browser reading the policy files: that needs /etc/opt/chrome/policies, machine-wide.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionId } from '../../scripts/release/crx';

const ROOT = path.resolve('.');
const BROWSER = process.env.HUASHU_BROWSER ?? '/usr/bin/chromium';
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const KIT = path.resolve('.output/it');
const CRX_NAME = `huashu-${VERSION}.crx`;

/** The protobuf fields of a CRX3 header we look at: the RSA proofs and the signed data (crx id). */
function readCrx(bytes: Buffer) {
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('Cr24');
  expect(bytes.readUInt32LE(4)).toBe(3);
  const headerEnd = 12 + bytes.readUInt32LE(8);
  const fields = (buffer: Buffer) => {
    const found: [number, Buffer][] = [];
    let at = 0;
    const varint = () => {
      let value = 0;
      for (let shift = 1; ; shift *= 128) {
        const byte = buffer[at++]!;
        value += (byte & 127) * shift;
        if (byte < 128) return value;
      }
    };
    while (at < buffer.length) {
      const key = varint();
      expect(key % 8).toBe(2); // every field of these messages is length-delimited
      const length = varint();
      found.push([Math.floor(key / 8), buffer.subarray(at, at + length)]);
      at += length;
    }
    return found;
  };
  const header = fields(bytes.subarray(12, headerEnd));
  const proofs = header.filter(([field]) => field === 2).map(([, proof]) => Object.fromEntries(fields(proof)) as Record<number, Buffer>);
  const signedData = header.find(([field]) => field === 10000)![1];
  return { proofs, signedData, crxId: Object.fromEntries(fields(signedData))[1]!, zip: bytes.subarray(headerEnd) };
}

function unzipJson(zip: Uint8Array, name: string): any {
  return JSON.parse(Buffer.from(unzipSync(zip, { filter: (file) => file.name === name })[name]!).toString('utf8'));
}

/** Starts Chromium on its own profile; `stop` ends it and its helpers (its own process group) and waits for it. */
function startChromium(profile: string): { stop(): Promise<void> } {
  const child: ChildProcess = spawn(
    BROWSER,
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--user-data-dir=${profile}`, 'about:blank'],
    { detached: true, stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  return {
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      // Helpers of the group may outlive the main process by a moment; they write to the profile until then.
      await new Promise((resolve) => setTimeout(resolve, 500));
    },
  };
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((resolve) => setTimeout(resolve, 250))) if (check()) return true;
  return check();
}

describe('npm run zip: store zips and the IT kit', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'huashu-release-'));
  const keyFile = path.join(work, 'crx-key.pem');
  const requests: string[] = [];
  let server: Server;
  let baseUrl = '';
  let appId = '';

  beforeAll(async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    appId = extensionId(readFileSync(keyFile, 'utf8'));
    // IT's web server: the kit under /huashu/, the update manifest whatever query the browser adds.
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      const file = path.join(KIT, new URL(request.url ?? '/', 'http://x').pathname.replace(/^\/huashu\//, ''));
      if (!file.startsWith(KIT) || !existsSync(file)) return void response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': file.endsWith('.xml') ? 'text/xml' : 'application/x-chrome-extension' });
      response.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/huashu/`;
    await promisify(execFile)('npm', ['run', 'zip'], {
      cwd: ROOT,
      env: { ...process.env, HUASHU_CRX_KEY: keyFile, HUASHU_UPDATE_BASE_URL: baseUrl },
    });
  }, 180_000);
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(work, { recursive: true, force: true });
  });

  it('zips for Chrome and Edge carry minimum_chrome_version, default_locale, both locales and every icon', () => {
    for (const browser of ['chrome', 'edge']) {
      const zip = readFileSync(`.output/huashu-${VERSION}-${browser}.zip`);
      const manifest = unzipJson(zip, 'manifest.json');
      expect(manifest).toMatchObject({
        manifest_version: 3,
        version: VERSION,
        name: '__MSG_name__',
        description: '__MSG_description__',
        default_locale: 'zh_CN',
        minimum_chrome_version: '114',
      });
      // The store build asks for the real workbenches only, and leaves updates to the store.
      expect(manifest.host_permissions.join(' ')).not.toMatch(/127\.0\.0\.1|localhost/);
      expect(manifest.update_url).toBeUndefined();
      const files = unzipSync(zip);
      for (const [size, file] of Object.entries(manifest.icons as Record<string, string>)) {
        const png = Buffer.from(files[file]!);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${browser} ${file}`).toEqual([Number(size), Number(size)]);
      }
      expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
      for (const locale of ['zh_CN', 'en']) {
        const messages = unzipJson(zip, `_locales/${locale}/messages.json`);
        expect(messages.name.message.length).toBeLessThanOrEqual(75);
        expect(messages.description.message.length).toBeLessThanOrEqual(132);
        expect(messages.actionTitle.message).toBeTruthy();
      }
      expect(unzipJson(zip, '_locales/zh_CN/messages.json').name.message).toBe('话术助手 Huashu');
      expect(Object.keys(files)).toContain('privacy.html');
    }
  });

  it('the update manifest names the built CRX, its version and the id of the signing key', () => {
    const xml = new DOMParser().parseFromString(readFileSync(path.join(KIT, 'updates.xml'), 'utf8'), 'text/xml');
    const app = xml.querySelector('gupdate > app')!;
    expect(xml.querySelector('gupdate')!.getAttribute('protocol')).toBe('2.0');
    expect(app.getAttribute('appid')).toBe(appId);
    const check = app.querySelector('updatecheck')!;
    expect(check.getAttribute('codebase')).toBe(`${baseUrl}${CRX_NAME}`);
    expect(check.getAttribute('version')).toBe(VERSION);
    expect(check.getAttribute('prodversionmin')).toBe('114');
    expect(existsSync(path.join(KIT, CRX_NAME))).toBe(true);
  });

  it('the policy examples are valid JSON / .reg that force-install this id from that manifest', () => {
    const updateUrl = `${baseUrl}updates.xml`;
    for (const [browser, toolbar] of [['chrome', { toolbar_pin: 'force_pinned' }], ['edge', { toolbar_state: 'force_shown' }]] as const) {
      const policy = JSON.parse(readFileSync(path.join(KIT, `policies/${browser}-linux.json`), 'utf8'));
      expect(policy).toEqual({
        ExtensionInstallForcelist: [`${appId};${updateUrl}`],
        ExtensionSettings: { [appId]: { installation_mode: 'force_installed', update_url: updateUrl, ...toolbar } },
      });
      const reg = readFileSync(path.join(KIT, `policies/${browser}-windows.reg`), 'utf8');
      const key = browser === 'chrome' ? 'Google\\Chrome' : 'Microsoft\\Edge';
      expect(reg.split('\r\n').slice(0, 4)).toEqual([
        'Windows Registry Editor Version 5.00',
        '',
        `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${key}\\ExtensionInstallForcelist]`,
        `"1"="${appId};${updateUrl}"`,
      ]);
      const settings = /^"ExtensionSettings"="(.*)"$/m.exec(reg)![1]!.replace(/\\(.)/g, '$1');
      expect(JSON.parse(settings)).toEqual(policy.ExtensionSettings);
    }
  });

  it('the CRX is signed like Chromium signs it: same key proof and crx id as chromium --pack-extension', async () => {
    const ours = readCrx(readFileSync(path.join(KIT, CRX_NAME)));
    const publicKeyDer = createPublicKey(readFileSync(keyFile, 'utf8')).export({ type: 'spki', format: 'der' });
    expect(ours.proofs).toHaveLength(1);
    expect(ours.proofs[0]![1]!.equals(publicKeyDer)).toBe(true);
    expect(ours.crxId.equals(createHash('sha256').update(publicKeyDer).digest().subarray(0, 16))).toBe(true);
    const signed = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'latin1'), Buffer.alloc(4), ours.signedData, ours.zip]);
    signed.writeUInt32LE(ours.signedData.length, 16);
    expect(verify('sha256', signed, createPublicKey(readFileSync(keyFile, 'utf8')), ours.proofs[0]![2]!)).toBe(true);
    // Inside: the store build plus update_url, so installed copies keep polling IT's server.
    expect(unzipJson(ours.zip, 'manifest.json')).toMatchObject({ version: VERSION, update_url: `${baseUrl}updates.xml` });

    const dir = path.join(work, 'pack', 'huashu');
    cpSync('.output/chrome-mv3', dir, { recursive: true });
    await promisify(execFile)(BROWSER, ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${path.join(work, 'pack-profile')}`, `--pack-extension=${dir}`, `--pack-extension-key=${keyFile}`]);
    const chromiums = readCrx(readFileSync(`${dir}.crx`));
    expect(chromiums.signedData.equals(ours.signedData)).toBe(true);
    expect(chromiums.proofs.map((proof) => proof[1]!.toString('base64'))).toEqual([publicKeyDer.toString('base64')]);
  }, 60_000);

  it('Chromium installs the kit from updates.xml under the expected id, and refuses a tampered CRX', async () => {
    // An external-extension entry makes Chromium's updater fetch updates.xml and the CRX exactly as a policy would.
    const profile = path.join(work, 'profile');
    mkdirSync(path.join(profile, 'External Extensions'), { recursive: true });
    writeFileSync(path.join(profile, 'External Extensions', `${appId}.json`), JSON.stringify({ external_update_url: `${baseUrl}updates.xml` }));
    // Control: the same CRX with one byte of its signature changed, offered as a local file to another profile.
    const tampered = readFileSync(path.join(KIT, CRX_NAME));
    const inSignature = 12 + tampered.readUInt32LE(8) - 40;
    tampered[inSignature] = tampered[inSignature]! ^ 1;
    writeFileSync(path.join(work, 'tampered.crx'), tampered);
    const controlProfile = path.join(work, 'control-profile');
    mkdirSync(path.join(controlProfile, 'External Extensions'), { recursive: true });
    writeFileSync(path.join(controlProfile, 'External Extensions', `${appId}.json`), JSON.stringify({ external_crx: path.join(work, 'tampered.crx'), external_version: VERSION }));

    const installed = path.join(profile, 'Default/Extensions', appId, `${VERSION}_0`, 'manifest.json');
    const refused = path.join(controlProfile, 'Default/Extensions', appId);
    const browsers = [startChromium(profile), startChromium(controlProfile)];
    try {
      expect(await waitFor(() => existsSync(installed), 45_000)).toBe(true);
      // The control, reading a local file, would have been quicker still: 3 s more is ample.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(existsSync(refused)).toBe(false);
    } finally {
      await Promise.all(browsers.map((browser) => browser.stop()));
    }
    expect(JSON.parse(readFileSync(installed, 'utf8'))).toMatchObject({ version: VERSION, update_url: `${baseUrl}updates.xml` });
    expect(requests.some((url) => url.startsWith('/huashu/updates.xml?') && url.includes(`id%3D${appId}`))).toBe(true);
    expect(requests).toContain(`/huashu/${CRX_NAME}`);
  }, 90_000);
});
