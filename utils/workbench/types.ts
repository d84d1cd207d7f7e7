// The conversation model every workbench reader produces, and the selector data an adapter is made of.

export type Direction = 'buyer' | 'agent' | 'robot' | 'system';

export interface ChatMessage {
  /** Stable id from the page when it gives one (data-* / id attributes), else absent. */
  id?: string;
  direction: Direction;
  text: string;
  /** The time as the page shows it, e.g. "14:02:33" or "2026-11-21 14:02". */
  time?: string;
}

export interface ProductCard {
  name: string;
  price?: string;
  id?: string;
}

export interface OrderCard {
  id: string;
  status?: string;
}

export interface Buyer {
  name: string;
  id?: string;
}

export interface Conversation {
  platform: string;
  platformName: string;
  /** Identifies the conversation across reads: platform + buyer id (or name when the page shows no id). */
  key: string;
  buyer: Buyer;
  messages: ChatMessage[];
  product?: ProductCard;
  order?: OrderCard;
  /** The shop or account the workbench shows this conversation under (chooses the agent's shop profile). */
  shopName?: string;
}

/** A CSS selector, or several tried in order (stable hooks first, hashed classes last). */
export type Selector = string | readonly string[];

/** Where a value lives: the element's text, or one of its attributes. */
export interface ValueSelector {
  selector: Selector;
  attr?: string;
}

export interface DirectionRule {
  /** Matches the row itself or any element inside it. */
  match: Selector;
  direction: Direction;
}

/**
 * Everything an adapter knows about one workbench's DOM, as data, so a changed page is a one-line fix
 * and a team lead can push the fix in a pack.
 */
export interface SelectorSet {
  /** The element holding the active conversation's rows. */
  messageList: Selector;
  /** Rows inside messageList. */
  messageRow: Selector;
  /** First rule that matches decides the direction; rows no rule matches are skipped. */
  directions: readonly DirectionRule[];
  /** Text of a row, relative to the row; the row's own text when absent or not found. */
  messageText?: Selector;
  messageTime?: Selector;
  /** Attribute on the row that carries a message id. */
  messageIdAttr?: string;
  buyerName: Selector | ValueSelector;
  buyerId?: ValueSelector;
  product?: {
    card: Selector;
    name: Selector;
    price?: Selector;
    id?: Selector;
  };
  order?: {
    card: Selector;
    id: Selector;
    status?: Selector;
  };
  /** The shop or account name the workbench shows (an agent serving several shops has a profile for each). */
  shopName?: Selector | ValueSelector;
  /** The reply box: a textarea, an input or a contenteditable element. */
  input: Selector;
  sendButton?: Selector;
  /** The list of conversations beside the open chat (会话列表), read for the waiting queue. */
  conversationList?: ConversationListSelectors;
}

/** A group of the platform's own service clock: rows inside (or after) it are waiting or overdue. */
export interface ListGroupRule {
  /** The group's container, or a header the group's rows follow. */
  match: Selector;
  /** Only a group whose text contains this counts (快手 names its groups 「请在3分钟内回复」「已超时」). */
  text?: string;
  state: 'waiting' | 'overdue';
}

/** Where each part of a conversation-list row is; everything but `row` and `name` is relative to the row. */
export interface ConversationListSelectors {
  /** One conversation in the list: what the agent clicks to open it. */
  row: Selector;
  name: Selector | ValueSelector;
  /** Attribute on the row that carries the page's own conversation id (data-random, data-user-id …). */
  keyAttr?: string;
  /** The unread count badge; a number in its text, empty when read. */
  unread?: Selector;
  /** A dot or icon the page shows on unread rows when it shows no count. */
  unreadMarker?: Selector;
  /** The last message shown in the row. */
  preview?: Selector;
  /** The platform's own waiting time or countdown shown in the row. */
  timer?: Selector;
  /** The platform's own waiting / overdue groups. */
  groups?: readonly ListGroupRule[];
  /** Matches the row (or an element in it) when it is the open conversation. */
  active?: Selector;
}

/** One row of the conversation list as the page shows it. Text only: names and previews stay in the browser. */
export interface ListRow {
  name: string;
  /** The page's own id for the conversation, when it shows one. */
  key?: string;
  /** Unread messages; 1 when only a marker shows. */
  unread: number;
  preview?: string;
  timer?: string;
  group?: 'waiting' | 'overdue';
  active: boolean;
}
/** Named parts a reader could not find, so the panel can say what broke instead of showing nothing. */
export type SelectorPart = 'messageList' | 'buyerName' | 'input';

export interface ReadResult {
  conversation: Conversation | null;
  missing: SelectorPart[];
}

/** Where an adapter's selectors came from: shipped, shipped but unverified, a team pack, or taught on this host. */
export type SelectorSource = 'builtin' | 'guess' | 'team' | 'taught';

/** What a content script reports for its tab: the reading plus when the buyer started waiting. */
export interface WorkbenchSnapshot {
  platform: string;
  platformName: string;
  /** Absent means built in. A guessed adapter that misses parts needs teaching. */
  source?: SelectorSource;
  url: string;
  conversation: Conversation | null;
  missing: SelectorPart[];
  /** Epoch ms the buyer has been waiting since, or null when the last word was ours. */
  waitingSince: number | null;
  readAt: number;
}

/** Workbench selectors a lead pushes when a platform changes its page before the extension is updated. */
export interface SelectorSetEntry {
  platform: string;
  /** A host ("mms.pinduoduo.com") or a wildcard over subdomains ("*.example.com"); an optional port is allowed. */
  hostPattern: string;
  version: number;
  selectors: SelectorSet;
}
