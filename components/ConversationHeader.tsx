// Which workbench and buyer the panel follows, what they asked last and how long they have waited.
// Everything here comes from the page, so its size is the page's to choose: long texts are clipped and
// opened a step at a time, and the work per render is linear in what is shown, never in what was sent.
import { useState } from 'preact/hooks';
import type { WorkbenchSnapshot, SelectorPart, ChatMessage } from '../utils/workbench/types';
import { formatWait } from '../utils/workbench/waiting';
import { segmentText, type Span } from '../utils/text-segments';

const PART_LABELS: Record<SelectorPart, string> = {
  messageList: '消息列表',
  buyerName: '买家昵称',
  input: '输入框',
};

/** Seconds after which the wait is shown as urgent: platforms score replies slower than 3 minutes. */
const WAIT_WARN_MS = 60_000;
const WAIT_URGENT_MS = 180_000;

/** Characters of a buyer message shown at first, and added by each 展开. */
export const MESSAGE_PREVIEW_CHARS = 300;
const MESSAGE_EXPAND_CHARS = 5_000;
/** Names and product titles longer than this are abbreviated. */
const NAME_CHARS = 200;

export function ConversationHeader({
  snapshot,
  now,
  highlights = [],
}: {
  snapshot: WorkbenchSnapshot | null;
  now: number;
  /** Words of the buyer's messages that the suggestions matched. */
  highlights?: readonly string[];
}) {
  if (!snapshot) {
    return (
      <section class="hs-card conversation" data-testid="conversation">
        <strong>未检测到客服工作台</strong>
        <p class="hs-muted">打开拼多多、抖店飞鸽、京东咚咚、千牛或快手的客服聊天页面，话术助手会自动跟随当前会话。</p>
      </section>
    );
  }
  const { conversation, missing, waitingSince } = snapshot;
  return (
    <section class="hs-card conversation" data-testid="conversation">
      <div class="conversation-top">
        <span class="hs-badge ok" data-testid="platform">{snapshot.platformName}</span>
        {missing.length > 0 && (
          <span class="hs-badge block" data-testid="health">
            未找到：{missing.map((part) => PART_LABELS[part]).join('、')}
          </span>
        )}
      </div>
      {conversation ? (
        <>
          <div class="buyer-line">
            <strong class="buyer-name" data-testid="buyer-name">{abbreviate(conversation.buyer.name, NAME_CHARS)}</strong>
            {waitingSince !== null && <WaitBadge ms={now - waitingSince} />}
          </div>
          {conversation.product && (
            <div class="product-line hs-muted" data-testid="product">
              商品：{abbreviate(conversation.product.name, NAME_CHARS)}
              {conversation.product.price ? ` · ${abbreviate(conversation.product.price, NAME_CHARS)}` : ''}
            </div>
          )}
          <LatestMessages messages={conversation.messages} highlights={highlights} />
        </>
      ) : (
        <p class="hs-muted">页面已识别，但还没读到会话：请在工作台里点开一位买家。</p>
      )}
    </section>
  );
}

function WaitBadge({ ms }: { ms: number }) {
  const level = ms >= WAIT_URGENT_MS ? 'block' : ms >= WAIT_WARN_MS ? 'warn' : 'ok';
  return (
    <span class={`hs-badge ${level}`} data-testid="waiting">
      已等待 {formatWait(ms)}
    </span>
  );
}

/** The buyer's messages since our last reply (at most three), else their last three messages. */
export function latestBuyerMessages(messages: readonly ChatMessage[], limit = 3): ChatMessage[] {
  const lastReply = messages.findLastIndex((m) => m.direction === 'agent' || m.direction === 'robot');
  const pending = messages.slice(lastReply + 1).filter((m) => m.direction === 'buyer');
  const pool = pending.length > 0 ? pending : messages.filter((m) => m.direction === 'buyer');
  return pool.slice(-limit);
}

function LatestMessages({ messages, highlights }: { messages: readonly ChatMessage[]; highlights: readonly string[] }) {
  const latest = latestBuyerMessages(messages);
  if (latest.length === 0) return <p class="hs-muted">买家还没有发消息。</p>;
  return (
    <ul class="latest-messages" data-testid="latest-messages">
      {latest.map((message, index) => (
        <li key={message.id ?? index}>
          {message.time && <span class="hs-muted time">{abbreviate(message.time, NAME_CHARS)}</span>}
          <MessageText text={message.text} highlights={highlights} />
        </li>
      ))}
    </ul>
  );
}

/** A buyer message, clipped when long (a page can send 100,000 characters), with 展开 to read on. */
function MessageText({ text, highlights }: { text: string; highlights: readonly string[] }) {
  const [limit, setLimit] = useState(MESSAGE_PREVIEW_CHARS);
  const shown = text.length > limit ? text.slice(0, limit) : text;
  const rest = text.length - shown.length;
  return (
    <>
      <span class="text">
        {segmentText(shown, occurrences(shown, highlights)).map((segment) =>
          segment.span ? <mark key={segment.start}>{segment.text}</mark> : segment.text,
        )}
        {rest > 0 && '…'}
      </span>
      {(rest > 0 || limit > MESSAGE_PREVIEW_CHARS) && (
        <span class="message-more">
          {rest > 0 && (
            <button type="button" class="link-button" data-testid="message-expand" onClick={() => setLimit(limit + MESSAGE_EXPAND_CHARS)}>
              展开（还有 {rest.toLocaleString('zh-CN')} 字）
            </button>
          )}
          {limit > MESSAGE_PREVIEW_CHARS && (
            <button type="button" class="link-button" data-testid="message-collapse" onClick={() => setLimit(MESSAGE_PREVIEW_CHARS)}>
              收起
            </button>
          )}
        </span>
      )}
    </>
  );
}

function abbreviate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Non-overlapping occurrences of the words in a text, longest word first where they compete. Linear in
 * the text for each word: a character taken by a longer word is marked, not searched for among spans.
 */
export function occurrences(text: string, words: readonly string[]): Span[] {
  const spans: Span[] = [];
  const taken = new Uint8Array(text.length);
  for (const word of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    if (!word) continue;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (taken.subarray(at, end).includes(1)) continue;
      taken.fill(1, at, end);
      spans.push({ start: at, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
