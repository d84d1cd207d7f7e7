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
  const underHeader = rowsUnderHeaders(rows, groups);
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
    const group = groups.find((candidate) => candidate.container && candidate.element.contains(row))?.state ?? underHeader.get(row);
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

/**
 * Header groups: the rows that follow a header (directly, or inside wrappers that follow it) up to the
 * next element that is neither a row nor holds rows — another header ends the group. One pass per header.
 */
function rowsUnderHeaders(rows: readonly Element[], groups: readonly Group[]): Map<Element, ListGroupRule['state']> {
  const owned = new Map<Element, ListGroupRule['state']>();
  const headers = groups.filter((group) => !group.container);
  if (headers.length === 0) return owned;
  const isRow = new Set(rows);
  for (const header of headers) {
    for (let next = header.element.nextElementSibling; next; next = next.nextElementSibling) {
      if (isRow.has(next)) owned.set(next, header.state);
      else {
        const inside = rows.filter((row) => next!.contains(row));
        if (inside.length === 0) break;
        inside.forEach((row) => owned.set(row, header.state));
      }
    }
  }
  return owned;
}
