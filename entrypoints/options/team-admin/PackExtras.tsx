// The pack's extra rules (a rule file) and selector sets, as JSON the lead pastes; checked by 检查 and 发布.
import type { LeadDraft } from './team-lead';

export function PackExtras({ draft, update }: { draft: LeadDraft; update(changes: Partial<LeadDraft>): void }) {
  return (
    <>
      <h3>团队规则（JSON，可留空）</h3>
      <textarea
        data-testid="lead-rules"
        rows={5}
        placeholder='{"format":"huashu-rules","version":1,"rules":[],"allow":[],"disable":[]}'
        value={draft.rulesText}
        onInput={(event) => update({ rulesText: event.currentTarget.value })}
      />
      <h3>页面设置（选择器，JSON 数组，可留空）</h3>
      <textarea data-testid="lead-selectors" rows={4} placeholder="[]" value={draft.selectorsText} onInput={(event) => update({ selectorsText: event.currentTarget.value })} />
    </>
  );
}
