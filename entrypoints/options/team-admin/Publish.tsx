// Where the pack goes: the version of this publication, the address agents sync from (and the join code
// made from it), an optional upload address and token; 检查 and 签名并发布.
import { createJoinCode, isAllowedPackUrl } from '../../../utils/pack/join-code';
import type { LeadDraft, LeadKey } from './team-lead';

export function Publish({
  draft,
  leadKey,
  token,
  update,
  onToken,
  onLint,
  onPublish,
}: {
  draft: LeadDraft;
  leadKey: LeadKey | null;
  /** The upload token: kept in memory only, never stored. */
  token: string;
  update(changes: Partial<LeadDraft>): void;
  onToken(token: string): void;
  onLint(): void;
  onPublish(): void;
}) {
  const packUrl = draft.packUrl.trim();
  const joinCode = leadKey && isAllowedPackUrl(packUrl) ? createJoinCode({ url: packUrl, publicKey: leadKey.publicKey }) : null;
  return (
    <>
      <h3>发布</h3>
      <label>
        本次发布的版本号
        <input
          type="number"
          min={1}
          data-testid="lead-version"
          value={draft.nextVersion}
          onInput={(event) => update({ nextVersion: Math.max(1, Math.floor(Number(event.currentTarget.value) || 1)) })}
        />
      </label>
      <label>
        话术包地址（客服从这里同步，用于生成加入码）
        <input type="url" data-testid="lead-pack-url" placeholder="https://cdn.example.com/team.json" value={draft.packUrl} onInput={(event) => update({ packUrl: event.currentTarget.value })} />
      </label>
      {joinCode && (
        <label>
          加入码（发给客服）
          <textarea readOnly rows={3} data-testid="lead-join-code" value={joinCode} />
        </label>
      )}
      <label>
        上传地址（可选，HTTP PUT）
        <input type="url" data-testid="lead-endpoint" value={draft.endpoint} onInput={(event) => update({ endpoint: event.currentTarget.value })} />
      </label>
      <label>
        上传令牌（不保存）
        <input type="password" data-testid="lead-token" value={token} onInput={(event) => onToken(event.currentTarget.value)} />
      </label>
      <div class="actions">
        <button type="button" class="secondary" data-testid="lead-lint" onClick={onLint}>
          检查
        </button>
        <button type="button" data-testid="lead-publish" onClick={onPublish}>
          签名并发布
        </button>
      </div>
    </>
  );
}
