// Finds a Chromium-family browser that can run the demo extension, and decides how to load it.
// Pure: the file system, environment and `--version` runs come in through HostIo, so tests use fake installs.
import path from 'node:path';

/** chrome = Google-branded Chrome (any channel); chrome-for-testing is unbranded and keeps --load-extension. */
export type BrowserFamily = 'chromium' | 'chrome' | 'chrome-for-testing' | 'edge' | 'brave' | 'vivaldi';
/** flag = `--load-extension`; cdp = `--remote-debugging-pipe` + DevTools `Extensions.loadUnpacked`. */
export type LoadRoute = 'flag' | 'cdp';
export type Packaging = 'native' | 'snap' | 'flatpak';

export interface BrowserCandidate {
  /** Shown to the user, e.g. "Google Chrome Beta". */
  name: string;
  family: BrowserFamily;
  path: string;
  packaging: Packaging;
}

export interface HostIo {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homedir: string;
  exists(file: string): boolean;
  /** Entry names of a directory; [] when it cannot be read. */
  readdir(dir: string): string[];
  /** The start of a file (enough for a script's first lines or an Info.plist) as text, or null. */
  readFile(file: string): string | null;
  /** Standard output of `file args…`, or null when it fails or times out. */
  run(file: string, args: string[]): string | null;
}

/** `chrome.sidePanel.setPanelBehavior`, which the background calls at start, arrived in Chromium 116. */
export const MIN_MAJOR = 116;
/** Branded Google Chrome ignores `--load-extension` from this version on. */
export const CHROME_FLAG_REMOVED_MAJOR = 137;

interface BrowserSpec {
  name: string;
  family: BrowserFamily;
  linux?: { commands?: string[]; paths?: string[]; snap?: string; flatpak?: string };
  /** App bundle name and executable inside Contents/MacOS. */
  mac?: { app: string; exe: string };
  /** Paths under %ProgramFiles%, %ProgramFiles(x86)% or %LocalAppData%. */
  windows?: { roots: WindowsRoot[]; rel: string };
}

type WindowsRoot = 'ProgramFiles' | 'ProgramFiles(x86)' | 'LocalAppData';
const ALL_ROOTS: WindowsRoot[] = ['ProgramFiles', 'ProgramFiles(x86)', 'LocalAppData'];

