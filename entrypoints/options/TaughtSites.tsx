// Sites the user taught Huashu to read, with a way to forget one (its content script and host permission go too).
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../utils/messaging';
import type { TaughtSite } from '../../utils/workbench/resolve-adapter';
import '../../components/teach.css';

export function TaughtSites() {
  const [sites, setSites] = useState<TaughtSite[] | null>(null);
  const refresh = () => sendMessage('listTaughtSites', undefined).then(setSites).catch(() => setSites([]));
  useEffect(() => void refresh(), []);

  const remove = async (scope: string) => {
    await sendMessage('removeTaughtSite', scope);
    await refresh();
  };

  return (
    <section class="hs-card taught-sites" data-testid="taught-sites">
      <h2>已教会的网站</h2>
      <p class="hs-muted">在不认识的客服页面上，从侧边栏点“教话术助手读这个页面”，依次点击消息列表、买家消息、客服消息、买家昵称和输入框即可添加。</p>
      {sites === null ? (
        <p class="hs-muted">正在读取…</p>
      ) : sites.length === 0 ? (
        <p class="hs-muted">还没有教过任何网站。</p>
      ) : (
        <ul class="taught-list">
          {sites.map((site) => (
            <li key={site.scope} data-testid="taught-site">
              <strong>{site.name}</strong>
              <span class="hs-muted"> {site.scope} · {new Date(site.taughtAt).toLocaleDateString('zh-CN')}</span>
              <button type="button" onClick={() => void remove(site.scope)}>
                删除
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
