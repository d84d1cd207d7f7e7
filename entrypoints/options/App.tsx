import { SettingsForm } from './SettingsForm';
import { TaughtSites } from './TaughtSites';

export function App() {
  return (
    <main class="options">
      <header class="options-header">
        <h1>话术助手 · 设置</h1>
      </header>
      <SettingsForm />
      <TaughtSites />
    </main>
  );
}
