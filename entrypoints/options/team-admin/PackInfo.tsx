// What agents see of the pack (编号, 名称, 发布者) and how often their copies check for a new version.
import type { LeadDraft } from './team-lead';

export function PackInfo({ draft, update }: { draft: LeadDraft; update(changes: Partial<LeadDraft>): void }) {
  return (
    <>
      <h3>话术包信息</h3>
      <label>
        编号（字母、数字、. _ -）
        <input data-testid="lead-pack-id" value={draft.id} onInput={(event) => update({ id: event.currentTarget.value })} />
      </label>
      <label>
        名称（客服看到的）
        <input data-testid="lead-pack-name" value={draft.name} onInput={(event) => update({ name: event.currentTarget.value })} />
      </label>
      <label>
        发布者
        <input value={draft.publisher} onInput={(event) => update({ publisher: event.currentTarget.value })} />
      </label>
      <label>
        同步间隔（分钟，15–1440，留空用默认 30）
        <input inputMode="numeric" value={draft.syncIntervalMinutes} onInput={(event) => update({ syncIntervalMinutes: event.currentTarget.value })} />
      </label>
    </>
  );
}
