import { describe, expect, it } from 'vitest';
import { describeDiscovery, discoverBrowser, familyOf, readVersionText, versionNumber } from '../../../scripts/launch/browsers';
import { fakeHost, plist } from './fake-host';

const PROJECT = '/home/agent/code/huashu';
const DEBIAN_CHROMIUM = { version: 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)\n' };

describe('browser discovery on Linux', () => {
  it("takes Debian's Chromium from PATH and loads with --load-extension", () => {
    const host = fakeHost('linux', { '/usr/bin/chromium': DEBIAN_CHROMIUM });
    const found = discoverBrowser(host, { projectDir: PROJECT });
    expect(found.chosen).toMatchObject({ candidate: { name: 'Chromium', path: '/usr/bin/chromium' }, route: 'flag' });
    expect(found.skipped).toEqual([]);
    expect(found.missing).toContain('Google Chrome');
    expect(describeDiscovery(found, 'linux')[0]).toBe('浏览器：Chromium 156.0.8078.114（/usr/bin/chromium），用 --load-extension 加载');
  });

  it('loads into branded Chrome 137 or later over the DevTools pipe, older Chrome by flag', () => {
    const chrome = (version: string) => fakeHost('linux', { '/usr/bin/google-chrome': { version: `Google Chrome ${version}` } });
    const recent = discoverBrowser(chrome('140.0.7339.80'), { projectDir: PROJECT }).chosen!;
    expect(recent.route).toBe('cdp');
    expect(recent.routeReason).toContain('Chrome 137 起忽略 --load-extension');
    expect(discoverBrowser(chrome('137.0.7151.55'), { projectDir: PROJECT }).chosen!.route).toBe('cdp');
    expect(discoverBrowser(chrome('136.0.7103.113'), { projectDir: PROJECT }).chosen!.route).toBe('flag');
  });

  it('treats a Chrome whose version cannot be read as 137 or later', () => {
    const found = discoverBrowser(fakeHost('linux', { '/opt/google/chrome/chrome': { version: null } }), { projectDir: PROJECT });
    expect(found.chosen).toMatchObject({ route: 'cdp', versionText: null });
    expect(found.chosen!.routeReason).toContain('读不到版本号');
  });

  it('skips a browser too old for the side panel, says why, and takes the next one', () => {
    const host = fakeHost('linux', {
      '/usr/bin/chromium': { version: 'Chromium 110.0.5481.177' },
      '/opt/microsoft/msedge/msedge': { version: 'Microsoft Edge 137.0.3296.62' },
    });
    const found = discoverBrowser(host, { projectDir: PROJECT });
    expect(found.chosen).toMatchObject({ candidate: { name: 'Microsoft Edge' }, route: 'flag' });
    expect(found.skipped).toEqual([
      { candidate: expect.objectContaining({ path: '/usr/bin/chromium' }), reason: '版本 110.0.5481.177 太旧：侧边栏需要 116 或更新的版本' },
    ]);
    expect(describeDiscovery(found, 'linux')).toEqual([
      '浏览器：Microsoft Edge 137.0.3296.62（/opt/microsoft/msedge/msedge），用 --load-extension 加载',
      '  跳过 Chromium（/usr/bin/chromium）：版本 110.0.5481.177 太旧：侧边栏需要 116 或更新的版本',
    ]);
  });

  it('names one browser reached by two paths once, and lists usable browsers after the chosen one without running them', () => {
    const oldChrome = { version: 'Google Chrome 100.0.4896.60' };
    const host = fakeHost('linux', {
      '/usr/bin/google-chrome': oldChrome,
      '/opt/google/chrome/chrome': oldChrome,
      '/opt/microsoft/msedge/msedge': { version: 'Microsoft Edge 131.0.2903.51' },
      '/usr/bin/brave-browser': { version: 'Brave Browser 131.1.73.89' },
    });
    const found = discoverBrowser(host, { projectDir: PROJECT });
    expect(found.skipped.map((s) => s.candidate.path)).toEqual(['/usr/bin/google-chrome']);
    expect(found.chosen!.candidate.name).toBe('Microsoft Edge');
    expect(found.alsoFound.map((c) => c.path)).toEqual(['/usr/bin/brave-browser']);
    expect(host.runs).not.toContain('/usr/bin/brave-browser');
  });

  it('skips a snap Chromium (also behind Ubuntu\'s chromium-browser script) when the project is outside the home folder', () => {
    const files = {
      '/usr/bin/chromium-browser': { head: '#! /bin/sh\nexec /snap/bin/chromium "$@"\n', version: 'Chromium 140.0.7339.127 snap' },
      '/snap/bin/chromium': { version: 'Chromium 140.0.7339.127 snap' },
      '/usr/bin/google-chrome-stable': { version: 'Google Chrome 140.0.7339.127' },
    };
    const outside = discoverBrowser(fakeHost('linux', files), { projectDir: '/srv/huashu' });
    expect(outside.skipped.map((s) => s.candidate.path)).toEqual(['/usr/bin/chromium-browser']);
    expect(outside.skipped[0]!.reason).toContain('snap 版只能读主目录（/home/agent）');
    expect(outside.chosen).toMatchObject({ candidate: { name: 'Google Chrome' }, route: 'cdp' });

    const hidden = discoverBrowser(fakeHost('linux', files), { projectDir: '/home/agent/.projects/huashu' });
    expect(hidden.chosen!.candidate.name).toBe('Google Chrome');

    const inside = discoverBrowser(fakeHost('linux', files), { projectDir: PROJECT });
    expect(inside.chosen).toMatchObject({ candidate: { path: '/usr/bin/chromium-browser', packaging: 'snap' }, route: 'flag' });
  });

  it('skips Flatpak browsers with the override to run, and explains when nothing is usable', () => {
    const host = fakeHost('linux', { '/home/agent/.local/share/flatpak/exports/bin/com.google.Chrome': { version: 'Google Chrome 140.0.7339.80' } });
    const found = discoverBrowser(host, { projectDir: PROJECT });
    expect(found.chosen).toBeNull();
    expect(found.skipped[0]!.reason).toContain(`flatpak override --user --filesystem=${PROJECT} com.google.Chrome`);
    const text = describeDiscovery(found, 'linux');
    expect(text[0]).toMatch(/^没有找到能加载扩展的浏览器（在常见位置没有找到：Chromium、Microsoft Edge、/);
    expect(text.at(-1)).toContain('sudo apt-get install chromium');
  });

  it('honours --load-via: flag skips Chrome 137+, cdp applies to Chromium too', () => {
    const host = () =>
      fakeHost('linux', {
        '/usr/bin/google-chrome': { version: 'Google Chrome 140.0.7339.80' },
        '/usr/bin/microsoft-edge': { version: 'Microsoft Edge 140.0.3485.54' },
      });
    const flag = discoverBrowser(host(), { projectDir: PROJECT, loadVia: 'flag' });
    expect(flag.skipped[0]!.reason).toBe('Chrome 140.0.7339.80 会忽略 --load-extension（按 --load-via flag 的要求跳过）');
    expect(flag.chosen).toMatchObject({ candidate: { name: 'Microsoft Edge' }, route: 'flag' });

    const cdp = discoverBrowser(fakeHost('linux', { '/usr/bin/chromium': DEBIAN_CHROMIUM }), { projectDir: PROJECT, loadVia: 'cdp' });
    expect(cdp.chosen!.route).toBe('cdp');
  });

  it('does not compare Vivaldi\'s own version numbers with Chromium\'s', () => {
    const found = discoverBrowser(fakeHost('linux', { '/usr/bin/vivaldi': { version: 'Vivaldi 7.0.3495.29 stable' } }), { projectDir: PROJECT });
    expect(found.chosen).toMatchObject({ candidate: { name: 'Vivaldi' }, route: 'flag' });
  });
});

