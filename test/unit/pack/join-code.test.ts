import { describe, expect, it } from 'vitest';
import { createJoinCode, parseJoinCode } from '../../../utils/pack/join-code';
import { exportPublicKey, generateTeamKey } from '../../../utils/pack/sign';

const publicKey = await exportPublicKey((await generateTeamKey()).publicKey);
const subscription = { url: 'https://cdn.example.com/packs/小满.json?v=1', publicKey };

describe('join codes', () => {
  it('round-trips the URL and the public key', () => {
    const code = createJoinCode(subscription);
    expect(code).toMatch(/^HS1\.[A-Za-z0-9_-]+$/);
    expect(parseJoinCode(code)).toEqual({ ok: true, subscription });
  });

  it('survives the spaces and line breaks a chat window adds', () => {
    const code = createJoinCode(subscription);
    const wrapped = ` ${code.slice(0, 40)}\n${code.slice(40, 90)} ${code.slice(90)}\n`;
    expect(parseJoinCode(wrapped)).toEqual({ ok: true, subscription });
  });

  it('allows plain http only for this machine', () => {
    const local = { url: 'http://127.0.0.1:8787/packs/demo.json', publicKey };
    expect(parseJoinCode(createJoinCode(local))).toEqual({ ok: true, subscription: local });
    expect(() => createJoinCode({ url: 'http://example.com/p.json', publicKey })).toThrow('https://');
  });

  it('explains every broken code in Chinese', () => {
    const code = createJoinCode(subscription);
    const errorOf = (text: string) => {
      const result = parseJoinCode(text);
      return result.ok ? null : result.error;
    };
    expect(errorOf('')).toContain('请粘贴');
    expect(errorOf('HS2.abc')).toContain('HS1.');
    expect(errorOf(code.slice(0, code.length - 7))).toContain('损坏');
    const encode = (value: unknown) => `HS1.${btoa(JSON.stringify(value)).replace(/=+$/, '')}`;
    expect(errorOf(encode({ u: 'ftp://x/p.json', k: publicKey }))).toContain('地址无效');
    expect(errorOf(encode({ u: subscription.url.replace(/[^\x00-\x7f]/g, 'x'), k: publicKey.slice(4) }))).toContain('公钥无效');
  });
});
