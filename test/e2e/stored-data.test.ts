// Buyers' conversations are personal data and must not outlive the browser session: after a crash
// (the browser killed, nothing cleaned up) and a restart with no workbench open, the panel shows no
// conversation, and no conversation text is in the storage the extension uses in the profile.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

/** What the demo workbench's first conversation shows: the panel reads and reports all of it. */
const CONVERSATION_TEXT = ['林小鹿', '这款睡衣今天下单什么时候能发货呀', '加厚珊瑚绒睡衣女冬季套装', '231121-58302918475621'];
/** A reading an earlier release left in its IndexedDB store (written into the profile by the test). */
const LEGACY_TEXT = '旧版本留下的买家消息七彩祥云';

/** Every file of the profile that belongs to storage an extension can write, for this extension's id. */
function extensionStorageFiles(profile: string, extensionId: string): string[] {
  const root = path.join(profile, 'Default');
  const areas = [
    ...readdirSync(path.join(root, 'IndexedDB')).filter((name) => name.includes(extensionId)).map((name) => path.join('IndexedDB', name)),
    path.join('Local Extension Settings', extensionId),
    path.join('Sync Extension Settings', extensionId),
    'Local Storage',
    'Session Storage',
    'Service Worker',
    'Storage',
  ];
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  for (const area of areas) walk(path.join(root, area));
  return files;
}

/** Files holding the text in either encoding storage uses (UTF-8, or UTF-16 as V8 serialises CJK strings). */
function filesContaining(files: readonly string[], text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return files.filter((file) => {
    const bytes = readFileSync(file);
    return needles.some((needle) => bytes.includes(needle));
  });
}

describe('conversations do not outlive the browser session', () => {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'huashu-e2e-crash-'));
  let harness: Harness | undefined;

  afterAll(async () => {
    await harness?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  });

  it('leaves no conversation on disk when the browser is killed, and none in the panel after a restart', async () => {
    harness = await launch({ profile });
    const { extensionId } = harness;
    const { panel } = await harness.openDemo();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('林小鹿');
    await expect.poll(() => panel.getByTestId('conversation').textContent()).toContain('这款睡衣今天下单什么时候能发货呀');

    // As an earlier release kept readings: idb-keyval's store in the worker's IndexedDB.
    const worker = await harness.serviceWorker();
    await worker.evaluate(async (text) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('huashu-tabs');
        request.onupgradeneeded = () => request.result.createObjectStore('snapshots');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise((resolve) => {
        const write = db.transaction('snapshots', 'readwrite');
        write.objectStore('snapshots').put({ conversation: { buyer: { name: '旧买家' }, messages: [{ direction: 'buyer', text }] } }, 1);
        write.objectStore('snapshots').put(1, 'recent');
        write.oncomplete = resolve;
      });
      db.close();
    }, LEGACY_TEXT);

    await harness.kill();
    const afterCrash = extensionStorageFiles(profile, extensionId);
    // The scan sees what IndexedDB holds on disk (the earlier release's reading is there)…
    expect(filesContaining(afterCrash, LEGACY_TEXT).length).toBeGreaterThan(0);
    // …and nothing of the conversation this release read.
    for (const text of CONVERSATION_TEXT) expect(filesContaining(afterCrash, text), text).toEqual([]);

    harness = await launch({ profile });
    const panel2 = await harness.openPanel();
    const worker2 = await harness.serviceWorker();
    // Start-up purges the earlier release's store.
    await expect
      .poll(() => worker2.evaluate(async () => (await indexedDB.databases()).map((database) => database.name)))
      .not.toContain('huashu-tabs');
    await expect.poll(() => panel2.getByTestId('conversation').textContent()).toContain('未检测到客服工作台');
    const shown = await panel2.locator('body').textContent();
    for (const text of [...CONVERSATION_TEXT, LEGACY_TEXT]) expect(shown).not.toContain(text);
    await harness.screenshot(panel2, 'stored-data-after-crash');

    await harness.close();
    harness = undefined;
    const afterRestart = extensionStorageFiles(profile, extensionId);
    for (const text of CONVERSATION_TEXT) expect(filesContaining(afterRestart, text), text).toEqual([]);
    expect(filesContaining(afterRestart, LEGACY_TEXT)).toEqual([]);
  });
});
