// WCAG 2.x contrast from computed CSS colours: what every piece of text in the extension's pages is measured by.
import type { Page } from 'playwright-core';

export type Rgba = readonly [r: number, g: number, b: number, a: number];

/** `rgb(…)` / `rgba(…)` as getComputedStyle returns them (channels 0–255, alpha 0–1). */
export function parseColor(css: string): Rgba {
  const match = /^rgba?\(([^)]+)\)$/.exec(css.trim());
  if (!match) throw new Error(`not an rgb() colour: ${css}`);
  const [r = 0, g = 0, b = 0, a = 1] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return [r, g, b, a];
}

/** `top` painted over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as unknown as Rgba;
}

/** Relative luminance (WCAG 2.2, §1.4.3 definition). */
export function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export interface TextContrast {
  /** Class list and text of the element, to name it in a failure. */
  what: string;
  fontSize: string;
  ratio: number;
}

/**
 * Every visible piece of text on the page (text nodes, form values and placeholders) with the contrast of its
 * computed colour against the backgrounds painted beneath it, composited from the root down. Disabled
 * controls are left out, as WCAG exempts them.
 */
export async function measureTextContrast(page: Page): Promise<TextContrast[]> {
  const samples = await page.evaluate(() => {
    const found: { what: string; fontSize: string; color: string; backgrounds: string[] }[] = [];
    const backgroundsOf = (element: Element): string[] => {
      const layers: string[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) layers.push(getComputedStyle(node).backgroundColor);
      return layers.reverse();
    };
    const describe = (element: Element, text: string) =>
      `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> ${text.trim().slice(0, 30)}`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      if (element.closest('option, script, style, :disabled') || !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const style = getComputedStyle(element);
      found.push({ what: describe(element, node.textContent), fontSize: style.fontSize, color: style.color, backgrounds: backgroundsOf(element) });
    }
    for (const control of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea, select')) {
      if (control.disabled || !control.checkVisibility() || ['checkbox', 'radio', 'file', 'hidden'].includes(control.type)) continue;
      const style = getComputedStyle(control);
      found.push({ what: describe(control, `value ${control.value}`), fontSize: style.fontSize, color: style.color, backgrounds: backgroundsOf(control) });
      if ('placeholder' in control && control.placeholder) {
        const placeholder = getComputedStyle(control, '::placeholder');
        found.push({ what: describe(control, `placeholder ${control.placeholder}`), fontSize: placeholder.fontSize, color: placeholder.color, backgrounds: backgroundsOf(control) });
      }
    }
    return found;
  });
  return samples.map(({ what, fontSize, color, backgrounds }) => {
    // The canvas under the root is white unless the root paints (dark mode does).
    const background = backgrounds.map(parseColor).reduce<Rgba>((under, layer) => composite(layer, under), [255, 255, 255, 1]);
    return { what, fontSize, ratio: contrastRatio(composite(parseColor(color), background), background) };
  });
}