// In order of preference: Chromium (what the tests run), the stable Chrome and Edge most people have, their
// other channels, then other Chromium-based browsers.
const BROWSERS: BrowserSpec[] = [
  {
    name: 'Chromium',
    family: 'chromium',
    linux: { commands: ['chromium', 'chromium-browser'], paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], snap: 'chromium', flatpak: 'org.chromium.Chromium' },
    mac: { app: 'Chromium', exe: 'Chromium' },
    windows: { roots: ['LocalAppData', 'ProgramFiles'], rel: 'Chromium\\Application\\chrome.exe' },
  },
  {
    name: 'Google Chrome',
    family: 'chrome',
    linux: { commands: ['google-chrome', 'google-chrome-stable'], paths: ['/opt/google/chrome/chrome'], flatpak: 'com.google.Chrome' },
    mac: { app: 'Google Chrome', exe: 'Google Chrome' },
    windows: { roots: ALL_ROOTS, rel: 'Google\\Chrome\\Application\\chrome.exe' },
  },
  {
    name: 'Microsoft Edge',
    family: 'edge',
    linux: { commands: ['microsoft-edge', 'microsoft-edge-stable'], paths: ['/opt/microsoft/msedge/msedge'], flatpak: 'com.microsoft.Edge' },
    mac: { app: 'Microsoft Edge', exe: 'Microsoft Edge' },
    windows: { roots: ['ProgramFiles(x86)', 'ProgramFiles', 'LocalAppData'], rel: 'Microsoft\\Edge\\Application\\msedge.exe' },
  },
  {
    name: 'Google Chrome Beta',
    family: 'chrome',
    linux: { commands: ['google-chrome-beta'], paths: ['/opt/google/chrome-beta/chrome'] },
    mac: { app: 'Google Chrome Beta', exe: 'Google Chrome Beta' },
    windows: { roots: ALL_ROOTS, rel: 'Google\\Chrome Beta\\Application\\chrome.exe' },
  },
  {
    name: 'Google Chrome Dev',
    family: 'chrome',
    linux: { commands: ['google-chrome-unstable'], paths: ['/opt/google/chrome-unstable/chrome'] },
    mac: { app: 'Google Chrome Dev', exe: 'Google Chrome Dev' },
    windows: { roots: ALL_ROOTS, rel: 'Google\\Chrome Dev\\Application\\chrome.exe' },
  },
  {
    name: 'Google Chrome Canary',
    family: 'chrome',
    linux: { commands: ['google-chrome-canary'], paths: ['/opt/google/chrome-canary/chrome'] },
    mac: { app: 'Google Chrome Canary', exe: 'Google Chrome Canary' },
    windows: { roots: ['LocalAppData'], rel: 'Google\\Chrome SxS\\Application\\chrome.exe' },
  },
  {
    name: 'Microsoft Edge Beta',
    family: 'edge',
    linux: { commands: ['microsoft-edge-beta'], paths: ['/opt/microsoft/msedge-beta/msedge'] },
    mac: { app: 'Microsoft Edge Beta', exe: 'Microsoft Edge Beta' },
    windows: { roots: ['ProgramFiles(x86)', 'ProgramFiles'], rel: 'Microsoft\\Edge Beta\\Application\\msedge.exe' },
  },
  {
    name: 'Microsoft Edge Dev',
    family: 'edge',
    linux: { commands: ['microsoft-edge-dev'], paths: ['/opt/microsoft/msedge-dev/msedge'] },
    mac: { app: 'Microsoft Edge Dev', exe: 'Microsoft Edge Dev' },
    windows: { roots: ['ProgramFiles(x86)', 'ProgramFiles'], rel: 'Microsoft\\Edge Dev\\Application\\msedge.exe' },
  },
  {
    name: 'Microsoft Edge Canary',
    family: 'edge',
    mac: { app: 'Microsoft Edge Canary', exe: 'Microsoft Edge Canary' },
    windows: { roots: ['LocalAppData'], rel: 'Microsoft\\Edge SxS\\Application\\msedge.exe' },
  },
  {
    name: 'Google Chrome for Testing',
    family: 'chrome-for-testing',
    mac: { app: 'Google Chrome for Testing', exe: 'Google Chrome for Testing' },
  },
  {
    name: 'Brave',
    family: 'brave',
    linux: { commands: ['brave-browser', 'brave'], paths: ['/opt/brave.com/brave/brave'], snap: 'brave', flatpak: 'com.brave.Browser' },
    mac: { app: 'Brave Browser', exe: 'Brave Browser' },
    windows: { roots: ALL_ROOTS, rel: 'BraveSoftware\\Brave-Browser\\Application\\brave.exe' },
  },
  {
    name: 'Vivaldi',
    family: 'vivaldi',
    linux: { commands: ['vivaldi', 'vivaldi-stable'], paths: ['/opt/vivaldi/vivaldi'] },
    mac: { app: 'Vivaldi', exe: 'Vivaldi' },
    windows: { roots: ['LocalAppData', 'ProgramFiles'], rel: 'Vivaldi\\Application\\vivaldi.exe' },
  },
];

/** Environment lookup that ignores case, as Windows does. */
function envValue(env: HostIo['env'], name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? env[key] : undefined;
}

/** Every place each browser is usually installed on this platform, in order of preference. */
export function candidateLocations(io: Pick<HostIo, 'platform' | 'env' | 'homedir'>): BrowserCandidate[][] {
  return BROWSERS.map((spec) => locationsOf(spec, io)).filter((list) => list.length > 0);
}

