// What Huashu draws on the workbench page (the inline check's overlay, the 快捷编码 list, the page note): closed
// shadow hosts the page can neither read nor restyle, elements whose text is always set with textContent (never as
// HTML), listeners for the agent's own input only, and placement beside the reply box or below a line of its
// text.

/**
 * Our host's own style, every declaration !important: on the element itself, that beats any rule the page's
 * style sheets have for it (`huashu-inline { display: none !important }` included).
 */
const HOST_STYLE =
  'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; ' +
  'z-index: 2147483647 !important; pointer-events: none !important;';

/** Something we draw on the page: a closed shadow root in a host the page can neither restyle nor take away. */
export interface PageLayer {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Puts the host on the page (kept there until hide). */
  show(): void;
  hide(): void;
}

/**
 * A fixed, unstyled host at the top of the page's stacking order with a closed shadow root holding `css`. While
 * shown, whatever the page's scripts do to it — restyle it, hide it with an attribute, take it out of the
 * document — is undone before the next frame (a MutationObserver answers at the end of the page's task), so
 * the page cannot switch our underlines, notes or the send guard's dialog off.
 */
export function closedHost(tag: string, css: string): PageLayer {
  const host = document.createElement(tag);
  host.style.cssText = HOST_STYLE;
  const ownStyle = host.getAttribute('style');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  let shown = false;
  const keep = new MutationObserver(() => {
    if (!shown) return;
    for (const name of host.getAttributeNames()) if (name !== 'style') host.removeAttribute(name);
    if (host.getAttribute('style') !== ownStyle) host.setAttribute('style', ownStyle!);
    if (!host.isConnected) document.documentElement.append(host);
  });
  keep.observe(host, { attributes: true });
  keep.observe(document.documentElement, { childList: true });
  return {
    host,
    root,
    show() {
      shown = true;
      if (!host.isConnected) document.documentElement.append(host);
    },
    hide() {
      shown = false;
      host.remove();
    },
  };
}

/**
 * Puts a fixed panel beside the reply box: above it (the box usually sits at the bottom of the window), else below
 * it, kept inside the window; without a box, at the top left.
 */
export function placeBeside(panel: HTMLElement, anchor: Element | null, gap: number): void {
  const box = anchor?.getBoundingClientRect();
  const height = panel.offsetHeight;
  const top = !box ? gap : box.top - gap - height >= 0 ? box.top - gap - height : Math.min(box.bottom + gap, window.innerHeight - height - gap);
  const left = box ? Math.max(gap, Math.min(box.left, window.innerWidth - panel.offsetWidth - gap)) : gap;
  Object.assign(panel.style, { top: `${Math.max(gap, top)}px`, left: `${left}px` });
}

/**
 * Puts a fixed panel just below a line of text, left edges aligned (where the agent is looking as they type): above
 * the line when there is no room below, kept inside the window.
 */
export function placeBelow(panel: HTMLElement, line: DOMRect, gap: number): void {
  const height = panel.offsetHeight;
  const below = line.bottom + gap;
  const above = line.top - gap - height;
  const fitsBelow = below + height <= window.innerHeight - gap;
  // Room on neither side: below, pushed up into the window (covering the line rather than leaving the window).
  const top = fitsBelow || above < gap ? Math.min(below, window.innerHeight - height - gap) : above;
  const left = Math.min(line.left, window.innerWidth - panel.offsetWidth - gap);
  Object.assign(panel.style, { top: `${Math.max(gap, top)}px`, left: `${Math.max(gap, left)}px` });
}

/**
 * `run` at the next animation frame, however often the returned function is called before then: what follows the
 * page's scrolling and resizing lays out at most once a frame.
 */
export function oncePerFrame(run: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      run();
    });
  };
}

/** A listener for the agent's own input only: events a script dispatches (isTrusted false) are ignored. */
export function onTrusted<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, listener: (event: HTMLElementEventMap[K]) => void): void {
  target.addEventListener(type, (event) => {
    if (event.isTrusted) listener(event);
  });
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
