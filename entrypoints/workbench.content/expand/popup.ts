// The list of phrases a `/code` names, beside the reply box while the agent types. Drawn in a closed shadow
// root so page scripts can neither read nor restyle it; phrase text is set as text, never as HTML. Clicking a
// row picks it (a trusted click only) without taking the focus from the reply box.
import type { CodeMatch } from '../../../utils/library/expand-token';
import type { ScriptLifetime } from '../lifetime';

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
`;

export class CodePopup {
  private readonly host = document.createElement('huashu-codes');
  private readonly list = document.createElement('div');
  private readonly head = document.createElement('div');

  constructor(
    lifetime: ScriptLifetime,
    private readonly onPick: (index: number) => void,
  ) {
    this.host.style.cssText = 'all: initial; position: fixed; inset: 0 auto auto 0; z-index: 2147483647; pointer-events: none;';
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.list.className = 'list';
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', '话术助手：快捷编码');
    this.list.hidden = true;
    this.head.className = 'head';
    root.append(style, this.list);
    // The reply box keeps the focus (and its caret) while a row is clicked.
    this.list.addEventListener('mousedown', (event) => event.preventDefault());
    this.list.addEventListener('click', (event) => {
      const row = event.target instanceof Element ? event.target.closest('.item') : null;
      if (!event.isTrusted || !row) return;
      this.onPick(Number(row.getAttribute('data-index')));
    });
    lifetime.onInvalidated(() => this.host.remove());
  }

  get open(): boolean {
    return !this.list.hidden;
  }

  /** Lists the matches beside the reply box, the `selected` one marked; `expandable`: Space and Tab take the first. */
  show(anchor: Element, matches: readonly CodeMatch[], selected: number, expandable: boolean): void {
    this.head.textContent = expandable ? '话术助手 · 空格或 Tab 换成第一条 · ↑↓ 选择 · 回车插入 · Esc 关闭' : '话术助手 · ↑↓ 选择 · 回车插入 · Esc 关闭';
    this.list.replaceChildren(this.head, ...matches.map((match, index) => row(match, index)));
    this.list.hidden = false;
    this.select(selected);
    if (!this.host.isConnected) document.documentElement.append(this.host);
    // Above the reply box (it usually sits at the bottom of the window), else below it.
    const box = anchor.getBoundingClientRect();
    const height = this.list.offsetHeight;
    const top = box.top - GAP - height >= 0 ? box.top - GAP - height : Math.min(box.bottom + GAP, window.innerHeight - height - GAP);
    const left = Math.max(GAP, Math.min(box.left, window.innerWidth - this.list.offsetWidth - GAP));
    Object.assign(this.list.style, { top: `${Math.max(GAP, top)}px`, left: `${left}px` });
  }

  select(index: number): void {
    for (const item of this.list.querySelectorAll('.item')) {
      item.setAttribute('aria-selected', String(Number(item.getAttribute('data-index')) === index));
    }
  }

  hide(): void {
    this.list.hidden = true;
    this.list.replaceChildren();
    this.host.remove();
  }
}

function row(match: CodeMatch, index: number): HTMLElement {
  const item = document.createElement('div');
  item.className = 'item';
  item.setAttribute('role', 'option');
  item.setAttribute('data-index', String(index));
  if (match.code) item.append(span('code', `/${match.code}`));
  item.append(span('title', match.title), span('text', match.body.length > BODY_PREVIEW ? `${match.body.slice(0, BODY_PREVIEW)}…` : match.body));
  return item;
}

function span(className: string, text: string): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}
