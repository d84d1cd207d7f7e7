// What Huashu draws on the workbench page (the inline check's overlay, the 快捷编码 list, the page note): closed
// shadow hosts the page can neither read nor restyle, elements whose text is always set with textContent (never as
// HTML), listeners for the agent's own input only, and placement beside the reply box.

/** A fixed, unstyled host at the top of the page's stacking order with a closed shadow root holding `css`. */
export function closedHost(tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.style.cssText = 'all: initial; position: fixed; inset: 0 auto auto 0; z-index: 2147483647; pointer-events: none;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
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
