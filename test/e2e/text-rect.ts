// Where a piece of the draft is on screen, from the browser's own layout of the reply box: a DOM Range over the
// text node that holds it — in a rich editor a node of the page, in a textarea or input a node of the field's
// inner editor (a user-agent shadow root, which only the DevTools protocol opens). Nothing of the extension's
// measuring is used, so a list placed from a wrong measurement does not pass by agreeing with it.
import type { Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeValue?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const TEXT_NODE = 3;

function textNodes(node: DomNode, found: DomNode[] = []): DomNode[] {
  if (node.nodeType === TEXT_NODE) found.push(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) textNodes(child, found);
  return found;
}

/** The viewport box of the last occurrence of `text` in the reply box's last text node holding it (on one line). */
export async function textRect(page: Page, boxSelector: string, text: string): Promise<Rect> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: DomNode };
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: boxSelector });
    const { node: box } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: DomNode };
    const holder = textNodes(box).findLast((node) => node.nodeValue?.includes(text));
    if (!holder) throw new Error(`textRect: 「${text}」 is not in ${boxSelector}`);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: holder.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (text) {
        const start = this.data.lastIndexOf(text);
        const range = document.createRange();
        range.setStart(this, start);
        range.setEnd(this, start + text.length);
        const { x, y, width, height } = range.getBoundingClientRect();
        return { x, y, width, height };
      }`,
      arguments: [{ value: text }],
      returnByValue: true,
    });
    return result.value as Rect;
  } finally {
    await cdp.detach();
  }
}
