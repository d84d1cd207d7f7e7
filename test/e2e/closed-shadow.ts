// Looks inside the extension's closed shadow roots (inline overlay, page notes), which page scripts —
// and Playwright's locators — cannot open: through the DevTools protocol, as only a debugger can.
// Buttons are pressed with the real mouse, as the agent would.
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

export interface ClosedShadow {
  /** How many host elements the page holds (a second one would be a second copy of the script). */
  hosts(): Promise<number>;
  /** The shadow root type of the first host ('closed', 'open'), null without a host. */
  mode(): Promise<string | null>;
  /** Runs fn in the page with the first host's shadow root (null without a host). fn must be self-contained. */
  evaluate<R, A = undefined>(fn: (root: ShadowRoot | null, arg: A) => R, arg?: A): Promise<R>;
  count(selector: string): Promise<number>;
  text(selector: string): Promise<string | null>;
  texts(selector: string): Promise<string[]>;
  visible(selector: string): Promise<boolean>;
  /** The viewport box of the first element matching selector (and containing text), null when none is shown. */
  box(selector: string, text?: string): Promise<{ x: number; y: number; width: number; height: number } | null>;
  /** A trusted click at the middle of that element. */
  click(selector: string, text?: string): Promise<void>;
  /**
   * The page's words under each finding's marks over a rich (contenteditable) editor, one string per
   * finding: read back through the browser's own caret hit-testing at each mark's edges, so a mark drawn
   * beside its words reads other text.
   */
  underlinedWords(): Promise<string[]>;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

function findShadowRoots(node: DomNode, hostName: string, found: DomNode[] = []): DomNode[] {
  if (node.nodeName === hostName && node.shadowRoots?.[0]) found.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) findShadowRoots(child, hostName, found);
  return found;
}

export function closedShadow(page: Page, hostTag: string): ClosedShadow {
  const hostName = hostTag.toUpperCase();
  const hostsWithRoots = async () => {
    const cdp = await session(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return findShadowRoots(root, hostName);
  };

  const evaluate = async <R, A>(fn: (root: ShadowRoot | null, arg: A) => R, arg?: A): Promise<R> => {
    const cdp = await session(page);
    const [host] = await hostsWithRoots();
    const call = `function (arg) { return (${fn.toString()})(this, arg); }`;
    if (!host) return page.evaluate(`(${fn.toString()})(null, ${JSON.stringify(arg ?? null)})`) as Promise<R>;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: host.shadowRoots![0]!.backendNodeId });
    try {
      const result = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: call,
        arguments: [{ value: arg ?? null }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (result.exceptionDetails) throw new Error(`closedShadow.evaluate: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
      return result.result.value as R;
    } finally {
      await cdp.send('Runtime.releaseObject', { objectId: object.objectId! }).catch(() => undefined);
    }
  };

  const probe: ClosedShadow = {
    hosts: () => page.evaluate((tag) => document.querySelectorAll(tag).length, hostTag),
    async mode() {
      const [host] = await hostsWithRoots();
      return (host?.shadowRoots?.[0] as { shadowRootType?: string } | undefined)?.shadowRootType ?? null;
    },
    evaluate,
    count: (selector) => evaluate((root, s) => root?.querySelectorAll(s).length ?? 0, selector),
    text: (selector) => evaluate((root, s) => root?.querySelector(s)?.textContent ?? null, selector),
    texts: (selector) => evaluate((root, s) => [...(root?.querySelectorAll(s) ?? [])].map((node) => node.textContent ?? ''), selector),
    visible: (selector) =>
      evaluate((root, s) => {
        const node = root?.querySelector(s);
        return !!node && node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';
      }, selector),
    box: (selector, text) =>
      evaluate(
        (root, [s, t]) => {
          const node = [...(root?.querySelectorAll(s) ?? [])].find((candidate) => !t || (candidate.textContent ?? '').includes(t));
          const rect = node?.getBoundingClientRect();
          return rect && rect.width > 0 ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
        },
        [selector, text ?? ''] as [string, string],
      ),
    async click(selector, text) {
      // Click where the element has settled, as a person would: a tooltip placed after its first layout (above the
      // line when there is no room below) moves once, and on a loaded machine a click aimed before that lands on nothing.
      let rect = await probe.box(selector, text);
      for (let tries = 0; rect && tries < 20; tries++) {
        await page.waitForTimeout(50);
        const settled = await probe.box(selector, text);
        if (settled && settled.x === rect.x && settled.y === rect.y) break;
        rect = settled;
      }
      if (!rect) throw new Error(`closedShadow.click: ${selector}${text ? ` 「${text}」` : ''} is not shown`);
      await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    },
    underlinedWords: () =>
      evaluate((root) => {
        const words = new Map<number, string>();
        for (const mark of root?.querySelectorAll<HTMLElement>('.rich-marks .mark') ?? []) {
          const rect = mark.getBoundingClientRect();
          const middle = rect.top + rect.height / 2;
          const from = (document as any).caretPositionFromPoint(rect.left + 1, middle);
          const to = (document as any).caretPositionFromPoint(rect.right - 1, middle);
          if (!from || !to) continue;
          const range = document.createRange();
          range.setStart(from.offsetNode, from.offset);
          range.setEnd(to.offsetNode, to.offset);
          const start = Number(mark.dataset.start);
          words.set(start, (words.get(start) ?? '') + range.toString());
        }
        return [...words.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
      }),
  };
  return probe;
}