function locationsOf(spec: BrowserSpec, io: Pick<HostIo, 'platform' | 'env' | 'homedir'>): BrowserCandidate[] {
  const at = (file: string, packaging: Packaging = 'native'): BrowserCandidate => ({ name: spec.name, family: spec.family, path: file, packaging });
  if (io.platform === 'darwin') {
    if (!spec.mac) return [];
    const { app, exe } = spec.mac;
    return ['/Applications', path.posix.join(io.homedir, 'Applications')].map((dir) =>
      at(path.posix.join(dir, `${app}.app`, 'Contents', 'MacOS', exe)),
    );
  }
  if (io.platform === 'win32') {
    if (!spec.windows) return [];
    const { roots, rel } = spec.windows;
    return roots.flatMap((root) => {
      const base = envValue(io.env, root);
      return base ? [at(path.win32.join(base, rel))] : [];
    });
  }
  // Linux and the BSDs: names on PATH, the vendors' fixed folders, then the sandboxed packages.
  if (!spec.linux) return [];
  const { commands = [], paths = [], snap, flatpak } = spec.linux;
  const pathDirs = (envValue(io.env, 'PATH') ?? '').split(':').filter((dir) => dir.startsWith('/'));
  const found = [
    ...commands.flatMap((command) => pathDirs.map((dir) => at(path.posix.join(dir, command)))),
    ...paths.map((file) => at(file)),
    ...(snap ? [at(`/snap/bin/${snap}`, 'snap')] : []),
    ...(flatpak
      ? [
          at(`/var/lib/flatpak/exports/bin/${flatpak}`, 'flatpak'),
          at(path.posix.join(io.homedir, '.local/share/flatpak/exports/bin', flatpak), 'flatpak'),
        ]
      : []),
  ];
  return found.filter((candidate, index) => found.findIndex((other) => other.path === candidate.path) === index);
}

/**
 * The browser's version text ("Google Chrome 137.0.7151.55", "Chromium 156.0.8078.114"), read without
 * starting a window where the platform allows: Windows keeps it as a folder name next to the .exe (and the
 * .exe prints nothing for --version), macOS in the app's Info.plist.
 */
export function readVersionText(file: string, io: HostIo): string | null {
  if (io.platform === 'win32') {
    const versions = io.readdir(path.win32.dirname(file)).filter((entry) => /^\d+(\.\d+){3}$/.test(entry));
    return versions.sort(compareVersions).at(-1) ?? null;
  }
  if (io.platform === 'darwin') {
    const plist = io.readFile(path.posix.join(file, '..', '..', 'Info.plist'));
    const version = plist && /<key>CFBundleShortVersionString<\/key>\s*<string>([^<]+)<\/string>/.exec(plist)?.[1];
    if (version) return version;
  }
  return io.run(file, ['--version'])?.trim() || null;
}

function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff) return diff;
  }
  return 0;
}

/** "156.0.8078.114" out of whatever the browser printed; null when there is no dotted version. */
export function versionNumber(text: string | null): string | null {
  return text ? (/\b(\d+(?:\.\d+){1,3})\b/.exec(text)?.[1] ?? null) : null;
}

/** Brave and Vivaldi print their own version numbers, not Chromium's, so only these are compared. */
const CHROMIUM_NUMBERED: BrowserFamily[] = ['chromium', 'chrome', 'chrome-for-testing', 'edge'];

function chromiumMajor(family: BrowserFamily, versionText: string | null): number | null {
  const version = versionNumber(versionText);
  return version && CHROMIUM_NUMBERED.includes(family) ? Number(version.split('.')[0]) : null;
}

const FAMILY_NAMES: Record<BrowserFamily, string> = {
  chromium: 'Chromium',
  chrome: 'Google Chrome',
  'chrome-for-testing': 'Google Chrome for Testing',
  edge: 'Microsoft Edge',
  brave: 'Brave',
  vivaldi: 'Vivaldi',
};

/** Family of a browser the user named by path: from what it printed for --version, else from the path. */
export function familyOf(file: string, versionText: string | null): BrowserFamily {
  const text = `${versionText ?? ''}\n${file}`.toLowerCase();
  if (/chrome for testing|chrome-for-testing/.test(text)) return 'chrome-for-testing';
  if (/microsoft edge|msedge|microsoft-edge/.test(text)) return 'edge';
  if (/^google chrome|google[\\/ -]chrome/m.test(text)) return 'chrome';
  if (text.includes('brave')) return 'brave';
  if (text.includes('vivaldi')) return 'vivaldi';
  return 'chromium';
}

