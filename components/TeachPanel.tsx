// Health and teaching in the side panel: says when the page is not recognised or a part stopped
// matching, starts the click-to-teach mode on the page, previews what the taught selectors read and saves them.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../utils/messaging';
import { originPattern } from '../utils/workbench/urls';
import { OPTIONAL_STEPS, TEACH_STEPS, type TeachPart, type TeachCheck, type TeachCommand, type TeachDraft, type TeachState } from '../utils/workbench/teach';
import type { Direction, WorkbenchSnapshot } from '../utils/workbench/types';
import './teach.css';

interface Target {
  tabId: number;
  url?: string;
}

const DIRECTION_LABELS: Record<Direction, string> = { buyer: '买家', agent: '客服', robot: '机器人', system: '系统' };
const STEP_PATH = TEACH_STEPS.map(({ label }) => label).join(' → ');

/** The optional part being picked (buyer id, conversation list), if that is what the page asks for. */
function optionalStep(part: TeachPart | undefined) {
  return OPTIONAL_STEPS.find(({ step }) => step === part);
}

export function TeachPanel({ snapshot, tabId }: { snapshot: WorkbenchSnapshot | null; tabId: number | null }) {
  const followed: Target | null = snapshot && tabId !== null ? { tabId, url: snapshot.url } : null;
  const [found, setFound] = useState<Target | null>(null);
  const target = followed ?? found;
  const [state, setState] = useState<TeachState>({ phase: 'idle' });
  const [address, setAddress] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    if (followed) return;
    const ask = () =>
      void browser.windows
        .getCurrent()
        .then((win) => sendMessage('getTeachTarget', { windowId: win.id }))
        .then(setFound)
        .catch(() => setFound(null));
    ask();
    // The page may report itself after the panel opened, or the agent may switch to another tab.
    const removeListener = onMessage('teachTargetChanged', ask);
    browser.tabs.onActivated.addListener(ask);
    return () => {
      removeListener();
      browser.tabs.onActivated.removeListener(ask);
    };
  }, [followed?.tabId]);

  useEffect(() => {
    if (!target) return;
    void sendMessage('getTeachState', { tabId: target.tabId }).then(setState).catch(() => undefined);
    return onMessage('teachStateChanged', ({ data }) => {
      if (data.tabId === target.tabId) setState(data.state);
    });
  }, [target?.tabId]);

  const needsTeaching = !snapshot || snapshot.missing.length > 0;
  if (!target || (!needsTeaching && (state.phase === 'idle' || state.phase === 'cancelled'))) return null;

  const start = async () => {
    setError('');
    const origin = originPattern(target.url ?? address.trim());
    if (!origin) {
      setError('请填写这个工作台的网址，例如 https://kefu.example.com/chat');
      return;
    }
    // Asked here, on the click: the browser only shows the permission prompt during a user gesture.
    const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (!granted) {
      setError('没有获得这个网站的访问权限，话术助手无法读取它');
      return;
    }
    const result = await sendMessage('startTeaching', { tabId: target.tabId }).catch(() => ({ ok: false as const, message: '后台没有响应，请稍后重试' }));
    if (!result.ok) setError(result.message);
  };

  return (
    <section class="hs-card teach" data-testid="teach">
      {state.phase === 'picking' ? (
        <>
          <p data-testid="teach-picking">
            {optionalStep(state.part)
              ? `请切换到工作台页面，${optionalStep(state.part)!.hint}。按 Esc 返回，不教${optionalStep(state.part)!.label}。`
              : `请切换到工作台页面，按提示依次点击：${STEP_PATH}。按 Esc 取消。`}
          </p>
          {state.message && (
            <p class="hs-status error" role="alert" data-testid="teach-refused">
              {state.message}
            </p>
          )}
        </>
      ) : state.phase === 'checking' || state.phase === 'preview' ? (
        <TeachPreview draft={state.draft} tabId={target.tabId} onRestart={start} onError={setError} />
      ) : state.phase === 'saved' ? (
        <p class="hs-status ok" data-testid="teach-saved">已保存：以后打开这个网站，话术助手会按教过的方式读取。</p>
      ) : (
        <>
          <p data-testid="teach-reason">{teachReason(snapshot)}</p>
          {!target.url && (
            <label class="teach-address">
              工作台网址
              <input value={address} placeholder="https://" onInput={(event) => setAddress(event.currentTarget.value)} />
            </label>
          )}
          <button type="button" data-testid="teach-start" onClick={() => void start()}>
            {!snapshot ? '教话术助手读这个页面' : snapshot.source === 'guess' ? '教一遍' : '重新教一遍'}
          </button>
        </>
      )}
      {error && (
        <p class="hs-status error" role="alert" data-testid="teach-error">
          {error}
        </p>
      )}
    </section>
  );
}