describe('browser discovery on macOS', () => {
  it('reads versions from Info.plist, finds apps in ~/Applications too', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const edge = '/Users/agent/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    const host = fakeHost(
      'darwin',
      {
        [chrome]: {},
        '/Applications/Google Chrome.app/Contents/Info.plist': { head: plist('138.0.7204.50') },
        [edge]: {},
      },
      { homedir: '/Users/agent', env: { PATH: '/usr/bin:/bin' } },
    );
    const found = discoverBrowser(host, { projectDir: '/Users/agent/huashu' });
    expect(found.chosen).toMatchObject({ candidate: { path: chrome }, versionText: '138.0.7204.50', route: 'cdp' });
    expect(found.alsoFound.map((c) => c.path)).toEqual([edge]);
    expect(host.runs).toEqual([]);
  });

  it('falls back to --version when the plist says nothing', () => {
    const edge = '/Applications/Microsoft Edge Beta.app/Contents/MacOS/Microsoft Edge Beta';
    const host = fakeHost('darwin', { [edge]: { version: 'Microsoft Edge 139.0.3405.13 beta' } }, { homedir: '/Users/agent' });
    expect(readVersionText(edge, host)).toBe('Microsoft Edge 139.0.3405.13 beta');
  });

  it('accepts Chrome for Testing, which keeps --load-extension', () => {
    const cft = '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    const host = fakeHost('darwin', { [cft]: { version: 'Google Chrome for Testing 140.0.7339.80' } }, { homedir: '/Users/agent' });
    expect(discoverBrowser(host, { projectDir: '/Users/agent/huashu' }).chosen).toMatchObject({ candidate: { family: 'chrome-for-testing' }, route: 'flag' });
  });
});

