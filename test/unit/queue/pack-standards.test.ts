// A team pack's optional service standards: validated with paths, kept through build, sign and read.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../utils/pack/build';
import { readPack } from '../../../utils/pack/parse';
import { generateTeamKey, keyIdOf, signPack } from '../../../utils/pack/sign';

const meta = { id: 'shop', name: '小店', version: 3, publisher: '' };

describe('standards in a team pack', () => {
  it('are optional, and travel through signing and reading', async () => {
    expect(buildPack({ meta, phrases: [] })).toMatchObject({ ok: true, pack: expect.not.objectContaining({ standards: expect.anything() }) });
    const built = buildPack({ meta, phrases: [], standards: { waitLimitSeconds: { default: 120, kuaishou: 180 }, followUpMinutes: 8, nudges: { closing: false } } });
    if (!built.ok) throw new Error(built.error.message);
    const keys = await generateTeamKey(false);
    const signed = await signPack(built.pack, keys.privateKey, await keyIdOf(keys.publicKey));
    const read = await readPack(JSON.stringify(signed), keys.publicKey);
    expect(read.ok && read.pack.standards).toEqual({ waitLimitSeconds: { default: 120, kuaishou: 180 }, followUpMinutes: 8, nudges: { closing: false } });
  });

  it('are refused with the path of each bad value', () => {
    const built = buildPack({ meta, phrases: [], standards: { followUpMinutes: 0, badgeAfterSeconds: 'soon', nudges: { sometimes: true } } });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.error.code).toBe('schema');
    expect(built.error.details!.join('\n')).toMatch(/standards\.followUpMinutes/);
    expect(built.error.details!.join('\n')).toMatch(/standards\.badgeAfterSeconds/);
    expect(built.error.details!.join('\n')).toMatch(/standards\.nudges/);
  });
});
