import { describe, expect, it } from 'vitest';
import { browserArgs } from '../../../scripts/launch/browser';
import { unpackedExtensionId } from '../../../scripts/launch/extension-id';

const base = { extensionDir: '/p/.output/chrome-mv3-demo', profileDir: '/p/.output/demo-profile', urls: ['http://127.0.0.1:5273/index.html'], noSandbox: false };

describe('browser command line', () => {
  it('loads by flag with the pages on the command line', () => {
    const args = browserArgs({ ...base, route: 'flag', headless: false });
    expect(args).toContain('--load-extension=/p/.output/chrome-mv3-demo');
    expect(args).toContain('--user-data-dir=/p/.output/demo-profile');
    expect(args).not.toContain('--remote-debugging-pipe');
    expect(args.at(-1)).toBe('http://127.0.0.1:5273/index.html');
  });

  it('over the pipe passes no --load-extension and opens the pages only after loading', () => {
    const args = browserArgs({ ...base, route: 'cdp', headless: true, noSandbox: true });
    expect(args.filter((arg) => arg.startsWith('--load-extension') || arg.startsWith('--disable-extensions'))).toEqual([]);
    expect(args).toEqual(expect.arrayContaining(['--enable-unsafe-extension-debugging', '--remote-debugging-pipe', '--headless=new', '--remote-debugging-port=0', '--no-sandbox']));
    expect(args.at(-1)).toBe('about:blank');
  });
});

describe('unpacked extension id', () => {
  it('is the path hash spelled in a–p (the id Chromium 156 returned for this folder)', () => {
    expect(unpackedExtensionId('/work/wt/runner/.output/chrome-mv3-demo', 'linux')).toBe('njpnnpnikcbldblihojkcgpkkgfepjig');
  });

  it('on Windows hashes the UTF-16 path with the drive letter upper-cased', () => {
    const id = unpackedExtensionId('C:\\huashu\\.output\\chrome-mv3-demo', 'win32');
    expect(unpackedExtensionId('c:\\huashu\\.output\\chrome-mv3-demo', 'win32')).toBe(id);
    expect(id).not.toBe(unpackedExtensionId('C:\\huashu\\.output\\chrome-mv3-demo', 'linux'));
    expect(id).toMatch(/^[a-p]{32}$/);
  });
});
