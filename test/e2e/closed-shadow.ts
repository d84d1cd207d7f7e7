// Reads and presses what the extension draws in closed shadow roots. Page scripts cannot reach into them
// (that is the point); a test can, through the DevTools protocol, as the browser's own tools do.
import type { Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findHost(node: DomNode, tag: string): DomNode | undefined {
  if (node.nodeName.toLowerCase() === tag) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child, tag);
    if (found) return found;
  }
  return undefined;
}

/** Runs `fn` on the shadow root of the first `tag` element; null when there is none. */
async function onShadowRoot<T>(page: Page, tag: string, fn: string): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = findHost(root, tag)?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true });
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** The text shown in the closed shadow root of the first `tag` element. */
export function closedShadowText(page: Page, tag: string): Promise<string | null> {
  return onShadowRoot<string>(page, tag, 'function () { return this.textContent; }');
}

/** Clicks, with the real mouse (a trusted click), the element matching `css` inside that shadow root. */
export async function clickInClosedShadow(page: Page, tag: string, css: string): Promise<void> {
  const box = await onShadowRoot<{ x: number; y: number } | null>(
    page,
    tag,
    `function () { const box = this.querySelector(${JSON.stringify(css)})?.getBoundingClientRect(); return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null; }`,
  );
  if (!box) throw new Error(`${tag} 里没有 ${css}`);
  await page.mouse.click(box.x, box.y);
}
