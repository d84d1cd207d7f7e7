import { LibraryEditor } from './LibraryEditor';
import { SettingsForm } from './SettingsForm';
import { TaughtSites } from './TaughtSites';
import { TeamAdmin } from './TeamAdmin';
import { TeamSubscription } from './TeamSubscription';

export function App() {
  return (
    <main class="options">
      <header class="options-header">
        <h1>话术助手 · 设置</h1>
      </header>
      <SettingsForm />
      <LibraryEditor />
      <TaughtSites />
      <TeamSubscription />
      <TeamAdmin />
    </main>
  );
}
