// The teaching picker (picker.ts), kept out of the workbench content script that every workbench tab parses:
// the background injects this file into the tab's isolated world (scripting.executeScript, never a
// web-accessible resource, so the page can neither load nor replace it) when the agent starts teaching from
// the panel, after making sure the content script runs there. Each injection is one teaching session: a
// second teach in the same tab ends the one before, as a second beginTeaching message did when the picker was part of the content script.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { onMessage, TEACH_PICKER_REGISTRY, WORKBENCH_SCRIPT_REGISTRY } from '../../utils/messaging';
import { startTeaching } from './picker';

interface Running {
  end(): void;
}

/** What the picker reads of the content script's lifetime (entrypoints/workbench.content/lifetime.ts). */
interface ContentLifetime {
  onInvalidated(callback: () => void): () => void;
}

export default defineUnlistedScript(() => {
  // The isolated world's global object, shared with the content script and out of the page's reach.
  const world = globalThis as unknown as Record<string, unknown>;
  (world[TEACH_PICKER_REGISTRY] as Running | undefined)?.end();
  const removers: (() => void)[] = [];
  let ended = false;
  const running: Running = {
    end() {
      if (ended) return;
      ended = true;
      for (const remove of removers) remove();
      session.end();
      if (world[TEACH_PICKER_REGISTRY] === running) world[TEACH_PICKER_REGISTRY] = undefined;
    },
  };
  world[TEACH_PICKER_REGISTRY] = running;
  const session = startTeaching(() => running.end());
  // Only the background sends this, with the panel's button (the panel is trusted; the page is not).
  removers.push(onMessage('teachCommand', ({ data }) => session.command(data)));
  // Teaching ends with the copy of the content script it was started beside: an extension reload, update or
  // removal, or a newer copy taking over, ends it as it did when the picker was part of that script.
  const lifetime = world[WORKBENCH_SCRIPT_REGISTRY] as ContentLifetime | undefined;
  if (lifetime) removers.push(lifetime.onInvalidated(() => running.end()));
});
