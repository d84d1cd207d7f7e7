// 店铺: the default profile and one per further shop or account the agent serves. Each has its 店铺名, its
// 店铺常用信息 and its team library; a named profile is chosen when the workbench shows one of its shop names.
// Part of the 个人设置 form: nothing is stored before 保存.
import { useState } from 'preact/hooks';
import { splitWords } from '../../utils/library/editor';
import { AUTO_PROFILE, DEFAULT_PROFILE_ID, newProfileId, profileFields, withProfileFields, type Settings } from '../../utils/settings';
import { ShopPlaceholders } from './ShopPlaceholders';

export function ShopProfiles({ settings, onChange }: { settings: Settings; onChange(settings: Settings): void }) {
  const [selected, setSelected] = useState(DEFAULT_PROFILE_ID);
  /** What the agent typed in 工作台显示的店铺, kept as typed while the list is stored split. */
  const [matchText, setMatchText] = useState<Record<string, string>>({});
  const profiles = settings.profiles ?? [];
  const id = selected === DEFAULT_PROFILE_ID || profiles.some((profile) => profile.id === selected) ? selected : DEFAULT_PROFILE_ID;
  const fields = profileFields(settings, id);
  const named = id !== DEFAULT_PROFILE_ID;
  const update = (patch: Parameters<typeof withProfileFields>[2]) => onChange(withProfileFields(settings, id, patch));

  const add = () => {
    const profile = { id: newProfileId(Date.now()), name: `店铺 ${profiles.length + 2}`, match: [], shopName: '', placeholders: {}, team: 'default' as const };
    onChange({ ...settings, profiles: [...profiles, profile] });
    setSelected(profile.id);
  };
  const remove = () => {
    onChange({
      ...settings,
      profiles: profiles.filter((profile) => profile.id !== id),
      profileChoice: settings.profileChoice === id ? AUTO_PROFILE : settings.profileChoice,
    });
    setSelected(DEFAULT_PROFILE_ID);
  };

  return (
    <fieldset class="shop-profiles" data-testid="shop-profiles">
      <legend>店铺</legend>
      <p class="hs-muted">同时接待几个店铺（或几个账号）时，为每个店铺建一份配置：工作台显示哪个店铺，就用哪份的店铺名、店铺常用信息和团队话术库。侧边栏也可以手动选择。</p>
      <div class="profile-picker">
        <label>
          店铺配置
          <select data-testid="profile-select" value={id} onChange={(event) => setSelected(event.currentTarget.value)}>
            <option value={DEFAULT_PROFILE_ID}>默认（工作台的店铺没有对应配置时）</option>
            {profiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.name || profile.shopName || profile.id}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="secondary" data-testid="profile-add" onClick={add}>
          新建店铺配置
        </button>
        {named && (
          <button type="button" class="secondary" onClick={remove}>
            删除这份配置
          </button>
        )}
      </div>
      {named && (
        <>
          <label>
            配置名称 <span class="hs-muted">（侧边栏里显示）</span>
            <input value={fields.name ?? ''} maxLength={20} onInput={(e) => update({ name: e.currentTarget.value })} />
          </label>
          <label>
            工作台显示的店铺 <span class="hs-muted">（工作台显示的店铺或账号名包含这些文字时自动使用这份配置，多个用逗号或、分隔）</span>
            <input
              data-testid="profile-match"
              value={matchText[id] ?? (fields.match ?? []).join('、')}
              maxLength={200}
              onInput={(e) => {
                const text = e.currentTarget.value;
                setMatchText({ ...matchText, [id]: text });
                update({ match: splitWords(text) });
              }}
            />
          </label>
        </>
      )}
      <label>
        店铺名 <span class="hs-muted">（填入 {'{店铺名}'}）</span>
        <input value={fields.shopName} maxLength={40} onInput={(e) => update({ shopName: e.currentTarget.value })} />
      </label>
      <ShopPlaceholders settings={{ ...settings, placeholders: fields.placeholders }} onChange={(placeholders) => update({ placeholders })} />
      {named && (
        <div class="profile-team" role="radiogroup" aria-label="这个店铺的团队话术库">
          <span>团队话术库：</span>
          <label class="check">
            <input type="radio" name={`team-${id}`} checked={fields.team !== 'own'} onChange={() => update({ team: 'default' })} />
            与默认相同
          </label>
          <label class="check">
            <input type="radio" name={`team-${id}`} checked={fields.team === 'own'} onChange={() => update({ team: 'own' })} />
            单独订阅（保存后在「团队话术库」里选这个店铺，粘贴它的加入码）
          </label>
        </div>
      )}
    </fieldset>
  );
}
