// A team's key and a host serving its pack, for the background team-sync tests.
import { vi } from 'vitest';
import { exportPublicKey, generateTeamKey, keyIdOf, signPack } from '../../../utils/pack/sign';
import type { UnsignedPack } from '../../../utils/pack/types';

export const team = await generateTeamKey();
export const teamKeyId = await keyIdOf(team.publicKey);
export const publicKey = await exportPublicKey(team.publicKey);

/** A host holding one file with a strong ETag; answers 304 to a matching If-None-Match. */
export function fakeHost() {
  let body = '';
  let etag = '';
  let failWith: number | null = null;
  const requests: Array<{ url: string; ifNoneMatch: string | null }> = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const ifNoneMatch = new Headers(init.headers).get('if-none-match');
    requests.push({ url: String(input), ifNoneMatch });
    // Yield so concurrent callers really overlap.
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (failWith !== null) return new Response('down', { status: failWith });
    if (ifNoneMatch === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
    return new Response(body, { status: 200, headers: { ETag: etag } });
  }) as unknown as typeof globalThis.fetch;
  return {
    fetch,
    requests,
    async publish(pack: UnsignedPack, key: CryptoKeyPair = team) {
      const signed = await signPack(pack, key.privateKey, await keyIdOf(key.publicKey));
      body = JSON.stringify(signed);
      etag = `"v${pack.meta.version}-${requests.length}"`;
      return signed;
    },
    fail(status: number | null) {
      failWith = status;
    },
  };
}

