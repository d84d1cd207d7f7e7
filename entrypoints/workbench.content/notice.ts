// A short note beside the workbench's reply box, for when the agent's key did something they cannot see
// from the page (Alt+N opened a form in the side panel, or no panel is open). Drawn in a closed shadow
// root so page scripts can neither read nor restyle it; the text is set as text, never as HTML.
import type { ScriptLifetime } from './lifetime';
import { closedHost, element, placeBeside } from './page-ui';

const SHOW_MS = 5000;
const GAP = 8;

const STYLE = `
  .note { position: fixed; max-width: 320px; background: #1f2329; color: #fff; border-radius: 6px; padding: 7px 10px;
    font: 13px/1.5 'PingFang SC', 'Microsoft YaHei', sans-serif; box-shadow: 0 4px 16px rgba(0, 0, 0, .25); pointer-events: none; }
  .note::before { content: '话术助手'; display: block; font-size: 11px; color: #c9d1d9; }
`;

export interface PageNotice {
  /** Shows the text next to the anchor (the reply box), replacing any note shown now. */
  show(text: string, anchor: Element | null): void;
}

export function createPageNotice(lifetime: ScriptLifetime): PageNotice {
  const layer = closedHost('huashu-notice', STYLE);
  const note = element('div', 'note');
  note.setAttribute('role', 'status');
  layer.root.append(note);
  let timer: ReturnType<typeof setTimeout> | undefined;

  lifetime.onInvalidated(() => {
    clearTimeout(timer);
    layer.hide();
  });

  return {
    show(text, anchor) {
      if (!lifetime.isValid) return;
      note.textContent = text;
      layer.show();
      placeBeside(note, anchor, GAP);
      clearTimeout(timer);
      timer = setTimeout(() => layer.hide(), SHOW_MS);
    },
  };
}
