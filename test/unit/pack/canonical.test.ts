import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalPackBytes, writeSorted } from '../../../utils/pack/canonical';

describe('canonicalJson', () => {
  it('does not depend on key order, at any depth', () => {
    const a = { b: 1, a: { y: [1, { d: 2, c: 3 }], x: 'x' } };
    const b = { a: { x: 'x', y: [1, { c: 3, d: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":"x","y":[1,{"c":3,"d":2}]},"b":1}');
  });

  it('keeps array order, which is meaningful', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('writes strings and numbers as JSON.stringify does, without whitespace', () => {
    const value = { text: '亲，"包邮"\n😀', n: 1e21, f: 0.1, neg: -0, t: true, z: null };
    expect(canonicalJson(value)).toBe(
      `{"f":0.1,"n":1e+21,"neg":0,"t":true,"text":${JSON.stringify(value.text)},"z":null}`,
    );
  });

  it('leaves out undefined values like JSON.stringify and parses back to the same value', () => {
    const value = { keep: '客服', drop: undefined, list: [undefined, 1] };
    expect(canonicalJson(value)).toBe('{"keep":"客服","list":[null,1]}');
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('sorts keys by UTF-16 code units, including non-ASCII keys', () => {
    expect(canonicalJson({ 话术: 1, Z: 2, a: 3 })).toBe('{"Z":2,"a":3,"话术":1}');
  });
});

describe('canonicalPackBytes', () => {
  it('is UTF-8 and ignores the signature', () => {
    const pack = { meta: { name: '小满' }, signature: { value: 'abc' } };
    const bytes = canonicalPackBytes(pack);
    expect(new TextDecoder().decode(bytes)).toBe('{"meta":{"name":"小满"}}');
    expect(bytes.length).toBe(20 + 6); // 20 ASCII bytes, and 小满 is 3 bytes a character in UTF-8
    expect(canonicalPackBytes({ meta: { name: '小满' } })).toEqual(bytes);
  });
});

describe('canonicalJson fast path', () => {
  it('writes exactly what the hand-written serializer writes', () => {
    const samples: unknown[] = [
      { z: [{ b: 1, a: [{ y: null, x: '文' }] }, 'x'], a: { c: { e: 1, d: 2 } }, 0: 'zero', 10: 'ten', 2: 'two' },
      [undefined, () => 1, { k: undefined, f: () => 1, s: '\u2028\ud800' }],
      { toString: 'own', constructor: 1, nested: { plain: true } },
      'top-level string',
      null,
    ];
    for (const sample of samples) expect(canonicalJson(sample)).toBe(writeSorted(sample));
  });

  it('handles a parsed "__proto__" key without leaking prototypes into other objects', () => {
    const parsed = JSON.parse('{"b":{"__proto__":{"x":1}},"a":{"plain":1}}') as unknown;
    expect(canonicalJson(parsed)).toBe('{"a":{"plain":1},"b":{"__proto__":{"x":1}}}');
  });
});
