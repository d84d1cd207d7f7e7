import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CdpPipe } from '../../../scripts/launch/cdp-pipe';

/** A pipe pair with the browser's end in the test's hands. */
function connect() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const sent: { id: number; method: string; params: unknown }[] = [];
  toBrowser.on('data', (chunk: Buffer) => {
    for (const text of chunk.toString('utf8').split('\0').filter(Boolean)) sent.push(JSON.parse(text));
  });
  return { pipe: new CdpPipe(toBrowser, fromBrowser), fromBrowser, sent };
}

describe('CdpPipe', () => {
  it('writes NUL-terminated commands and matches replies that arrive in pieces, even mid-character', async () => {
    const { pipe, fromBrowser, sent } = connect();
    const loaded = pipe.send<{ id: string }>('Extensions.loadUnpacked', { path: '/扩展' });
    const version = pipe.send<{ product: string }>('Browser.getVersion');
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toEqual([
      { id: 1, method: 'Extensions.loadUnpacked', params: { path: '/扩展' } },
      { id: 2, method: 'Browser.getVersion', params: {} },
    ]);
    const bytes = Buffer.from(`{"id":2,"result":{"product":"话术/156"}}\0{"method":"Target.targetCreated","params":{"targetInfo":{"type":"page"}}}\0{"id":1,"result":{"id":"abc"}}\0`);
    const events: unknown[] = [];
    pipe.on('Target.targetCreated', (params) => events.push(params));
    const cut = bytes.indexOf(Buffer.from('话')) + 1; // inside the first character's three bytes
    fromBrowser.write(bytes.subarray(0, cut));
    fromBrowser.write(bytes.subarray(cut));
    expect(await version).toEqual({ product: '话术/156' });
    expect(await loaded).toEqual({ id: 'abc' });
    expect(events).toEqual([{ targetInfo: { type: 'page' } }]);
  });

  it("rejects with the browser's error message", async () => {
    const { pipe, fromBrowser } = connect();
    const call = pipe.send('Extensions.loadUnpacked', { path: '/x' });
    fromBrowser.write(`{"id":1,"error":{"code":-32000,"message":"Method not available."}}\0`);
    await expect(call).rejects.toThrow('Extensions.loadUnpacked：Method not available.');
  });

  it('fails pending and later commands when the browser goes away, and times out a silent one', async () => {
    const { pipe, fromBrowser } = connect();
    const silent = pipe.send('Browser.getVersion', {}, 20);
    await expect(silent).rejects.toThrow('Browser.getVersion：浏览器 0 秒内没有回应');
    const pending = pipe.send('Target.getTargets');
    fromBrowser.destroy();
    await expect(pending).rejects.toThrow('Target.getTargets：浏览器断开了调试管道');
    await expect(pipe.send('Browser.close')).rejects.toThrow('Browser.close：浏览器断开了调试管道');
  });
});