describe('browser discovery on Windows', () => {
  const env = {
    ProgramFiles: 'C:\\Program Files',
    'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    LOCALAPPDATA: 'C:\\Users\\agent\\AppData\\Local',
  };

  it('reads the version from the folder next to the .exe and never runs it', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const host = fakeHost(
      'win32',
      { [chrome]: {}, [edge]: {} },
      { env, homedir: 'C:\\Users\\agent', dirs: { 'C:\\Program Files\\Google\\Chrome\\Application': ['136.0.7103.114', '137.0.7151.56', 'SetupMetrics', 'chrome.exe'] } },
    );
    const found = discoverBrowser(host, { projectDir: 'C:\\Users\\agent\\huashu' });
    expect(found.chosen).toMatchObject({ candidate: { name: 'Google Chrome', path: chrome }, versionText: '137.0.7151.56', route: 'cdp' });
    expect(found.alsoFound.map((c) => c.path)).toEqual([edge]);
    expect(host.runs).toEqual([]);
  });

  it('uses Edge by flag when Chrome is not installed, per-user installs included', () => {
    const edgeCanary = 'C:\\Users\\agent\\AppData\\Local\\Microsoft\\Edge SxS\\Application\\msedge.exe';
    const chromeUser = 'C:\\Users\\agent\\AppData\\Local\\Google\\Chrome SxS\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const host = fakeHost('win32', { [edge]: {}, [chromeUser]: {}, [edgeCanary]: {} }, { env, dirs: { 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application': ['120.0.2210.91'] } });
    const found = discoverBrowser(host, { projectDir: 'C:\\huashu' });
    expect(found.chosen).toMatchObject({ candidate: { path: edge }, route: 'flag' });
    expect(found.alsoFound.map((c) => c.name)).toEqual(['Google Chrome Canary', 'Microsoft Edge Canary']);
  });
});

describe('a browser named with HUASHU_BROWSER', () => {
  it('is used as given, with the route from what it says it is', () => {
    const host = fakeHost('linux', { '/opt/custom/chrome': { version: 'Google Chrome 139.0.7258.66' } });
    const found = discoverBrowser(host, { projectDir: PROJECT, explicitPath: '/opt/custom/chrome' });
    expect(found.chosen).toMatchObject({ candidate: { family: 'chrome', path: '/opt/custom/chrome' }, route: 'cdp', named: true });
    expect(host.runs).toEqual(['/opt/custom/chrome']);
    expect(describeDiscovery(found, 'linux')).toEqual([
      '浏览器（你指定的）：Google Chrome 139.0.7258.66（/opt/custom/chrome），Chrome 137 起忽略 --load-extension，改用 DevTools 协议的 Extensions.loadUnpacked 加载',
    ]);
  });

  it('starts even when old, with a warning in the reason', () => {
    const host = fakeHost('linux', { '/opt/old/chromium': { version: 'Chromium 112.0.5615.49' } });
    const found = discoverBrowser(host, { projectDir: PROJECT, explicitPath: '/opt/old/chromium' });
    expect(found.chosen).toMatchObject({ route: 'flag' });
    expect(found.chosen!.routeReason).toBe('注意：版本 112.0.5615.49 太旧：侧边栏需要 116 或更新的版本；仍按你的指定启动');
  });

  it('says so when it is not there', () => {
    const found = discoverBrowser(fakeHost('linux', {}), { projectDir: PROJECT, explicitPath: '/nope/chrome' });
    expect(found.chosen).toBeNull();
    expect(describeDiscovery(found, 'linux')).toEqual(['指定的浏览器 /nope/chrome 不存在或不能执行（HUASHU_BROWSER / --browser）']);
  });
});

describe('versionNumber', () => {
  it('reads the dotted version out of what browsers print', () => {
    expect(versionNumber('Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)')).toBe('156.0.8078.114');
    expect(versionNumber('Microsoft Edge 137.0.3296.62 ')).toBe('137.0.3296.62');
    expect(versionNumber('no digits here')).toBeNull();
  });
});

describe('familyOf', () => {
  it('tells branded Chrome from Chromium, Chrome for Testing and Edge by what it printed or by its path', () => {
    expect(familyOf('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', '137.0.7151.56')).toBe('chrome');
    expect(familyOf('C:\\Users\\a\\AppData\\Local\\Chromium\\Application\\chrome.exe', '140.0.7339.0')).toBe('chromium');
    expect(familyOf('/opt/x/chrome', 'Google Chrome for Testing 140.0.7339.80')).toBe('chrome-for-testing');
    expect(familyOf('/usr/local/bin/browser', 'Microsoft Edge 140.0.3485.54')).toBe('edge');
    expect(familyOf('/usr/local/bin/browser', 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)')).toBe('chromium');
  });
});
