// Taught selectors: from five elements the user clicked on an unknown chat page, derive a selector set
// that survives the page re-rendering. Stable hooks (ids, data-* attributes) first, readable class
// names next, hashed class names and per-message ids never, position only as a last resort — and for
// the parts that say which conversation is open (buyer name, buyer id) never a position in a list.
import { cleanText } from './dom';
import type { ConversationListSelectors, DirectionRule, ReadResult, SelectorSet } from './types';

export type TeachStep = 'messageList' | 'buyerMessage' | 'agentMessage' | 'buyerName' | 'input';

export const TEACH_STEPS: readonly { step: TeachStep; label: string; hint: string }[] = [
  { step: 'messageList', label: '消息列表', hint: '点一下聊天记录所在的区域' },
  { step: 'buyerMessage', label: '买家消息', hint: '点一条买家发来的消息' },
  { step: 'agentMessage', label: '客服消息', hint: '点一条客服（自己）发出的消息' },
  { step: 'buyerName', label: '买家昵称', hint: '点一下当前会话顶部的买家昵称' },
  { step: 'input', label: '输入框', hint: '点一下回复输入框' },
];

/** Optional, offered once the five parts are taught: what keys the conversation when the page shows it. */
export const BUYER_ID_STEP = { step: 'buyerId', label: '买家编号', hint: '点一下当前会话里显示的买家编号（ID、账号）' } as const;

/** Optional too: a buyer in the conversation list, so the waiting queue reads the other buyers. */
export const LIST_ROW_STEP = { step: 'listRow', label: '会话列表', hint: '点一下会话列表里任意一位买家的昵称' } as const;

/** The optional parts, offered from the panel once the five are taught. */
export const OPTIONAL_STEPS = [BUYER_ID_STEP, LIST_ROW_STEP] as const;

/** A part the user may be asked to click: one of the five steps, or an optional one. */
export type TeachPart = TeachStep | (typeof OPTIONAL_STEPS)[number]['step'];

export type TeachPicks = Record<TeachStep, Element>;

/**
 * The self-check before saving: the agent switches conversation once, and the taught selectors must then
 * read another buyer and other messages. Skipped only when the agent says there is no other conversation.
 */
export type TeachCheck = { status: 'pending' } | { status: 'passed'; otherBuyer: string } | { status: 'skipped' };

/** What a finished teaching produced on a page, shown as a preview before it is saved. */
export interface TeachDraft {
  url: string;
  /** siteScope(url): what the set is saved under. */
  scope: string;
  /** The page title, offered as the site's name. */
  title: string;
  selectors: SelectorSet;
  preview: ReadResult;
  check: TeachCheck;
  /** What the agent should look at before saving: a repaired pick, a system line as buyer message, swapped sides. */
  warnings: string[];
}

/** Where teaching stands on one tab, for the panel. `checking` waits for the conversation switch. */
export type TeachState =
  | { phase: 'idle' | 'cancelled' | 'saved' }
  | { phase: 'picking'; message?: string; part?: TeachPart }
  | { phase: 'checking' | 'preview'; draft: TeachDraft };

export type TeachActionResult = { ok: true } | { ok: false; message: string };

/** The panel's buttons while teaching, relayed to the page: skip the switch check, or also teach an optional part. */
export type TeachCommand = 'skipCheck' | 'pickBuyerId' | 'pickListRow';

export type TeachOutcome =
  | { ok: true; selectors: SelectorSet; warnings: string[] }
  | { ok: false; step: TeachPart; message: string };

/** Attributes that name what an element is, best first. Per-item keys (data-id="1023") are filtered by value. */
const STABLE_ATTRIBUTES = ['data-qa-id', 'data-testid', 'data-test-id', 'data-test', 'data-role', 'data-type', 'data-id', 'name', 'role', 'aria-label'];

/** Classes that flip with interaction, not identity. */
const STATE_CLASS = /^(is-|has-)|^(active|selected|current|hover|focus|focused|open|opened|unread|new|show|hidden|visible|disabled)$/i;

/** Inline-style fragments chat UIs use to put our own bubbles on the right. */
const SIDE_STYLES = ['row-reverse', 'flex-end', 'right'];

