// The team subscription as the pages see it: a hook following the background's status, the team rules
// for the checker, and the compact line the side panel shows.
import { useEffect, useState } from 'preact/hooks';
import { onMessage, sendMessage, type ComplianceConfig, type TeamStatus } from '../utils/messaging';

/** Follows teamStatusChanged. The messaging library allows one listener per page, so call it once per page. */
export function useTeamStatus(): TeamStatus | null {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  useEffect(() => {
    void sendMessage('getTeamStatus', undefined).then(setStatus).catch(() => undefined);
    return onMessage('teamStatusChanged', ({ data }) => setStatus(data));
  }, []);
  return status;
}

const NO_TEAM_RULES: ComplianceConfig = { ruleFiles: [], disabled: [] };

/** The team pack's rules, fetched again whenever another pack version is stored. */
export function useComplianceConfig(team: TeamStatus | null): ComplianceConfig {
  const [config, setConfig] = useState<ComplianceConfig>(NO_TEAM_RULES);
  const packKey = team?.pack ? `${team.pack.id}@${team.pack.version}` : '';
  useEffect(() => {
    void sendMessage('getComplianceConfig', undefined).then(setConfig).catch(() => undefined);
  }, [packKey]);
  return config;
}

export function formatTime(at: number | null): string {
  if (at === null) return '从未';
  return new Date(at).toLocaleString('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function TeamStatusLine({ team }: { team: TeamStatus | null }) {
  if (!team?.subscription && !team?.pack) return null;
  const { pack, state } = team;
  return (
    <div class="hs-muted team-line" data-testid="team-status-line">
      {pack ? (
        <span>
          团队话术库：{pack.name}（第 {pack.version} 版）· 上次同步成功 {formatTime(state.lastSuccessAt)}
        </span>
      ) : (
        <span>团队话术库：尚未同步成功</span>
      )}
      {team.syncing && <span> · 正在同步…</span>}
      {state.lastError && (
        <div class="hs-status error" data-testid="team-error">
          同步失败：{state.lastError.message}
        </div>
      )}
    </div>
  );
}
