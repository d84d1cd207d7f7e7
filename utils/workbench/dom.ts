// Small DOM helpers for readers. They take the root to search as an argument (never `document`),
// so the same code runs on a live page and on a snapshot parsed in Node.
import type { Selector, ValueSelector } from './types';

export function selectorList(selector: Selector): readonly string[] {
  return typeof selector === 'string' ? [selector] : selector;
}

/** First element matched by the first selector in the list that matches anything. */
export function queryFirst(root: ParentNode, selector: Selector): Element | null {
  for (const css of selectorList(selector)) {
    const found = safeQuery(root, css);
    if (found) return found;
  }
  return null;
}

/** All elements matched by the first selector in the list that matches anything. */
export function queryAll(root: ParentNode, selector: Selector): Element[] {
  for (const css of selectorList(selector)) {
    const found = safeQueryAll(root, css);
    if (found.length > 0) return found;
  }
  return [];
}

/** The element itself or a descendant matches. */
export function matchesWithin(element: Element, selector: Selector): boolean {
  return selectorList(selector).some((css) => {
    try {
      return element.matches(css) || element.querySelector(css) !== null;
    } catch {
      return false;
    }
  });
}

/** The element itself matches one of the selectors. */
export function matchesSelector(element: Element, selector: Selector): boolean {
  return selectorList(selector).some((css) => {
    try {
      return element.matches(css);
    } catch {
      return false;
    }
  });
}

/** The nearest ancestor-or-self matching the first selector in the list that matches one. */
export function closestMatching(element: Element, selector: Selector): Element | null {
  for (const css of selectorList(selector)) {
    try {
      const found = element.closest(css);
      if (found) return found;
    } catch {
      // An invalid selector from a team pack matches nothing.
    }
  }
  return null;
}

export function readValue(root: ParentNode, target: Selector | ValueSelector): string | undefined {
  const { selector, attr } = isValueSelector(target) ? target : { selector: target, attr: undefined };
  const element = queryFirst(root, selector);
  if (!element) return undefined;
  const raw = attr ? element.getAttribute(attr) : element.textContent;
  const text = cleanText(raw ?? '');
  return text === '' ? undefined : text;
}

function isValueSelector(target: Selector | ValueSelector): target is ValueSelector {
  return typeof target === 'object' && !Array.isArray(target) && 'selector' in target;
}

/** Collapses the layout whitespace templates leave around text while keeping the writer's line breaks. */
export function cleanText(raw: string): string {
  return raw
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

// A selector pushed in a team pack may be invalid CSS; treat it as "not found" rather than crash the reader.
function safeQuery(root: ParentNode, css: string): Element | null {
  try {
    return root.querySelector(css);
  } catch {
    return null;
  }
}

function safeQueryAll(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}
