// The list of phrases a `/code` names, just below the typed code while the agent types (where their eyes are, as
// in other text expanders); beside the reply box when the code's place on screen cannot be measured. Drawn in a
// closed shadow root so page scripts can neither read nor restyle it; phrase text is set as text, never as HTML.
// Clicking a row picks it (a trusted click only) without taking the focus from the reply box.
import type { CodeMatch, CodeToken } from '../../../utils/library/expand-token';
import { draftRects } from '../draft-rects';
import type { ScriptLifetime } from '../lifetime';
import { closedHost, element, onTrusted, oncePerFrame, placeBeside, placeBelow, type PageLayer } from '../page-ui';

const GAP = 6;
const BODY_PREVIEW = 60;

const STYLE = `
  .list { position: fixed; box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px); background: #fff; color: #1f2329;
    border: 1px solid #d0d7de; border-radius: 6px; box-shadow: 0 4px 16px rgba(0, 0, 0, .18); padding: 4px 0;
    font: 13px/1.45 'PingFang SC', 'Microsoft YaHei', sans-serif; pointer-events: auto; }
  .list[hidden] { display: none; }
  .head { font-size: 11px; color: #57606a; padding: 2px 10px 4px; }
  .item { padding: 4px 10px; cursor: pointer; }
  .item[aria-selected='true'] { background: #dbe9ff; }
  .code { font-family: ui-monospace, Menlo, Consolas, monospace; color: #0550ae; margin-right: 6px; }
  .title { font-weight: 600; }
  .text { display: block; color: #57606a; font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .measure { visibility: hidden; }
`;

export class CodePopup {
  private readonly layer: PageLayer;
  private readonly list = element('div', 'list');
  private readonly head = element('div', 'head');
  /** Lays a textarea's text out again to find the code in it (draft-rects.ts). */
  private readonly measure = element('div', 'measure');
  /** The reply box and the code the list is for, while it is open. */
  private anchor: { box: Element; token: CodeToken } | null = null;
  private readonly placeNextFrame = oncePerFrame(() => this.place());

  constructor(
    lifetime: ScriptLifetime,
    private readonly onPick: (index: number) => void,
  ) {
    this.layer = closedHost('huashu-codes', STYLE);
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', '话术助手：快捷编码');
    this.list.hidden = true;
    this.layer.root.append(this.list, this.measure);
    // The reply box keeps the focus (and its caret) while a row is clicked.
    this.list.addEventListener('mousedown', (event) => event.preventDefault());
    onTrusted(this.list, 'click', (event) => {
      const row = event.target instanceof Element ? event.target.closest('.item') : null;
      if (row) this.onPick(Number(row.getAttribute('data-index')));
    });
    lifetime.onInvalidated(() => this.layer.hide());
    // The code moves when the box scrolls (a long draft) or the page reflows: the list goes with it, once a frame.
    lifetime.addEventListener(window, 'scroll', () => this.followCode(), { capture: true, passive: true });
    lifetime.addEventListener(window, 'resize', () => this.followCode());
  }

  get open(): boolean {
    return !this.list.hidden;
  }

  /** Lists the matches below the code typed in the box, the `selected` one marked; `expandable`: Space and Tab take the first. */
  show(box: Element, token: CodeToken, matches: readonly CodeMatch[], selected: number, expandable: boolean): void {
    this.head.textContent = expandable ? '话术助手 · 空格或 Tab 换成第一条 · ↑↓ 选择 · 回车插入 · Esc 关闭' : '话术助手 · ↑↓ 选择 · 回车插入 · Esc 关闭';
    this.list.replaceChildren(this.head, ...matches.map((match, index) => row(match, index)));
    this.list.hidden = false;
    this.select(selected);
    this.layer.show();
    this.anchor = { box, token };
    this.place();
  }

  /** Marks row `index`; `chosen`: the agent picked it with ↑↓, so Space and Tab now take it. */
  select(index: number, chosen = false): void {
    if (chosen) this.head.textContent = '话术助手 · 空格、Tab 或回车插入所选 · Esc 关闭';
    for (const item of this.list.querySelectorAll('.item')) {
      item.setAttribute('aria-selected', String(Number(item.getAttribute('data-index')) === index));
    }
  }

  hide(): void {
    this.anchor = null;
    this.list.hidden = true;
    this.list.replaceChildren();
    this.layer.hide();
  }

  private followCode(): void {
    if (this.anchor) this.placeNextFrame();
  }

  private place(): void {
    if (!this.anchor) return;
    const { box, token } = this.anchor;
    const line = codeLine(box, token, this.measure);
    if (line) placeBelow(this.list, line, GAP);
    else placeBeside(this.list, box, GAP);
  }
}

/**
 * The code's box on the line it ends on (the caret's line); null when the code cannot be measured or is scrolled
 * out of the box's view.
 */
function codeLine(box: Element, token: CodeToken, measure: HTMLElement): DOMRect | null {
  const rects = draftRects(box, token.start, token.end, measure);
  const last = rects.at(-1);
  if (!last || (last.width === 0 && last.height === 0)) return null;
  const view = box.getBoundingClientRect();
  if (last.bottom <= view.top || last.top >= view.bottom) return null;
  // An editor may split the code over several text nodes on one line: their rects together are the code.
  const left = Math.min(...rects.filter((rect) => rect.bottom > last.top && rect.top < last.bottom).map((rect) => rect.left));
  return new DOMRect(left, last.top, last.right - left, last.height);
}

function row(match: CodeMatch, index: number): HTMLElement {
  const item = element('div', 'item');
  item.setAttribute('role', 'option');
  item.setAttribute('data-index', String(index));
  if (match.code) item.append(element('span', 'code', `/${match.code}`));
  item.append(element('span', 'title', match.title), element('span', 'text', match.body.length > BODY_PREVIEW ? `${match.body.slice(0, BODY_PREVIEW)}…` : match.body));
  return item;
}
