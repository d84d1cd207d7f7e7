// Small DOM helpers shared by the overlay's parts. Text is always set with textContent, never as HTML.

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
