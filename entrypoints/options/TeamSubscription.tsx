// 团队话术库 for agents: subscribe with the lead's join code (or address + public key), sync now, see
// what is held and why the last sync failed. Team phrases are shown read-only. A shop profile with a team
// of its own (个人设置 → 店铺) has its own subscription, chosen at the top.
import { useEffect, useState } from 'preact/hooks';
import { formatTime, useTeamStatus } from '../../components/TeamStatus';
import './team.css';
import type { Phrase } from '../../utils/library/types';
import { sendMessage } from '../../utils/messaging';
import { isAllowedPackUrl, parseJoinCode, type Subscription } from '../../utils/pack/join-code';
import { DEFAULT_PROFILE_ID, type ShopProfile } from '../../utils/settings';
import { requestHost } from './team-admin/team-lead';
import { NoticeLine, type Notice } from '../../components/Notice';


function readForm(joinCode: string, url: string, publicKey: string): { ok: true; subscription: Subscription } | { ok: false; error: string } {
  if (joinCode.trim()) return parseJoinCode(joinCode);
  if (!isAllowedPackUrl(url.trim())) return { ok: false, error: '请粘贴加入码，或填写以 https:// 开头的话术包地址' };
  if (!publicKey.trim()) return { ok: false, error: '请填写团队公钥' };
  return { ok: true, subscription: { url: url.trim(), publicKey: publicKey.trim() } };
}

export function TeamSubscription() {
  const [slot, setSlot] = useState(DEFAULT_PROFILE_ID);
  const [ownTeams, setOwnTeams] = useState<ShopProfile[]>([]);
  useEffect(() => {
    void sendMessage('getSettings', undefined)
      .then((settings) => setOwnTeams((settings.profiles ?? []).filter((profile) => profile.team === 'own')))
      .catch(() => undefined);
  }, []);
  const team = useTeamStatus(slot);
  const [joinCode, setJoinCode] = useState('');
  const [url, setUrl] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [teamPhrases, setTeamPhrases] = useState<Phrase[]>([]);
  const packKey = team?.pack ? `${team.pack.id}@${team.pack.version}` : '';

  useEffect(() => {
    void sendMessage('getLibrary', { team: slot })
      .then((library) => setTeamPhrases(library.phrases.filter((phrase) => phrase.source === 'team')))
      .catch(() => undefined);
  }, [slot, packKey]);

  const subscribe = async () => {
    const form = readForm(joinCode, url, publicKey);
    if (!form.ok) return setNotice({ kind: 'error', text: form.error });
    if (!(await requestHost(form.subscription.url))) {
      return setNotice({ kind: 'error', text: '没有获得访问话术包地址的权限，无法同步' });
    }
    setNotice({ kind: 'ok', text: '正在订阅并同步…' });
    const result = await sendMessage('subscribeTeam', { ...form.subscription, team: slot }).catch(() => ({ ok: false as const, message: '后台没有响应，请稍后重试' }));
    if (!result.ok) return setNotice({ kind: 'error', text: result.message });
    setJoinCode('');
    setNotice(result.status.state.lastError ? null : { kind: 'ok', text: '已订阅团队话术库' });
  };

  const syncNow = async () => {
    setNotice(null);
    await sendMessage('syncTeamNow', { team: slot }).catch(() => setNotice({ kind: 'error', text: '后台没有响应，请稍后重试' }));
  };

  const unsubscribe = async () => {
    if (!confirm('取消订阅后，团队话术、规则和页面设置都会从本机移除。确定吗？')) return;
    await sendMessage('unsubscribeTeam', { team: slot });
    setNotice({ kind: 'ok', text: '已取消订阅' });
  };

  const state = team?.state;
  return (
    <section class="hs-card team-subscription" data-testid="team-subscription">
      <h2>团队话术库</h2>
      {ownTeams.length > 0 && (
        <label class="team-slot">
          为哪个店铺
          <select
            data-testid="team-slot"
            value={slot}
            onChange={(event) => {
              setSlot(event.currentTarget.value);
              setNotice(null);
            }}
          >
            <option value={DEFAULT_PROFILE_ID}>默认（以及选了“与默认相同”的店铺）</option>
            {ownTeams.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.name || profile.shopName}
              </option>
            ))}
          </select>
        </label>
      )}
      {team?.subscription ? (
        <div class="team-status">
          <dl>
            <dt>话术包</dt>
            <dd data-testid="team-pack-name">{team.pack ? team.pack.name : '尚未同步成功'}</dd>
            <dt>版本</dt>
            <dd data-testid="team-pack-version">{team.pack ? `第 ${team.pack.version} 版` : '—'}</dd>
            <dt>上次成功同步</dt>
            <dd data-testid="team-last-success">{formatTime(state?.lastSuccessAt ?? null)}</dd>
            <dt>上次检查</dt>
            <dd data-testid="team-last-checked">{formatTime(state?.lastCheckedAt ?? null)}</dd>
            <dt>下次同步</dt>
            <dd data-testid="team-next-sync">{team.syncing ? '正在同步…' : formatTime(team.nextSyncAt)}</dd>
            <dt>地址</dt>
            <dd class="hs-muted">
              {team.subscription.url}（公钥编号 {team.subscription.keyId}）
            </dd>
          </dl>
          {state?.lastError && (
            <p class="hs-status error" role="alert" data-testid="team-sync-error">
              上次同步失败：{state.lastError.message}
            </p>
          )}
          <div class="actions">
            <button type="button" data-testid="team-sync-now" disabled={team.syncing} onClick={() => void syncNow()}>
              {team.syncing ? '正在同步…' : '立即同步'}
            </button>
            <button type="button" class="secondary" onClick={() => void unsubscribe()}>
              取消订阅
            </button>
          </div>
        </div>
      ) : (
        <p class="hs-muted">还没有订阅团队话术库。把组长发来的加入码粘贴到下面，点“订阅”。</p>
      )}
      <details open={!team?.subscription}>
        <summary>{team?.subscription ? '更换订阅' : '订阅'}</summary>
        <label>
          加入码
          <textarea data-testid="team-join-code" rows={3} placeholder="HS1.…" value={joinCode} onInput={(event) => setJoinCode(event.currentTarget.value)} />
        </label>
        <p class="hs-muted">没有加入码时，也可以分别填写话术包地址和团队公钥：</p>
        <label>
          话术包地址
          <input type="url" placeholder="https://…/team.json" value={url} onInput={(event) => setUrl(event.currentTarget.value)} />
        </label>
        <label>
          团队公钥
          <input type="text" value={publicKey} onInput={(event) => setPublicKey(event.currentTarget.value)} />
        </label>
        <div class="actions">
          <button type="button" data-testid="team-subscribe" onClick={() => void subscribe()}>
            订阅
          </button>
        </div>
      </details>
      <NoticeLine notice={notice} testId="team-notice" />
      {teamPhrases.length > 0 && (
        <details class="team-phrases">
          <summary data-testid="team-phrase-count">团队话术 {teamPhrases.length} 条（只读，由组长维护）</summary>
          <ul>
            {teamPhrases.map((phrase) => (
              <li key={phrase.id} data-testid="team-phrase">
                <strong>{phrase.title}</strong>
                {phrase.code && <span class="hs-muted"> /{phrase.code}</span>}
                <div>{phrase.body}</div>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
