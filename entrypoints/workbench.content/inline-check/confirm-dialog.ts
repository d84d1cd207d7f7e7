// The dialog trainees see before a block-level finding goes out. A modal <dialog> sits in the browser's top
// layer: above everything the page draws, whatever its z-index, and the page behind it takes no clicks.
// Its buttons answer only to the agent's own input, so a page script cannot press 仍然发送.
import { element, onTrusted } from '../page-ui';
import type { FindingView } from './view';

/** Resolves true to send anyway, false to go back and edit. */
export function confirmSend(root: ShadowRoot, blockers: FindingView[]): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = element('dialog', 'dialog');
    dialog.setAttribute('role', 'alertdialog');
    const title = element('h2', '', '这条回复含有平台禁止发送的内容');
    const items = blockers.map((view) => {
      const item = element('div', 'dialog-item');
      item.append(element('strong', '', view.heading), element('p', '', view.explanation));
      return item;
    });
    const fix = element('button', 'primary', '返回修改');
    const send = element('button', 'secondary', '仍然发送');
    fix.type = send.type = 'button';
    const buttons = element('div', 'dialog-buttons');
    buttons.append(fix, send);
    dialog.append(title, ...items, buttons);
    root.append(dialog);
    const close = (sendAnyway: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(sendAnyway);
    };
    onTrusted(fix, 'click', () => close(false));
    onTrusted(send, 'click', () => close(true));
    // Escape: the browser's own cancel, handled here so the dialog is removed the same way.
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      if (event.isTrusted) close(false);
    });
    // Keys typed in the dialog are not the page's business.
    dialog.addEventListener('keydown', (event) => event.stopPropagation());
    dialog.showModal();
    fix.focus();
  });
}