function teachReason(snapshot: WorkbenchSnapshot | null): string {
  if (!snapshot) return `话术助手还不认识这个页面。如果这是客服聊天页面，可以教它怎么读：依次点一下${STEP_PATH}。`;
  if (snapshot.source === 'guess') {
    return `${snapshot.platformName}的页面结构还没有公开资料，话术助手只能猜，这次没有猜中。教一遍就能读取。`;
  }
  return `${snapshot.platformName}的页面可能改版了，有些部分读不到。可以重新教一遍。`;
}

function TeachPreview({ draft, tabId, onRestart, onError }: { draft: TeachDraft; tabId: number; onRestart(): void; onError(message: string): void }) {
  const [name, setName] = useState(draft.title);
  const { conversation } = draft.preview;
  const checked = draft.check.status !== 'pending';
  const save = async () => {
    const result = await sendMessage('saveTaughtSite', { tabId, name }).catch(() => ({ ok: false as const, message: '后台没有响应，请稍后重试' }));
    if (!result.ok) onError(result.message);
  };
  const command = async (which: TeachCommand) => {
    const result = await sendMessage('sendTeachCommand', { tabId, command: which }).catch(() => ({ ok: false as const, message: '后台没有响应，请稍后重试' }));
    if (!result.ok) onError(result.message);
  };
  return (
    <div data-testid="teach-preview">
      <h2 class="section-title">预览：按教过的方式，现在读到的是</h2>
      {conversation ? (
        <>
          <p>
            买家：<strong data-testid="teach-preview-buyer">{conversation.buyer.name}</strong>
            {conversation.buyer.id && <span class="hs-muted">（编号 {conversation.buyer.id}）</span>}
          </p>
          <ul class="latest-messages" data-testid="teach-preview-messages">
            {conversation.messages.slice(-4).map((message, index) => (
              <li key={index}>
                <span class="hs-muted time">{DIRECTION_LABELS[message.direction]}</span>
                <span class="text">{message.text}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="hs-status error">没有读到会话，请重新教一遍。</p>
      )}
      {draft.preview.missing.length > 0 && <p class="hs-status error">还有部分没有读到，保存后面板会提示。</p>}
      {draft.warnings.length > 0 && (
        <ul class="teach-warnings" data-testid="teach-warnings">
          {draft.warnings.map((warning) => (
            <li key={warning} class="hs-status warn">
              {warning}
            </li>
          ))}
        </ul>
      )}
      {conversation && <TeachCheckLine check={draft.check} buyer={conversation.buyer.name} />}
      {conversation && (
        <div class="teach-actions">
          {!checked && (
            <button type="button" data-testid="teach-skip-check" onClick={() => void command('skipCheck')}>
              只有一个会话，跳过检查
            </button>
          )}
          <button type="button" data-testid="teach-buyer-id" onClick={() => void command('pickBuyerId')}>
            {conversation.buyer.id ? '重新教买家编号' : '教买家编号（可选）'}
          </button>
          <button type="button" data-testid="teach-list-row" onClick={() => void command('pickListRow')}>
            {draft.selectors.conversationList ? '重新教会话列表' : '教会话列表（可选，等待队列用）'}
          </button>
        </div>
      )}
      <label class="teach-name">
        网站名称
        <input value={name} maxLength={40} data-testid="teach-name" onInput={(event) => setName(event.currentTarget.value)} />
      </label>
      <div class="teach-actions">
        <button type="button" data-testid="teach-save" disabled={!conversation || !checked} onClick={() => void save()}>
          保存
        </button>
        <button type="button" data-testid="teach-restart" onClick={onRestart}>
          重新教一遍
        </button>
      </div>
    </div>
  );
}

/** The self-check: what the agent has to do, or what it proved. */
function TeachCheckLine({ check, buyer }: { check: TeachCheck; buyer: string }) {
  if (check.status === 'pending') {
    return (
      <p class="hs-status warn" data-testid="teach-check">
        最后一步：请在工作台里切换到另一个会话（点会话列表里的另一位买家）。话术助手确认读到的买家和消息跟着变了，才能保存，回复才不会绑错人。
      </p>
    );
  }
  if (check.status === 'passed') {
    return (
      <p class="hs-status ok" data-testid="teach-check">
        已检查：从 {buyer} 切换到 {check.otherBuyer} 后，读到的买家和消息都跟着变了。
      </p>
    );
  }
  return (
    <p class="hs-status warn" data-testid="teach-check">
      未检查切换会话。
    </p>
  );
}
