// Which shop profile the panel fills {店铺名} and 店铺常用信息 from, and why; the agent may choose one by hand.
// Shown once the agent has shops besides the default (with one profile there is nothing to choose).
import { sendMessage } from '../../utils/messaging';
import { AUTO_PROFILE, DEFAULT_PROFILE_ID, type ActiveProfile, type Settings } from '../../utils/settings';

function reason(profile: ActiveProfile, pageShop: string | undefined): string {
  if (profile.chosenBy === 'hand') return '手动选择';
  if (profile.chosenBy === 'page') return `工作台显示「${pageShop}」`;
  return pageShop ? `工作台显示「${pageShop}」，没有对应的店铺配置` : '工作台没有显示店铺名';
}

export function ProfileLine({
  settings,
  profile,
  pageShop,
  onChosen,
}: {
  settings: Settings;
  profile: ActiveProfile;
  pageShop: string | undefined;
  onChosen(settings: Settings): void;
}) {
  const profiles = settings.profiles ?? [];
  if (profiles.length === 0) return null;
  const choose = (choice: string) => void sendMessage('chooseProfile', choice).then(onChosen).catch(() => undefined);
  return (
    <section class="hs-card profile-line" data-testid="profile">
      <div>
        店铺：<strong data-testid="profile-name">{profile.name}</strong> <span class="hs-muted" data-testid="profile-reason">（{reason(profile, pageShop)}）</span>
      </div>
      <label class="profile-choice">
        <span class="hs-muted">选择</span>
        <select aria-label="店铺配置" value={settings.profileChoice ?? AUTO_PROFILE} onChange={(event) => choose(event.currentTarget.value)}>
          <option value={AUTO_PROFILE}>自动（按工作台显示的店铺）</option>
          <option value={DEFAULT_PROFILE_ID}>默认</option>
          {profiles.map((shop) => (
            <option key={shop.id} value={shop.id}>
              {shop.name || shop.shopName}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