export interface BrowserChoice {
  candidate: BrowserCandidate;
  /** What the browser reported, e.g. "Chromium 156.0.8078.114 built on Debian…"; null when unknown. */
  versionText: string | null;
  route: LoadRoute;
  /** Why this route, in Chinese. */
  routeReason: string;
  /** Named by the user (HUASHU_BROWSER / --browser) rather than found. */
  named: boolean;
}

export interface Skipped {
  candidate: BrowserCandidate;
  reason: string;
}

export interface Discovery {
  chosen: BrowserChoice | null;
  /** Installed but unusable, with the reason (Chinese). */
  skipped: Skipped[];
  /** Usable installs after the chosen one (not probed further), one per browser. */
  alsoFound: BrowserCandidate[];
  /** Browsers with no install in any usual place. */
  missing: string[];
  /** The browser the user named, when it is not there. */
  explicitMissing?: string;
}

export interface DiscoverOptions {
  /** The project folder: sandboxed packages must be able to read it. */
  projectDir: string;
  /** A route the user asked for; otherwise chosen per browser. */
  loadVia?: LoadRoute;
  /** HUASHU_BROWSER / --browser: used as given, never skipped. */
  explicitPath?: string;
}

/** Decides how a browser loads the extension, or why it cannot. */
export function evaluate(
  candidate: BrowserCandidate,
  versionText: string | null,
  options: Pick<DiscoverOptions, 'loadVia' | 'projectDir'>,
  io: Pick<HostIo, 'homedir'>,
): { ok: true; route: LoadRoute; routeReason: string } | { ok: false; reason: string } {
  if (candidate.packaging === 'flatpak') {
    const appId = path.posix.basename(candidate.path);
    return {
      ok: false,
      reason: `Flatpak 沙盒读不到项目文件夹（可先运行 flatpak override --user --filesystem=${options.projectDir} ${appId}，再用 HUASHU_BROWSER=${candidate.path} 指定）`,
    };
  }
  if (candidate.packaging === 'snap' && !snapCanRead(options.projectDir, io.homedir)) {
    return { ok: false, reason: `snap 版只能读主目录（${io.homedir}）里不以 . 开头的文件夹，而项目在 ${options.projectDir}` };
  }
  const major = chromiumMajor(candidate.family, versionText);
  const version = versionNumber(versionText);
  if (major !== null && major < MIN_MAJOR) {
    return { ok: false, reason: `版本 ${version} 太旧：侧边栏需要 ${MIN_MAJOR} 或更新的版本` };
  }
  const flagIgnored = candidate.family === 'chrome' && (major === null || major >= CHROME_FLAG_REMOVED_MAJOR);
  if (options.loadVia === 'flag') {
    if (flagIgnored && major !== null) return { ok: false, reason: `Chrome ${version} 会忽略 --load-extension（按 --load-via flag 的要求跳过）` };
    return { ok: true, route: 'flag', routeReason: '按 --load-via flag 的要求，用 --load-extension 加载' };
  }
  if (options.loadVia === 'cdp') {
    return { ok: true, route: 'cdp', routeReason: '按 --load-via cdp 的要求，用 DevTools 协议的 Extensions.loadUnpacked 加载' };
  }
  if (flagIgnored) {
    const why = major === null ? '读不到版本号，按 Chrome 137 及以后处理' : `Chrome ${CHROME_FLAG_REMOVED_MAJOR} 起忽略 --load-extension`;
    return { ok: true, route: 'cdp', routeReason: `${why}，改用 DevTools 协议的 Extensions.loadUnpacked 加载` };
  }
  return { ok: true, route: 'flag', routeReason: '用 --load-extension 加载' };
}

/** Ubuntu's /usr/bin/chromium-browser is a script that starts the snap. */
function isSnapShim(candidate: BrowserCandidate, io: HostIo): boolean {
  if (io.platform !== 'linux' || candidate.packaging !== 'native') return false;
  const head = io.readFile(candidate.path);
  return !!head?.startsWith('#!') && head.includes('/snap/bin/');
}

