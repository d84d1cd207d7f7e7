// 服务提醒: the thresholds of the waiting queue and reminders, and switches for each reminder. A value
// the team pack sets is shown and cannot be changed here (the lead sets the team's standard).
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../utils/messaging';
import { DEFAULT_STANDARDS, NUDGE_KINDS, NUDGE_LABELS, resolveStandards, type StandardsOverride } from '../../utils/queue/standards';
import type { Settings } from '../../utils/settings';

type NumberField = 'badgeAfterSeconds' | 'followUpMinutes';

export function ServiceSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [team, setTeam] = useState<StandardsOverride | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void sendMessage('getSettings', undefined).then(setSettings);
    void sendMessage('getTeamStandards', undefined).then(setTeam).catch(() => undefined);
  }, []);
  if (!settings) return <p class="hs-muted">正在读取设置…</p>;

  const own = settings.service ?? {};
  const resolved = resolveStandards(own, team ?? undefined);
  const setOwn = (patch: StandardsOverride) => {
    setSettings({ ...settings, service: { ...own, ...patch } });
    setStatus('');
  };
  const save = async (event: Event) => {
    event.preventDefault();
    // Only this form's part: the personal settings form on the same page may have saved meanwhile.
    const latest = await sendMessage('getSettings', undefined);
    setSettings(await sendMessage('saveSettings', { ...latest, service: own }));
    setStatus('提醒设置已更新');
  };
  const limit = own.waitLimitSeconds?.default ?? DEFAULT_STANDARDS.waitLimitSeconds.default;

  const numberInput = (field: NumberField, label: string, unit: string, min: number, max: number) => (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        data-testid={`service-${field}`}
        value={team?.[field] ?? own[field] ?? DEFAULT_STANDARDS[field]}
        disabled={team?.[field] !== undefined}
        onInput={(e) => {
          const value = Number(e.currentTarget.value);
          if (Number.isInteger(value) && value >= min && value <= max) setOwn({ [field]: value });
        }}
      />
      {unit} {team?.[field] !== undefined && <span class="hs-muted">（由团队设定）</span>}
    </label>
  );

  return (
    <form class="hs-card settings" onSubmit={save} data-testid="service-settings">
      <h2>服务提醒</h2>
      <p class="hs-muted">侧边栏顶部列出所有等待回复的买家；工具栏图标上的数字是等待超过下面时间的人数，有人超过回复时限时变红。</p>
      {numberInput('badgeAfterSeconds', '图标计数：买家等待超过 ', ' 秒', 10, 3600)}
      <label>
        回复时限 
        <input
          type="number"
          min={30}
          max={7200}
          data-testid="service-waitLimit"
          value={team?.waitLimitSeconds?.default ?? limit}
          disabled={team?.waitLimitSeconds?.default !== undefined}
          onInput={(e) => {
            const value = Number(e.currentTarget.value);
            if (Number.isInteger(value) && value >= 30 && value <= 7200) setOwn({ waitLimitSeconds: { ...own.waitLimitSeconds, default: value } });
          }}
        />
         秒（超过后先说「久等了」）
        {Object.entries(resolved.waitLimitSeconds)
          .filter(([platform]) => platform !== 'default')
          .map(([platform, seconds]) => (
            <span key={platform} class="hs-muted">；{platform} {seconds} 秒</span>
          ))}
      </label>
      {numberInput('followUpMinutes', '漏跟进：说了「稍等」后超过 ', ' 分钟没有再回复', 1, 120)}
      <fieldset class="nudge-switches">
        <legend>提醒开关</legend>
        {NUDGE_KINDS.map((kind) => (
          <label class="check" key={kind}>
            <input
              type="checkbox"
              data-testid={`service-nudge-${kind}`}
              checked={resolved.nudges[kind]}
              disabled={team?.nudges?.[kind] === false}
              onChange={(e) => setOwn({ nudges: { ...own.nudges, [kind]: e.currentTarget.checked } })}
            />
            {NUDGE_LABELS[kind]}
            {team?.nudges?.[kind] === false && <span class="hs-muted">（团队已关闭）</span>}
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="submit">更新提醒设置</button>
        <span class="hs-muted" role="status">{status}</span>
      </div>
    </form>
  );
}
