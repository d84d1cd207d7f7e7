// The team subscription as the pages see it: a hook following the background's status, the team rules
// for the checker, and the compact line the side panel shows.
import { useEffect, useState } from 'preact/hooks';
import { onMessage, sendMessage, type ComplianceConfig, type TeamStatus } from '../utils/messaging';
import { DEFAULT_PROFILE_ID } from '../utils/settings';

/**
 * Follows teamStatusChanged for one subscription (`team`: the default's, or a shop profile's id). The
 * messaging library allows one listener per page, so call it once per page.
 */
export function useTeamStatus(team: string = DEFAULT_PROFILE_ID): TeamStatus | null {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  useEffect(() => {
    setStatus(null);
    void sendMessage('getTeamStatus', { team }).then(setStatus).catch(() => undefined);
    return onMessage('teamStatusChanged', ({ data }) => {
      if (data.slot === team) setStatus(data);
    });
  }, [team]);
  return status;
}

const NO_TEAM_RULES: ComplianceConfig = { ruleFiles: [], disabled: [] };

/** The team pack's rules, fetched again whenever another pack (or another profile's team) is in use. */
export function useComplianceConfig(team: TeamStatus | null): ComplianceConfig {
  const [config, setConfig] = useState<ComplianceConfig>(NO_TEAM_RULES);
  const slot = team?.slot ?? DEFAULT_PROFILE_ID;
  const packKey = team?.pack ? `${slot}|${team.pack.id}@${team.pack.version}` : slot;
  useEffect(() => {
    void sendMessage('getComplianceConfig', { team: slot }).then(setConfig).catch(() => undefined);
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
