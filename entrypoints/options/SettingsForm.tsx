import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../utils/messaging';
import type { Settings } from '../../utils/settings';
import { ShopProfiles } from './ShopProfiles';

export function SettingsForm() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState<string>('');

  useEffect(() => {
    void sendMessage('getSettings', undefined).then(setSettings);
  }, []);

  if (!settings) return <p class="hs-muted">正在读取设置…</p>;

  const update = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    setSaved('');
  };
  const save = async (event: Event) => {
    event.preventDefault();
    // The service reminders are saved by their own form on this page, the profile chosen by hand in the panel: keep them.
    const { service, profileChoice } = await sendMessage('getSettings', undefined);
    setSettings(await sendMessage('saveSettings', { ...settings, service, profileChoice }));
    setSaved('已保存');
  };

  return (
    <form class="hs-card settings" onSubmit={save} data-testid="settings">
      <h2>个人设置</h2>
      <label>
        客服昵称 <span class="hs-muted">（填入话术里的 {'{客服昵称}'}）</span>
        <input value={settings.agentName} maxLength={20} onInput={(e) => update({ agentName: e.currentTarget.value })} />
      </label>
      <label class="check">
        <input type="checkbox" checked={settings.inlineCheck} onChange={(e) => update({ inlineCheck: e.currentTarget.checked })} />
        输入时标出违规词
      </label>
      <label class="check">
        <input type="checkbox" checked={settings.codeExpansion !== false} onChange={(e) => update({ codeExpansion: e.currentTarget.checked })} />
        在工作台输入框里用快捷编码：输入 /编码 后按空格或 Tab 换成话术
      </label>
      <label class="check">
        <input type="checkbox" checked={settings.traineeMode} onChange={(e) => update({ traineeMode: e.currentTarget.checked })} />
        新人模式：用白话解释每条提示；含“拦截”级问题时，按回车或点发送前先确认
      </label>
      <ShopProfiles settings={settings} onChange={(next) => update(next)} />
      <div class="actions">
        <button type="submit">保存</button>
        <span class="hs-muted" role="status">{saved}</span>
      </div>
    </form>
  );
}
