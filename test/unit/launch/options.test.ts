import { describe, expect, it } from 'vitest';
import { parseRunnerOptions } from '../../../scripts/launch/options';

const PROJECT = '/home/agent/huashu';

describe('npm start options', () => {
  it('defaults to a window, the persistent demo profile and the usual ports', () => {
    expect(parseRunnerOptions([], {}, PROJECT)).toEqual({
      headless: false,
      fresh: false,
      profileDir: '/home/agent/huashu/.output/demo-profile',
      browser: undefined,
      loadVia: undefined,
      port: 5273,
      packPort: 5274,
      packToken: undefined,
      help: false,
    });
  });

  it('reads the HUASHU_* variables, and command-line options win over them', () => {
    const env = { HUASHU_HEADLESS: '1', HUASHU_PROFILE: '/tmp/p', HUASHU_BROWSER: '/usr/bin/chromium', HUASHU_LOAD_VIA: 'flag', HUASHU_PORT: '0', HUASHU_PACK_PORT: '8081' };
    expect(parseRunnerOptions([], env, PROJECT)).toMatchObject({ headless: true, profileDir: '/tmp/p', browser: '/usr/bin/chromium', loadVia: 'flag', port: 0, packPort: 8081 });
    expect(parseRunnerOptions(['--profile', '/srv/q', '--load-via=cdp', '--browser', '/opt/edge', '--fresh'], env, PROJECT)).toMatchObject({
      profileDir: '/srv/q',
      loadVia: 'cdp',
      browser: '/opt/edge',
      fresh: true,
    });
    expect(parseRunnerOptions([], { HUASHU_HEADLESS: '0' }, PROJECT).headless).toBe(false);
    expect(parseRunnerOptions(['--headless'], {}, PROJECT).headless).toBe(true);
  });

  it('explains a wrong option in Chinese', () => {
    expect(() => parseRunnerOptions(['--fast'], {}, PROJECT)).toThrow('未知选项 --fast（npm start -- --help 查看可用选项）');
    expect(() => parseRunnerOptions(['--profile'], {}, PROJECT)).toThrow('选项 --profile 的取值不对');
    expect(() => parseRunnerOptions(['--load-via', 'pipe'], {}, PROJECT)).toThrow('--load-via 只能是 cdp 或 flag，现在是「pipe」');
    expect(() => parseRunnerOptions([], { HUASHU_PORT: '80a' }, PROJECT)).toThrow('HUASHU_PORT 应为 0–65535 之间的整数，现在是「80a」');
  });
});