/** Build tools' hashes: long alphanumeric runs, digits in mixed case, CSS-module suffixes, CSS-in-JS prefixes. */
export function looksGenerated(token: string): boolean {
  if (/[A-Za-z0-9]{16,}/.test(token)) return true;
  if (/\d/.test(token) && /[a-z]/.test(token) && /[A-Z]/.test(token)) return true;
  if (/^(css|sc|jsx|emotion|styled)-/i.test(token)) return true;
  // A suffix like __a8f3k or -x7Qp2 (a hash part of 5+ characters holding a digit).
  return /[-_](?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{5,}$/.test(token);
}

function stableValue(value: string): boolean {
  return value.length > 0 && value.length <= 40 && !looksGenerated(value) && !/\d{3,}/.test(value) && !/["\\\n]/.test(value);
}

function stableClasses(element: Element): string[] {
  return Array.from(element.classList).filter((name) => /^-?[A-Za-z_][\w-]*$/.test(name) && !looksGenerated(name) && !STATE_CLASS.test(name));
}

function tagOf(element: Element): string {
  return element.tagName.toLowerCase();
}

/** Other data-* attributes count only with word-like values ("user", "message-in"), never ids or keys. */
const WORD_VALUE = /^[A-Za-z][A-Za-z_-]{0,30}$/;

function stableAttributeSelectors(element: Element): string[] {
  const found: string[] = [];
  for (const attr of STABLE_ATTRIBUTES) {
    const value = element.getAttribute(attr);
    if (value !== null && stableValue(value)) found.push(`[${attr}="${value}"]`);
  }
  for (const { name, value } of Array.from(element.attributes)) {
    if (name.startsWith('data-') && !STABLE_ATTRIBUTES.includes(name) && WORD_VALUE.test(value)) found.push(`[${name}="${value}"]`);
  }
  if (element.getAttribute('contenteditable') === 'true') found.push('[contenteditable="true"]');
  return found;
}

function idSelector(element: Element): string | undefined {
  const id = element.getAttribute('id');
  return id && /^[A-Za-z][\w-]*$/.test(id) && stableValue(id) ? `#${id}` : undefined;
}

/**
 * Selectors that describe the element by itself, most robust first (not yet checked for uniqueness).
 * With `avoid` (the text a part reads, e.g. the buyer's name), hooks whose value holds that text are left
 * out: `[aria-label="阿宁"]` finds 阿宁's entry, not the open conversation.
 */
function ownSelectors(element: Element, avoid = ''): string[] {
  const tag = tagOf(element);
  const candidates: string[] = [];
  const id = idSelector(element);
  if (id && !(avoid && id.includes(avoid))) candidates.push(id);
  for (const attr of stableAttributeSelectors(element)) if (!(avoid && attr.includes(avoid))) candidates.push(`${tag}${attr}`);
  const classes = stableClasses(element);
  for (const name of classes) candidates.push(`${tag}.${name}`);
  if (classes.length > 1) candidates.push(`${tag}.${classes.join('.')}`);
  return candidates;
}

function rootOf(element: Element): ParentNode {
  return element.ownerDocument ?? (element.getRootNode() as ParentNode);
}

function matchesOnly(root: ParentNode, css: string, element: Element): boolean {
  try {
    const all = root.querySelectorAll(css);
    return all.length === 1 && all[0] === element;
  } catch {
    return false;
  }
}

/** One step of a structural path: tag, readable classes and the position among same-tag siblings. */
function positionalStep(element: Element): string {
  const classes = stableClasses(element).map((name) => `.${name}`).join('');
  const parent = element.parentElement;
  const sameTag = parent ? Array.from(parent.children).filter((child) => child.tagName === element.tagName) : [element];
  const nth = sameTag.length > 1 ? `:nth-of-type(${sameTag.indexOf(element) + 1})` : '';
  return `${tagOf(element)}${classes}${nth}`;
}

const MAX_PATH_DEPTH = 6;

/**
 * A selector that matches this element and nothing else in its document: its own stable hook if
 * unique, else a way down from the nearest ancestor that has one (readable first, positions if needed).
 */
export function uniqueSelector(element: Element, avoid = ''): string {
  const root = rootOf(element);
  const isUnique = (css: string, target: Element) => matchesOnly(root, css, target);
  const own = ownSelectors(element, avoid).find((css) => isUnique(css, element));
  if (own) return own;
  const readable = [...ownSelectors(element, avoid).filter((css) => !css.startsWith('#')), tagOf(element)];
  const steps: string[] = [];
  let current: Element = element;
  for (let depth = 0; depth < MAX_PATH_DEPTH; depth++) {
    steps.unshift(positionalStep(current));
    const parent = current.parentElement;
    if (!parent || parent.tagName === 'HTML') break;
    const anchor = ownSelectors(parent, avoid).find((css) => isUnique(css, parent));
    if (anchor) {
      const found = [...readable.map((css) => `${anchor} ${css}`), `${anchor} > ${steps.join(' > ')}`].find((css) => isUnique(css, element));
      if (found) return found;
    }
    current = parent;
  }
  return fullPath(element);
}

/** Last resort: the positional path from <body>. */
function fullPath(element: Element): string {
  const steps: string[] = [];
  for (let current: Element | null = element; current && current.tagName !== 'BODY' && current.tagName !== 'HTML'; current = current.parentElement) {
    steps.unshift(positionalStep(current));
  }
  return ['body', ...steps].join(' > ');
}

function ancestors(element: Element): Element[] {
  const chain: Element[] = [];
  for (let current: Element | null = element; current; current = current.parentElement) chain.push(current);
  return chain;
}

function commonAncestor(a: Element, b: Element): Element | undefined {
  const chainOfB = new Set(ancestors(b));
  return ancestors(a).find((element) => chainOfB.has(element));
}

/** The child of `container` that holds `element`. */
function childHolding(container: Element, element: Element): Element | undefined {
  return ancestors(element).find((candidate) => candidate.parentElement === container);
}

/** Features that can tell a row's side: classes and stable attributes on the row and a few levels inside it. */
export function sideFeatures(row: Element): Map<string, number> {
  const features = new Map<string, number>();
  const visit = (element: Element, depth: number) => {
    const add = (css: string) => {
      if (!features.has(css)) features.set(css, depth);
    };
    for (const name of stableClasses(element)) add(`.${name}`);
    for (const attr of stableAttributeSelectors(element)) add(attr);
    const style = element.getAttribute('style') ?? '';
    for (const fragment of SIDE_STYLES) if (style.includes(fragment)) add(`[style*="${fragment}"]`);
    if (depth < 3) for (const child of Array.from(element.children)) visit(child, depth + 1);
  };
  visit(row, 0);
  return features;
}

/** Features present on one row and absent from the other, shallowest first. */
function distinguishing(own: Map<string, number>, other: Map<string, number>): string[] {
  return [...own]
    .filter(([css]) => !other.has(css))
    .sort((a, b) => a[1] - b[1])
    .map(([css]) => css)
    .slice(0, 3);
}

function directionRules(buyerRow: Element, agentRow: Element): DirectionRule[] | undefined {
  const buyerFeatures = sideFeatures(buyerRow);
  const agentFeatures = sideFeatures(agentRow);
  const buyer = distinguishing(buyerFeatures, agentFeatures);
  const agent = distinguishing(agentFeatures, buyerFeatures);
  if (buyer.length > 0 && agent.length > 0) {
    return [
      { match: agent, direction: 'agent' },
      { match: buyer, direction: 'buyer' },
    ];
  }
  // Only one side is marked (e.g. our bubbles carry .self): every other row is the buyer's.
  if (agent.length > 0) return [{ match: agent, direction: 'agent' }, { match: '*', direction: 'buyer' }];
  if (buyer.length > 0) return [{ match: buyer, direction: 'buyer' }, { match: '*', direction: 'agent' }];
  return undefined;
}

/** What two rows have in common: tag plus shared readable classes (never a hash or a state class). */
function rowSelector(buyerRow: Element, agentRow: Element): string {
  const agentClasses = new Set(stableClasses(agentRow));
  const shared = stableClasses(buyerRow).filter((name) => agentClasses.has(name));
  const tag = buyerRow.tagName === agentRow.tagName ? tagOf(buyerRow) : '*';
  return `:scope > ${tag}${shared.map((name) => `.${name}`).join('')}`;
}

/** The text element inside a row, when the clicked bubble is inside the row and both sides share its selector. */
function textSelector(buyerRow: Element, buyerPick: Element, agentRow: Element, agentPick: Element): string | undefined {
  if (buyerPick === buyerRow) return undefined;
  const candidates = [...ownSelectors(buyerPick).filter((css) => !css.startsWith('#')), tagOf(buyerPick)];
  return candidates.find((css) => {
    try {
      const inAgent = agentRow.querySelector(css);
      return buyerRow.querySelector(css) === buyerPick && inAgent !== null && (inAgent === agentPick || inAgent.contains(agentPick) || agentPick.contains(inAgent));
    } catch {
      return false;
    }
  });
}

/** The element that takes text: the clicked field, or the outermost editable region around the click. */
export function editableTarget(element: Element): Element | undefined {
  if (element.tagName === 'TEXTAREA' || element.tagName === 'INPUT') return element;
  let editable: Element | undefined;
  for (let current: Element | null = element; current; current = current.parentElement) {
    const flag = current.getAttribute('contenteditable');
    if (flag === 'true' || flag === '') editable = current;
    else if (flag === 'false') break;
  }
  return editable;
}

/** Positions (":nth-of-type(2)") say where an element is, not which conversation it belongs to. */
export function isPositional(css: string): boolean {
  return /:(nth-|first-|last-|only-)/.test(css);
}

/** Class names chat UIs give the open conversation's entry in their list. */
const ACTIVE_CLASS = /^(is-?)?(active|selected|current|checked)$|[-_](active|selected|current)$|^(active|selected|current)[-_]|[a-z](Active|Selected|Current)$/;
/** data-* values that say the same ("f1.current" on 飞鸽's list rows, data-state="active"). */
const ACTIVE_VALUE = /(^|[._-])(active|selected|current)$/;

/** A selector fragment matching the state that marks this element as the open one, if it carries any. */
function stateMarker(element: Element): string | undefined {
  const current = element.getAttribute('aria-current');
  if (current !== null && current !== 'false' && /^[a-z]{1,10}$/.test(current)) return `[aria-current="${current}"]`;
  if (element.getAttribute('aria-selected') === 'true') return '[aria-selected="true"]';
  const stateClass = Array.from(element.classList).find((name) => ACTIVE_CLASS.test(name) && /^-?[A-Za-z_][\w-]*$/.test(name));
  if (stateClass) return `.${stateClass}`;
  for (const { name, value } of Array.from(element.attributes)) {
    if (!name.startsWith('data-') || !/^[\w.-]{1,40}$/.test(value)) continue;
    const suffix = ACTIVE_VALUE.exec(value)?.[0];
    if (suffix) return suffix === value ? `[${name}="${value}"]` : `[${name}$="${suffix}"]`;
    if (/^data-(is-)?(active|selected|current)$/.test(name) && value === 'true') return `[${name}="true"]`;
  }
  return undefined;
}

/**
 * Repairs a pick inside a list of conversations: the entry marked as open (aria-current, aria-selected,
 * .active …) instead of the entry at that position, then the picked element inside it.
 */
function stateAnchoredSelector(element: Element, avoid: string): string | undefined {
  const root = rootOf(element);
  const only = (css: string, target: Element) => matchesOnly(root, css, target);
  for (const entry of ancestors(element)) {
    if (entry.tagName === 'BODY' || entry.tagName === 'HTML') break;
    const marker = stateMarker(entry);
    if (!marker) continue;
    const item = `${tagOf(entry)}${stableClasses(entry).map((name) => `.${name}`).join('')}${marker}`;
    // Another marked element elsewhere (a tab bar's .active) is told apart by the list it sits in.
    const anchors = ancestors(entry)
      .slice(1, MAX_PATH_DEPTH + 1)
      .map((ancestor) => ownSelectors(ancestor, avoid).find((css) => only(css, ancestor)))
      .filter((css): css is string => css !== undefined)
      .map((css) => `${css} ${item}`);
    const prefix = [item, ...anchors].find((css) => only(css, entry));
    if (!prefix) continue;
    if (entry === element) return prefix;
    const inner = [...ownSelectors(element, avoid).filter((css) => !css.startsWith('#')), tagOf(element)]
      .map((css) => `${prefix} ${css}`)
      .find((css) => only(css, element));
    if (inner) return inner;
    const steps: string[] = [];
    for (let current: Element = element; current !== entry; current = current.parentElement!) steps.unshift(positionalStep(current));
    const path = `${prefix} > ${steps.join(' > ')}`;
    if (only(path, element)) return path;
  }
  return undefined;
}

/** Elements showing `text` (with a label or not) that hold no smaller such element: where a name or id is shown. */
function elementsShowing(root: ParentNode, text: string): Element[] {
  return Array.from(root.querySelectorAll('*')).filter(
    (element) =>
      (element.textContent ?? '').includes(text) && !Array.from(element.children).some((child) => (child.textContent ?? '').includes(text)),
  );
}

/**
 * The open conversation's pane: from the smallest element holding the message list and the input, grown
 * while it shows the picked text only once. It stops below a conversation list that shows the same name
 * (or id) again, so a header outside the list-and-input block still counts as inside the pane.
 */
export function chatPane(list: Element, field: Element, text: string): Element | undefined {
  let pane = commonAncestor(list, field);
  if (!pane) return undefined;
  const showing = elementsShowing(rootOf(pane), text);
  for (let parent = pane.parentElement; parent && parent.tagName !== 'BODY' && parent.tagName !== 'HTML'; parent = parent.parentElement) {
    const within = parent;
    if (showing.filter((element) => within.contains(element)).length > 1) break;
    pane = parent;
  }
  return pane.tagName === 'BODY' || pane.tagName === 'HTML' ? undefined : pane;
}

export type IdentityOutcome = { ok: true; selector: string; repaired: boolean } | { ok: false; message: string };

/**
 * A selector for a part that says which conversation is open (buyer name, buyer id). A position is fine
 * inside the open conversation's pane, never elsewhere: a list entry found by its position reads the same
 * buyer whatever conversation is open, and replies would be bound to the wrong buyer. Such a pick is
 * repaired to the entry marked as open when the page marks it, and refused otherwise.
 */
export function identitySelector(element: Element, pane: Element | undefined, label: string): IdentityOutcome {
  const text = cleanText(element.textContent ?? '');
  const css = uniqueSelector(element, text);
  if (!isPositional(css) || pane?.contains(element)) return { ok: true, selector: css, repaired: false };
  const anchored = stateAnchoredSelector(element, text);
  if (anchored) return { ok: true, selector: anchored, repaired: true };
  return {
    ok: false,
    message: `这里的${label}只能按位置找到（像是会话列表里的一项）：切换会话后它不会跟着变，回复会绑错买家。请点聊天窗口里当前会话的${label}`,
  };
}

function repairNote(label: string): string {
  return `${label}是在会话列表里点的：已改为读取列表中“当前打开”的那一项，请在检查时确认它会跟着切换`;
}

/** The rows holding the picked buyer and agent messages: children of the element holding both. */
export function pickedRows(picks: Pick<TeachPicks, 'buyerMessage' | 'agentMessage'>): { buyerRow: Element; agentRow: Element } | undefined {
  const container = commonAncestor(picks.buyerMessage, picks.agentMessage);
  const buyerRow = container && childHolding(container, picks.buyerMessage);
  const agentRow = container && childHolding(container, picks.agentMessage);
  return buyerRow && agentRow ? { buyerRow, agentRow } : undefined;
}

export function deriveSelectorSet(picks: TeachPicks): TeachOutcome {
  const { messageList, buyerMessage, agentMessage, buyerName, input } = picks;
  if (buyerMessage === agentMessage) {
    return { ok: false, step: 'agentMessage', message: '买家消息和客服消息选成了同一处，请点一条客服发出的消息' };
  }
  const container = commonAncestor(buyerMessage, agentMessage);
  // Clicking a message instead of the area around it still says where the list is.
  if (!container || !(messageList.contains(container) || container.contains(messageList))) {
    return { ok: false, step: 'messageList', message: '选中的消息不在消息列表里，请重新点一下聊天记录所在的区域' };
  }
  const buyerRow = childHolding(container, buyerMessage);
  const agentRow = childHolding(container, agentMessage);
  if (!buyerRow || !agentRow) {
    return { ok: false, step: 'agentMessage', message: '一条消息包含了另一条，请点单独的一条消息' };
  }
  const directions = directionRules(buyerRow, agentRow);
  if (!directions) {
    return { ok: false, step: 'agentMessage', message: '看不出买家消息和客服消息的区别，请换一条客服消息再试' };
  }
  const field = editableTarget(input);
  if (!field) return { ok: false, step: 'input', message: '选中的不是可以输入的地方，请点回复输入框' };
  if (messageList.contains(buyerName) && buyerName !== messageList) {
    return { ok: false, step: 'buyerName', message: '买家昵称应在会话顶部，不在消息列表里，请重新点一下' };
  }
  const name = identitySelector(buyerName, chatPane(container, field, cleanText(buyerName.textContent ?? '')), '买家昵称');
  if (!name.ok) return { ok: false, step: 'buyerName', message: name.message };

  const selectors: SelectorSet = {
    messageList: uniqueSelector(container),
    messageRow: rowSelector(buyerRow, agentRow),
    directions,
    buyerName: name.selector,
    input: uniqueSelector(field),
  };
  const text = textSelector(buyerRow, buyerMessage, agentRow, agentMessage);
  if (text) selectors.messageText = text;
  return { ok: true, selectors, warnings: name.repaired ? [repairNote('买家昵称')] : [] };
}

/**
 * Adds the buyer id the agent clicked to a taught set: read like the name (never by a position in a
 * list), it keys the conversation, so two buyers with the same nickname are never mixed up.
 */
export function deriveBuyerId(picks: TeachPicks, element: Element, selectors: SelectorSet): TeachOutcome {
  const container = commonAncestor(picks.buyerMessage, picks.agentMessage);
  const field = editableTarget(picks.input);
  if (container?.contains(element)) return { ok: false, step: 'buyerId', message: '买家编号不在消息列表里，请点当前会话顶部或资料栏里的编号' };
  if (element === picks.buyerName) return { ok: false, step: 'buyerId', message: '买家编号和买家昵称选成了同一处，请点显示编号（ID、账号）的地方' };
  const text = cleanText(element.textContent ?? '');
  if (!text) return { ok: false, step: 'buyerId', message: '这里没有文字，请点显示买家编号的地方' };
  const id = identitySelector(element, container && field ? chatPane(container, field, text) : undefined, '买家编号');
  if (!id.ok) return { ok: false, step: 'buyerId', message: id.message };
  return { ok: true, selectors: { ...selectors, buyerId: { selector: id.selector } }, warnings: id.repaired ? [repairNote('买家编号')] : [] };
}

const MAX_ROW_DEPTH = 6;

/** The clicked buyer name's row: the nearest ancestor repeated among its siblings (same tag and classes). */
function repeatedRow(name: Element): { row: Element; sibling: Element; shared: string[] } | undefined {
  let current: Element | null = name;
  for (let depth = 0; current && depth < MAX_ROW_DEPTH; depth++, current = current.parentElement) {
    const row: Element = current;
    const classes = stableClasses(row);
    const sibling = Array.from(row.parentElement?.children ?? []).find(
      (other) => other !== row && other.tagName === row.tagName && classes.every((name) => other.classList.contains(name)),
    );
    if (sibling) return { row, sibling, shared: classes };
  }
  return undefined;
}

/** A conversation-list part from one buyer name clicked in the list: its row, the name in it and the row's own id. */
export function deriveConversationList(name: Element): ConversationListSelectors | undefined {
  const found = repeatedRow(name);
  if (!found || found.row === name.ownerDocument?.body) return undefined;
  const { row, sibling, shared } = found;
  const parent = row.parentElement!;
  const rowCss = shared.length > 0 ? `${tagOf(row)}${shared.map((c) => `.${c}`).join('')}` : `${uniqueSelector(parent)} > ${tagOf(row)}`;
  const nameCss = name === row ? undefined : [...ownSelectors(name).filter((css) => !css.startsWith('#')), tagOf(name)].find((css) => row.querySelector(css) === name);
  if (name !== row && !nameCss) return undefined;
  const keyAttr = Array.from(row.attributes).find(
    ({ name: attr, value }) => attr.startsWith('data-') && value !== '' && sibling.getAttribute(attr) !== null && sibling.getAttribute(attr) !== value,
  )?.name;
  return { row: rowCss, name: nameCss ?? ':scope', ...(keyAttr ? { keyAttr } : {}) };
}

/** Adds the conversation list the agent clicked in to a taught set, for the waiting queue. */
export function deriveListPart(element: Element, selectors: SelectorSet): TeachOutcome {
  const list = deriveConversationList(element);
  if (!list) return { ok: false, step: LIST_ROW_STEP.step, message: '没认出会话列表：请点列表里某位买家的昵称，或按 Esc 不教会话列表' };
  return { ok: true, selectors: { ...selectors, conversationList: list }, warnings: [] };
}
