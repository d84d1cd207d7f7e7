// flagPhrases (suggest-service.ts): the background checks phrase bodies for extension pages only — a workbench's
// content script (the page is untrusted) gets no answer, and a malformed question none either.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerSuggestHandlers, type SuggestService } from '../../../entrypoints/background/suggest-service';
import type { LearningStore } from '../../../entrypoints/background/learning-store';
import { removeAllListeners, sendMessage } from '../../../utils/messaging';

const ORIGIN = 'chrome-extension://huashu/';

function register() {
  const flags = vi.fn(async (_slot: string, _platform: string | undefined, bodies: readonly string[]) => bodies.map(() => []));
  registerSuggestHandlers({ flags } as unknown as SuggestService, {} as LearningStore, async () => undefined, ORIGIN);
  return flags;
}

describe('flagPhrases', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => removeAllListeners());

  it('answers no sender outside the extension, and never checks for it', async () => {
    const flags = register();
    // The fake browser's sender has no extension page url: as a content script's message.
    expect(await sendMessage('flagPhrases', { bodies: ['全网最低价'] })).toBeNull();
    expect(flags).not.toHaveBeenCalled();
  });

  it('refuses a malformed question before looking at its sender', async () => {
    const flags = register();
    expect(await sendMessage('flagPhrases', { bodies: 'x' } as never)).toBeNull();
    expect(flags).not.toHaveBeenCalled();
  });
});
