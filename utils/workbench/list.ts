// Reads the conversation list beside the open chat (会话列表): each row's buyer, unread count, last
// message, the platform's own timer and waiting/overdue group, and which row is open. Driven only by an
// adapter's selector data, on a live page or a snapshot parsed in Node.
import { cleanText, matchesWithin, queryAll, queryFirst, readValue } from './dom';
import type { ConversationListSelectors, ListGroupRule, ListRow } from './types';

interface Group {
  element: Element;
  state: ListGroupRule['state'];
  /** Holds its rows (else a header its rows follow). */
  container: boolean;
}

/** Rows in page order; null when the page shows no list at all (the part needs teaching). */
export function readConversationList(root: ParentNode, spec: ConversationListSelectors): ListRow[] | null {
  const rows = queryAll(root, spec.row);
  if (rows.length === 0) return queryFirst(root, spec.row) ? [] : null;
  const groups = findGroups(root, spec);
  const headers = groups.filter((group) => !group.container);
  const result: ListRow[] = [];
  for (const row of rows) {
    const name = readValue(row, spec.name);
    // A row still rendering (placeholder skeleton) has no name yet; the next read picks it up.
    if (!name) continue;
    const entry: ListRow = { name, unread: unreadOf(row, spec), active: spec.active ? matchesWithin(row, spec.active) : false };
    const key = spec.keyAttr ? row.getAttribute(spec.keyAttr) : null;
    if (key) entry.key = key;
    const preview = spec.preview ? readValue(row, spec.preview) : undefined;
    if (preview) entry.preview = preview;
    const timer = spec.timer ? readValue(row, spec.timer) : undefined;
    if (timer) entry.timer = timer;
    const group = groupOf(row, groups, headers);
    if (group) entry.group = group;
    result.push(entry);
  }
  return result;
}

function unreadOf(row: Element, spec: ConversationListSelectors): number {
  const badge = spec.unread ? queryFirst(row, spec.unread) : null;
  const count = badge ? parseCount(badge.textContent ?? '') : 0;
  if (count > 0) return count;
  return spec.unreadMarker && matchesWithin(row, spec.unreadMarker) ? 1 : 0;
}

/** "3" → 3, "99+" → 99, "" → 0. */
export function parseCount(text: string): number {
  const digits = /\d+/.exec(text);
  return digits ? Number(digits[0]) : 0;
}

function findGroups(root: ParentNode, spec: ConversationListSelectors): Group[] {
  const groups: Group[] = [];
  for (const rule of spec.groups ?? []) {
    for (const element of queryAll(root, rule.match)) {
      const container = queryFirst(element, spec.row) !== null;
      if (rule.text && !labelOf(element, spec).includes(rule.text)) continue;
      groups.push({ element, state: rule.state, container });
    }
  }
  return groups;
}

/** A group's own words: its text without the rows it holds (a preview may well say 已超时). */
function labelOf(group: Element, spec: ConversationListSelectors): string {
  let label = '';
  for (const child of Array.from(group.childNodes)) {
    if (child.nodeType === 1 && matchesWithin(child as Element, spec.row)) continue;
    label += child.textContent ?? '';
  }
  return cleanText(label);
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the Node global.

function groupOf(row: Element, groups: readonly Group[], headers: readonly Group[]): ListGroupRule['state'] | undefined {
  for (const group of groups) if (group.container && group.element.contains(row)) return group.state;
  // Header groups: the last header before the row in page order.
  let last: Group | undefined;
  for (const header of headers) if (header.element.compareDocumentPosition(row) & FOLLOWING) last = header;
  return last?.state;
}
