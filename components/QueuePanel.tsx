// The waiting queue and live reminders at the top of the panel: every buyer waiting in the workbench's
// conversation list, longest first, with their last message; a click opens that conversation in the
// page. Reminders can be dismissed one by one or switched off. Text only: names and previews are page content.
import { useState } from 'preact/hooks';
import { sendMessage } from '../utils/messaging';
import type { Nudge, QueueEntry } from '../utils/queue/queue';
import { NUDGE_LABELS, type NudgeKind } from '../utils/queue/nudges';
import { formatWait } from '../utils/workbench/waiting';
import type { QueueState } from '../entrypoints/sidepanel/queue';

const SHOWN = 8;

export function QueuePanel({ queue }: { queue: QueueState }) {
  const [error, setError] = useState('');
  const { view, now } = queue;
  if (!view) return null;
  const badgeAfter = view.standards.badgeAfterSeconds * 1000;
  const waiting = view.entries;
  const longest = waiting[0];

  const open = async (event: MouseEvent, target: Pick<QueueEntry, 'tabId' | 'name' | 'rowKey'>) => {
    // Only the agent's own click switches conversations.
    if (!event.isTrusted) return;
    setError('');
    const result = await sendMessage('openConversation', { tabId: target.tabId, name: target.name, ...(target.rowKey ? { rowKey: target.rowKey } : {}) }).catch(() => ({
      ok: false as const,
      message: '后台没有响应，请稍后重试',
    }));
    if (!result.ok) setError(result.message);
  };

  return (
    <section class="hs-card queue" data-testid="queue">
      <h2 class="section-title" data-testid="queue-summary">
        {longest ? `等待中 ${waiting.length} 人 · 最久 ${longest.name} ${formatWait(now - longest.waitingSince)}` : '暂无等待回复的买家'}
      </h2>
      {view.nudges.length > 0 && (
        <ul class="nudges" data-testid="nudges">
          {view.nudges.map((nudge) => (
            <NudgeCard key={nudge.id} nudge={nudge} now={now} followUpMinutes={view.standards.followUpMinutes} onOpen={(event) => void open(event, nudge)} />
          ))}
        </ul>
      )}
      {waiting.length > 0 && (
        <ol class="queue-list" data-testid="queue-list">
          {waiting.slice(0, SHOWN).map((entry) => {
            const wait = now - entry.waitingSince;
            const level = entry.overdue ? 'block' : wait >= badgeAfter ? 'warn' : 'ok';
            return (
              <li key={`${entry.tabId}:${entry.name}`}>
                <button type="button" class={`queue-row${entry.open ? ' open' : ''}`} data-testid="queue-row" onClick={(event) => void open(event, entry)}>
                  <span class="queue-head">
                    <strong class="queue-name">{entry.name}</strong>
                    {entry.open && <span class="hs-badge">当前</span>}
                    {entry.unread > 0 && <span class="hs-badge">{entry.unread} 条未读</span>}
                    <span class={`hs-badge ${level} queue-wait`} data-testid="queue-wait">{formatWait(wait)}</span>
                  </span>
                  {entry.preview && <span class="queue-preview hs-muted">{entry.preview}</span>}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {waiting.length > SHOWN && <p class="hs-muted">还有 {waiting.length - SHOWN} 位买家在等待</p>}
      {error && (
        <p class="hs-status error" role="status">
          {error}
        </p>
      )}
    </section>
  );
}

function nudgeText(nudge: Nudge, now: number, followUpMinutes: number): string {
  switch (nudge.kind) {
    case 'followUp':
      return nudge.open
        ? `你对 ${nudge.name} 说了「稍等」，已经 ${formatWait(now - nudge.since)} 没有回复：跟进话术已排在推荐第一位。`
        : `漏跟进：你对 ${nudge.name} 说了「稍等」，已超过 ${followUpMinutes} 分钟没有回复，打开会话去跟进吧。`;
    case 'longWait':
      return `${nudge.name} 已等待 ${formatWait(now - nudge.since)}：先说声「久等了」，致歉开场已排在推荐最前。`;
    case 'welcome':
      return nudge.detail === 'missed' ? '首次回复没有欢迎语，下一条可以补上一句问候。' : `这是给 ${nudge.name} 的第一次回复：记得带上欢迎语（已放在推荐里）。`;
    case 'closing':
      return '会话快结束了：发一句结束语，并邀请买家按真实感受评价（不要用返现、赠品换评价）。';
  }
}

function NudgeCard({ nudge, now, followUpMinutes, onOpen }: { nudge: Nudge; now: number; followUpMinutes: number; onOpen(event: MouseEvent): void }) {
  const switchOff = async (kind: NudgeKind) => {
    const settings = await sendMessage('getSettings', undefined);
    const service = settings.service ?? {};
    await sendMessage('saveSettings', { ...settings, service: { ...service, nudges: { ...service.nudges, [kind]: false } } });
    // The reminder itself goes away on the next evaluation; hide this one now.
    await sendMessage('dismissNudge', nudge.id);
  };
  return (
    <li class={`nudge ${nudge.kind}`} data-testid="nudge" data-kind={nudge.kind}>
      <p>{nudgeText(nudge, now, followUpMinutes)}</p>
      <div class="nudge-actions">
        {!nudge.open && (
          <button type="button" class="link-button" data-testid="nudge-open" onClick={onOpen}>
            打开会话
          </button>
        )}
        <button type="button" class="link-button" data-testid="nudge-dismiss" onClick={() => void sendMessage('dismissNudge', nudge.id)}>
          知道了
        </button>
        <button type="button" class="link-button" data-testid="nudge-off" onClick={() => void switchOff(nudge.kind)}>
          不再提醒「{NUDGE_LABELS[nudge.kind]}」
        </button>
      </div>
    </li>
  );
}