/** Snap's `home` interface covers the home folder except hidden top-level entries (and ~/snap itself). */
function snapCanRead(dir: string, homedir: string): boolean {
  const relative = path.posix.relative(homedir, dir);
  if (!relative || relative.startsWith('..') || path.posix.isAbsolute(relative)) return false;
  const top = relative.split('/')[0]!;
  return !top.startsWith('.') && top !== 'snap';
}

/** Walks the usual install places and picks the first browser that can load the extension. */
export function discoverBrowser(io: HostIo, options: DiscoverOptions): Discovery {
  if (options.explicitPath) {
    const file = options.explicitPath;
    if (!io.exists(file)) return { chosen: null, skipped: [], alsoFound: [], missing: [], explicitMissing: file };
    const versionText = readVersionText(file, io);
    const family = familyOf(file, versionText);
    const candidate: BrowserCandidate = { name: FAMILY_NAMES[family], family, path: file, packaging: 'native' };
    // The user's own choice is never skipped for being sandboxed or old: they may have set it up.
    const verdict = evaluate(candidate, versionText, options, io);
    const route = verdict.ok ? verdict.route : (options.loadVia ?? (candidate.family === 'chrome' ? 'cdp' : 'flag'));
    const routeReason = verdict.ok ? verdict.routeReason : `注意：${verdict.reason}；仍按你的指定启动`;
    return { chosen: { candidate, versionText, route, routeReason, named: true }, skipped: [], alsoFound: [], missing: [] };
  }

  const result: Discovery = { chosen: null, skipped: [], alsoFound: [], missing: [] };
  for (const locations of candidateLocations(io)) {
    const installed = locations.filter((candidate) => io.exists(candidate.path));
    if (installed.length === 0) {
      result.missing.push(locations[0]!.name);
      continue;
    }
    if (result.chosen) {
      result.alsoFound.push(installed[0]!);
      continue;
    }
    for (const found of installed) {
      const candidate = isSnapShim(found, io) ? { ...found, packaging: 'snap' as const } : found;
      const versionText = readVersionText(candidate.path, io);
      const verdict = evaluate(candidate, versionText, options, io);
      if (verdict.ok) {
        result.chosen = { candidate, versionText, route: verdict.route, routeReason: verdict.routeReason, named: false };
        break;
      }
      // The same browser reached by a second path (a PATH link and its target) is skipped once.
      const seen = result.skipped.some((s) => s.candidate.name === candidate.name && s.reason === verdict.reason);
      if (!seen) result.skipped.push({ candidate, reason: verdict.reason });
    }
  }
  return result;
}

function label(candidate: BrowserCandidate, versionText: string | null = null): string {
  const version = versionNumber(versionText);
  return `${candidate.name}${version ? ` ${version}` : ''}（${candidate.path}）`;
}

/** What the runner prints about its choice: the chosen browser and route, what was skipped and why, what else is there. */
export function describeDiscovery(discovery: Discovery, platform: NodeJS.Platform): string[] {
  const { chosen, skipped, alsoFound, missing } = discovery;
  const lines: string[] = [];
  if (chosen) lines.push(`浏览器${chosen.named ? '（你指定的）' : ''}：${label(chosen.candidate, chosen.versionText)}，${chosen.routeReason}`);
  for (const { candidate, reason } of skipped) lines.push(`  跳过 ${label(candidate)}：${reason}`);
  for (const candidate of alsoFound) lines.push(`  也装有 ${label(candidate)}，想用它可设 HUASHU_BROWSER=${JSON.stringify(candidate.path)}`);
  if (chosen) return lines;
  if (discovery.explicitMissing) return [`指定的浏览器 ${discovery.explicitMissing} 不存在或不能执行（HUASHU_BROWSER / --browser）`];
  const install =
    platform === 'darwin' || platform === 'win32'
      ? '请安装 Google Chrome 或 Microsoft Edge'
      : '请安装 Chromium（Debian/Ubuntu：sudo apt-get install chromium）、Google Chrome 或 Microsoft Edge';
  return [
    `没有找到能加载扩展的浏览器${missing.length ? `（在常见位置没有找到：${missing.join('、')}）` : ''}`,
    ...lines,
    `${install}，或用 HUASHU_BROWSER=浏览器程序的路径 指定。`,
  ];
}
