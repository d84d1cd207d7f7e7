import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../utils/messaging';
import type { Settings } from '../../utils/settings';
import { ShopPlaceholders } from './ShopPlaceholders';

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
    // The service reminders are saved by their own form on this page: keep what it saved.
    const { service } = await sendMessage('getSettings', undefined);
    setSettings(await sendMessage('saveSettings', { ...settings, service }));
    setSaved('已保存');
  };

  return (
    <form class="hs-card settings" onSubmit={save} data-testid="settings">
      <h2>个人设置</h2>
      <label>
        客服昵称 <span class="hs-muted">（填入话术里的 {'{客服昵称}'}）</span>
        <input value={settings.agentName} maxLength={20} onInput={(e) => update({ agentName: e.currentTarget.value })} />
      </label>
      <label>
        店铺名 <span class="hs-muted">（填入 {'{店铺名}'}）</span>
        <input value={settings.shopName} maxLength={40} onInput={(e) => update({ shopName: e.currentTarget.value })} />
      </label>
      <label class="check">
        <input type="checkbox" checked={settings.inlineCheck} onChange={(e) => update({ inlineCheck: e.currentTarget.checked })} />
        输入时标出违规词
      </label>
      <label class="check">
        <input type="checkbox" checked={settings.traineeMode} onChange={(e) => update({ traineeMode: e.currentTarget.checked })} />
        新人模式：用白话解释每条提示；含“拦截”级问题时，按回车或点发送前先确认
      </label>
      <ShopPlaceholders settings={settings} onChange={(placeholders) => update({ placeholders })} />
      <div class="actions">
        <button type="submit">保存</button>
        <span class="hs-muted" role="status">{saved}</span>
      </div>
    </form>
  );
}
