// The three phrase layers (built-in, team, personal) as one library: precedence on ids and 快捷编码.
import { describe, expect, it } from 'vitest';
import { mergeLibraries } from '../../../utils/library/layers';
import { teamPhrase } from '../pack/fixtures';

const builtin = [
  teamPhrase(1, { id: 'b.ship', code: 'fh', source: 'builtin', body: '内置发货' }),
  teamPhrase(2, { id: 'b.size', code: 'cc', source: 'builtin', body: '内置尺码' }),
  teamPhrase(3, { id: 'shared', code: undefined, source: 'builtin', body: '内置同名' }),
];
const team = [
  teamPhrase(4, { id: 't.ship', code: 'FH', body: '团队发货' }),
  teamPhrase(5, { id: 'shared', code: 'gx', body: '团队同名' }),
];
const personal = [
  teamPhrase(6, { id: 'shared', code: 'wd', source: 'personal', body: '个人同名' }),
  teamPhrase(7, { id: 'b.size', code: 'cc', source: 'personal', body: '个人尺码' }),
  teamPhrase(8, { id: 'p.own', code: ' gx ', source: 'personal', body: '个人专属' }),
];

describe('mergeLibraries', () => {
  const merged = mergeLibraries(builtin, team, personal);
  const byId = new Map(merged.map((phrase) => [phrase.id, phrase]));

  it('keeps one phrase per id: team over personal over builtin', () => {
    expect(merged.map((phrase) => phrase.id).sort()).toEqual(['b.ship', 'b.size', 'p.own', 'shared', 't.ship']);
    expect(byId.get('shared')?.body).toBe('团队同名');
    expect(byId.get('b.size')?.body).toBe('个人尺码');
  });

  it('gives a 快捷编码 to one phrase only, compared case- and space-insensitively', () => {
    expect(byId.get('t.ship')?.code).toBe('FH');
    // The built-in phrase keeps a code of its own: nz (内置) + the one the team took.
    expect(byId.get('b.ship')?.code).toBe('nzfh');
    expect(byId.get('b.ship')?.body).toBe('内置发货');
    expect(byId.get('shared')?.code).toBe('gx');
    expect(byId.get('p.own')?.code).toBeUndefined();
    expect(byId.get('b.size')?.code).toBe('cc');
  });

  it('does not modify its inputs', () => {
    expect(builtin[0]?.code).toBe('fh');
    expect(personal[2]?.code).toBe(' gx ');
  });
});
