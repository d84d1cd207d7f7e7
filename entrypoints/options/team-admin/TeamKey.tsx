// The team's signing key: created here (its backup downloaded once) or restored from a backup.
import type { LeadKey } from './team-lead';

export function TeamKey({ leadKey, onCreate, onImport }: { leadKey: LeadKey | null; onCreate(): void; onImport(file: File): void }) {
  return (
    <>
      <h3>团队密钥</h3>
      {leadKey ? (
        <div>
          <p>
            公钥编号：<code data-testid="lead-key-id">{leadKey.keyId}</code>
          </p>
          <label>
            团队公钥
            <textarea readOnly rows={2} value={leadKey.publicKey} />
          </label>
        </div>
      ) : (
        <p class="hs-muted">还没有团队密钥。</p>
      )}
      <div class="actions">
        <button type="button" data-testid="lead-create-key" onClick={onCreate}>
          {leadKey ? '换新密钥' : '创建团队密钥'}
        </button>
        <label class="file-button">
          导入密钥备份
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) onImport(file);
            }}
          />
        </label>
      </div>
      <p class="hs-muted">创建时会下载“团队密钥备份.json”：请离线保存（U 盘、密码管理器），不要发到群里；本机保存的私钥无法导出。</p>
    </>
  );
}
