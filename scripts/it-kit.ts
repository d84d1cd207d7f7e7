// `npm run zip` ends here: after WXT's store zips, the kit an IT department deploys from its own web server
// (README, 企业部署). Writes .output/it/: a signed huashu-<version>.crx whose manifest points at updates.xml, the
// update manifest, and policy examples for Chrome and Edge on Linux (JSON) and Windows (.reg).
//
//   HUASHU_UPDATE_BASE_URL   where IT will serve the two files (default https://intranet.example.com/huashu/)
//   HUASHU_CRX_KEY           the RSA signing key (PEM). The extension id is derived from it, so keep it for
//                            every release; default .keys/huashu-crx.pem, created on first use (never committed).
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { extensionId, packCrx3 } from './release/crx';
import { policyFiles, updateManifest, type Release } from './release/policies';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD_DIR = path.join(ROOT, '.output/chrome-mv3');
const KIT_DIR = path.join(ROOT, '.output/it');
const DEFAULT_BASE_URL = 'https://intranet.example.com/huashu/';

function signingKey(): string {
  const file = path.resolve(process.env.HUASHU_CRX_KEY ?? path.join(ROOT, '.keys/huashu-crx.pem'));
  if (existsSync(file)) return readFileSync(file, 'utf8');
  if (process.env.HUASHU_CRX_KEY) throw new Error(`找不到 HUASHU_CRX_KEY 指向的签名密钥：${file}`);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, pem, { mode: 0o600 });
  process.stderr.write(`已生成新的 CRX 签名密钥 ${file}：扩展 ID 由它决定，以后每次发布都要用同一个密钥，请妥善备份，不要提交到代码库。\n`);
  return pem;
}

/** Every file of the built extension, by its path inside the zip. */
function filesOf(dir: string, prefix = ''): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(files, filesOf(full, `${prefix}${name}/`));
    else files[`${prefix}${name}`] = readFileSync(full);
  }
  return files;
}

const manifestFile = path.join(BUILD_DIR, 'manifest.json');
if (!existsSync(manifestFile)) throw new Error(`${BUILD_DIR} 不存在：请先运行 wxt zip（npm run zip 会依次运行）`);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string; minimum_chrome_version: string };
const baseUrl = (process.env.HUASHU_UPDATE_BASE_URL ?? DEFAULT_BASE_URL).replace(/\/?$/, '/');
if (!/^https?:\/\//.test(baseUrl)) throw new Error(`HUASHU_UPDATE_BASE_URL 必须是 http(s) 地址，收到 ${baseUrl}`);

const key = signingKey();
const crxName = `huashu-${manifest.version}.crx`;
const release: Release = {
  appId: extensionId(key),
  version: manifest.version,
  updateUrl: `${baseUrl}updates.xml`,
  crxUrl: `${baseUrl}${crxName}`,
  minimumChromeVersion: manifest.minimum_chrome_version,
};

// The self-hosted package names its update manifest, so Chrome and Edge keep polling IT's server after the
// policy installed it. The store zips leave update_url out: the stores serve their own updates.
const files = filesOf(BUILD_DIR);
files['manifest.json'] = Buffer.from(`${JSON.stringify({ ...manifest, update_url: release.updateUrl }, null, 2)}\n`);
const zip = Buffer.from(zipSync(files, { level: 9, mtime: new Date('2000-01-01T00:00:00Z') }));

rmSync(KIT_DIR, { recursive: true, force: true });
mkdirSync(path.join(KIT_DIR, 'policies'), { recursive: true });
writeFileSync(path.join(KIT_DIR, crxName), packCrx3(zip, key));
writeFileSync(path.join(KIT_DIR, 'updates.xml'), updateManifest(release));
for (const [name, text] of Object.entries(policyFiles(release))) writeFileSync(path.join(KIT_DIR, 'policies', name), text);
process.stdout.write(
  `企业部署包：${path.relative(ROOT, KIT_DIR)}/\n` +
    `  扩展 ID ${release.appId}，版本 ${release.version}\n` +
    `  把 ${crxName} 和 updates.xml 放到 ${baseUrl}，再按 policies/ 里的示例下发策略（见 README「企业部署」）\n`,
);
