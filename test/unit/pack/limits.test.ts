// Hostile shapes a pack may take: nesting deep enough to overflow any recursive reader, and sizes just
// over the limit. Every refusal is the documented code with a Chinese message.
import { describe, expect, it } from 'vitest';
import { sizeOverLimit, tooDeepAt } from '../../../utils/pack/limits';
import { readPack } from '../../../utils/pack/parse';
import { generateTeamKey, keyIdOf, signPack, verifyPack } from '../../../utils/pack/sign';
import { DEFAULT_LIMITS } from '../../../utils/pack/types';
import { validatePackContent } from '../../../utils/pack/validate';
import { unsignedPack } from './fixtures';

const team = await generateTeamKey();
const keyId = await keyIdOf(team.publicKey);

/** `levels` arrays inside one another, as text: JSON.parse reads it, anything recursive overflows on it. */
const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** A pack whose envelope looks right and whose phrases are nested `levels` deep. */
async function deepPackText(levels: number): Promise<string> {
  const signed = JSON.stringify(await signPack(unsignedPack(1), team.privateKey, keyId));
  return signed.replace(/"phrases":\[.*?\],"rules"/, `"phrases":${nested(levels)},"rules"`);
}

describe('nesting depth', () => {
  it('finds where a value nests too deep without recursing, even 100,000 levels down', () => {
    const value = JSON.parse(`{"meta":{},"phrases":${nested(100_000)}}`) as unknown;
    expect(tooDeepAt(value, 32)).toBe('phrases');
    expect(tooDeepAt(JSON.parse(nested(32)), 32)).toBeUndefined();
    expect(tooDeepAt(JSON.parse(nested(33)), 32)).toBe('[0]');
    expect(tooDeepAt(JSON.parse(`{"a":${nested(31)}}`), 32)).toBeUndefined();
    expect(tooDeepAt('text', 1)).toBeUndefined();
  });

  it('readPack refuses a pack nested 100,000 levels deep as bad-json, naming the limit in Chinese', async () => {
    const result = await readPack(await deepPackText(100_000), team.publicKey);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad-json');
    expect(result.error.message).toBe('话术包的 JSON 嵌套超过 32 层的上限（在 phrases 中），不是有效的话术包');
  });

  it('accepts every real pack shape: a selector set is far from the limit', async () => {
    const pack = unsignedPack(2);
    pack.selectors = [
      {
        platform: 'pdd',
        hostPattern: 'mms.pinduoduo.com',
        version: 2,
        selectors: {
          messageList: ['#list'],
          messageRow: '.row',
          directions: [{ match: ['.buyer', '.left'], direction: 'buyer' }],
          buyerName: { selector: ['.name'], attr: 'title' },
          input: 'textarea',
        },
      },
    ];
    const text = JSON.stringify(await signPack(pack, team.privateKey, keyId));
    expect((await readPack(text, team.publicKey)).ok).toBe(true);
    // The limit is a parameter like the others.
    const tight = await verifyPack(text, team.publicKey, { maxBytes: DEFAULT_LIMITS.maxBytes, maxDepth: 4 });
    expect(tight.ok ? null : tight.error.code).toBe('bad-json');
  });

  it('the content check (lint, sign, build) refuses it as a schema error with its path', () => {
    const value = JSON.parse(`{"format":"huashu-pack","formatVersion":1,"rules":${nested(100_000)}}`) as Record<string, unknown>;
    const result = validatePackContent(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('schema');
    expect(result.error.details).toEqual(['rules: JSON 嵌套超过 32 层的上限']);
  });
});

describe('size messages', () => {
  const MB = 1024 * 1024;

  it('show two decimals, enough to tell 5.01 MB from the 5 MB limit', () => {
    expect(sizeOverLimit(Math.round(5.01 * MB), 5 * MB)).toBe('5.01 MB，上限为 5.00 MB');
  });

  it('show bytes when two decimals would print the same number for both', () => {
    expect(sizeOverLimit(5 * MB + 1, 5 * MB)).toBe('5,242,881 字节，上限为 5,242,880 字节（5.00 MB）');
    expect(sizeOverLimit(5 * MB + 4000, 5 * MB, true)).toBe('至少 5,246,880 字节，上限为 5,242,880 字节（5.00 MB）');
  });

  it('readPack says how large the refused file is, distinctly from the limit', async () => {
    const text = JSON.stringify(await signPack(unsignedPack(20), team.privateKey, keyId));
    const bytes = new TextEncoder().encode(text).length;
    const result = await readPack(text, team.publicKey, { maxBytes: bytes - 3 });
    expect(result.ok ? null : result.error).toEqual({
      code: 'too-large',
      message: `话术包过大（${bytes.toLocaleString('en-US')} 字节，上限为 ${(bytes - 3).toLocaleString('en-US')} 字节（0.01 MB））`,
    });
  });
});
