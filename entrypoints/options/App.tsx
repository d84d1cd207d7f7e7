import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import iconUrl from '../../assets/icon.svg';
import { Figures } from './Figures';
import { Learning } from './Learning';
import { LibraryEditor } from './LibraryEditor';
import { ServiceSettings } from './ServiceSettings';
import { SettingsForm } from './SettingsForm';
import { TaughtSites } from './TaughtSites';
import { TeamAdmin } from './team-admin/TeamAdmin';
import { TeamSubscription } from './TeamSubscription';

const SECTIONS: { id: string; label: string; content: () => ComponentChildren }[] = [
  { id: 'settings', label: '个人设置', content: () => <SettingsForm /> },
  { id: 'service', label: '服务提醒', content: () => <ServiceSettings /> },
  { id: 'figures', label: '我的数据', content: () => <Figures /> },
  { id: 'library', label: '话术库', content: () => <LibraryEditor /> },
  { id: 'learning', label: '学习与未识别问法', content: () => <Learning /> },
  { id: 'sites', label: '已教会的网站', content: () => <TaughtSites /> },
  { id: 'team', label: '团队话术库', content: () => <TeamSubscription /> },
  { id: 'team-admin', label: '团队管理（组长）', content: () => <TeamAdmin /> },
];

/** The section named by the address (#library …), so a link or a bookmark opens it; 个人设置 otherwise. */
function sectionFromHash(): string {
  const id = location.hash.slice(1);
  return SECTIONS.some((section) => section.id === id) ? id : SECTIONS[0]!.id;
}

export function App() {
  // One section at a time: seven sections one under the other made a page thousands of pixels tall.
  const [active, setActive] = useState(sectionFromHash);
  useEffect(() => {
    const follow = () => setActive(sectionFromHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return (
    <main class="options">
      <header class="options-header">
        <h1>
          <img src={iconUrl} alt="" width={32} height={32} />
          话术助手 · 设置
        </h1>
        <nav class="options-nav" aria-label="设置分区">
          {SECTIONS.map((section) => (
            <a key={section.id} href={`#${section.id}`} aria-current={section.id === active ? 'page' : undefined}>
              {section.label}
            </a>
          ))}
        </nav>
      </header>
      {SECTIONS.filter((section) => section.id === active).map((section) => (
        <div key={section.id} id={section.id} class="options-section">
          {section.content()}
        </div>
      ))}
      <footer class="options-footer hs-muted">
        <a href="privacy.html" target="_blank" data-testid="privacy-link">
          隐私政策
        </a>
        ：会话内容只在本机处理，从不上传。
      </footer>
    </main>
  );
}
