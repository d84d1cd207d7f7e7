// Add or edit one phrase of the layer a page edits: personal (话术库) or team (团队管理). Validation is the
// schema's (errors in Chinese); a 快捷编码 already used by another phrase is a warning, not an error, because
// the agent or lead may mean to take it over from a built-in one (which then moves, layers.ts).
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../../utils/library/categories';
import { codeOwner, movedBuiltinCode } from '../../../utils/library/layers';
import { findCodeClash, type PhraseFormDraft } from '../../../utils/library/editor';
import { INTENT_IDS, INTENTS, type IntentId } from '../../../utils/library/intents';
import { listPlaceholders, STANDARD_PLACEHOLDERS } from '../../../utils/library/placeholders';
import { ORDER_FACT_IDS, ORDER_FACTS, type OrderFact } from '../../../utils/library/order-state';
import { LIMITS } from '../../../utils/library/schema';
import { STAGES, type Phrase, type PhraseSource, type Stage } from '../../../utils/library/types';
import { normalizeCode } from '../../../utils/library/codes';
import { SOURCE_LABELS } from './labels';

export interface PhraseFormProps {
  heading: string;
  /** The layer the phrase belongs to. */
  source: PhraseSource;
  draft: PhraseFormDraft;
  /** Id of the phrase being edited, so its own 快捷编码 is not a clash. */
  selfId: string;
  phrases: readonly Phrase[];
  groups: readonly string[];
  errors: readonly string[];
  saving: boolean;
  onChange(draft: PhraseFormDraft): void;
  onSave(): void;
  onCancel(): void;
}

const STANDARD = new Set<string>(STANDARD_PLACEHOLDERS);

export function PhraseForm({ heading, source, draft, selfId, phrases, groups, errors, saving, onChange, onSave, onCancel }: PhraseFormProps) {
  const groupList = useId();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  // Opening the form (new, edit or copy) puts the cursor in it, so the agent can type at once.
  useEffect(() => {
    titleRef.current?.scrollIntoView({ block: 'nearest' });
    titleRef.current?.focus();
  }, [selfId]);
  const [caret, setCaret] = useState<number | null>(null);
  const update = (patch: Partial<PhraseFormDraft>) => onChange({ ...draft, ...patch });
  const clash = findCodeClash(phrases, draft.code, selfId);
  const placeholders = listPlaceholders(draft.body);

  const insertPlaceholder = (name: string) => {
    const at = caret ?? draft.body.length;
    const token = `{${name}}`;
    update({ body: draft.body.slice(0, at) + token + draft.body.slice(at) });
    setCaret(at + token.length);
    requestAnimationFrame(() => {
      bodyRef.current?.focus();
      bodyRef.current?.setSelectionRange(at + token.length, at + token.length);
    });
  };
  const toggleIntent = (id: IntentId, on: boolean) => {
    const intents = on ? [...draft.intents, id] : draft.intents.filter((intent) => intent !== id);
    // The first intent decides the stage until the agent picks one, as the schema does for imports.
    const first = intents[0];
    update({ intents, stage: draft.intents.length === 0 && first ? INTENTS[first].stage : draft.stage });
  };

  const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((other) => other !== item));

  return (
    <form
      class="hs-card library-form"
      data-testid="phrase-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && (event.key === 'Enter' || event.key === 's')) {
          event.preventDefault();
          onSave();
        } else if (event.key === 'Escape') onCancel();
      }}
    >
      <h3>{heading}</h3>
      <div class="form-grid">
        <label>
          标题
          <input ref={titleRef} value={draft.title} maxLength={LIMITS.title} required onInput={(e) => update({ title: e.currentTarget.value })} />
        </label>
        <label>
          快捷编码 <span class="hs-muted">（可选，如 fh1）</span>
          <input value={draft.code} maxLength={LIMITS.code} onInput={(e) => update({ code: e.currentTarget.value })} />
        </label>
        <label>
          分组
          <input value={draft.group} maxLength={LIMITS.group} list={groupList} placeholder="默认" onInput={(e) => update({ group: e.currentTarget.value })} />
          <datalist id={groupList}>
            {groups.map((group) => (
              <option key={group} value={group} />
            ))}
          </datalist>
        </label>
        <label>
          阶段
          <select value={draft.stage} onChange={(e) => update({ stage: e.currentTarget.value as Stage })}>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {stage}
              </option>
            ))}
          </select>
        </label>
      </div>
      {clash && (
        <p class="hs-status error" data-testid="code-clash">
          快捷编码「{draft.code.trim()}」已被{SOURCE_LABELS[clash.source]}话术「{clash.title}」使用{clashOutcome(clash, source, draft.code.trim(), phrases)}
        </p>
      )}
      <label>
        内容
        <textarea
          ref={bodyRef}
          rows={4}
          maxLength={LIMITS.body}
          value={draft.body}
          onInput={(e) => update({ body: e.currentTarget.value })}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onBlur={(e) => setCaret(e.currentTarget.selectionStart)}
        />
      </label>
      <p class="placeholder-hint hs-muted">
        插入占位符（发送前自动填入）：
        {STANDARD_PLACEHOLDERS.map((name) => (
          <button key={name} type="button" class="chip" onClick={() => insertPlaceholder(name)}>
            {`{${name}}`}
          </button>
        ))}
      </p>
      <p class="hs-muted" data-testid="placeholders-found">
        {placeholders.length === 0
          ? '内容里还没有占位符。'
          : `本条用到：${placeholders.map((name) => `{${name}}${STANDARD.has(name) ? '' : '（店铺设置或插入时填写）'}`).join(' ')}`}
        <span class="counter">
          {draft.body.length}/{LIMITS.body}
        </span>
      </p>
      <fieldset class="intent-picker">
        <legend>意图（至少选一个）</legend>
        {STAGES.map((stage) => (
          <div key={stage} class="intent-stage">
            <span class="hs-muted">{stage}</span>
            {INTENT_IDS.filter((id) => INTENTS[id].stage === stage).map((id) => (
              <label key={id} class="check" title={id}>
                <input type="checkbox" value={id} checked={draft.intents.includes(id)} onChange={(e) => toggleIntent(id, e.currentTarget.checked)} />
                {INTENTS[id].label}
              </label>
            ))}
          </div>
        ))}
      </fieldset>
      <fieldset class="intent-picker" data-testid="category-picker">
        <legend>
          类目 <span class="hs-muted">（不选 = 适用所有商品；选了只在这些类目的商品上推荐）</span>
        </legend>
        <div class="intent-stage">
          {CATEGORIES.map((category: Category) => (
            <label key={category} class="check">
              <input
                type="checkbox"
                value={category}
                checked={draft.categories.includes(category)}
                onChange={(e) => update({ categories: toggle(draft.categories, category, e.currentTarget.checked) })}
              />
              {category}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="intent-picker" data-testid="fact-picker">
        <legend>
          订单状态 <span class="hs-muted">（这条话术默认的事实，如「已发货」；订单卡片显示的状态与之矛盾时不推荐）</span>
        </legend>
        <div class="intent-stage">
          {ORDER_FACT_IDS.map((fact: OrderFact) => (
            <label key={fact} class="check" title={fact}>
              <input
                type="checkbox"
                value={fact}
                checked={draft.orderFacts.includes(fact)}
                onChange={(e) => update({ orderFacts: toggle(draft.orderFacts, fact, e.currentTarget.checked) })}
              />
              {ORDER_FACTS[fact].label}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="form-grid">
        <label>
          关键词 <span class="hs-muted">（买家消息里出现这些词时推荐，用逗号或、分隔）</span>
          <input value={draft.triggers} onInput={(e) => update({ triggers: e.currentTarget.value })} />
        </label>
        <label>
          标签 <span class="hs-muted">（用逗号或、分隔）</span>
          <input value={draft.tags} onInput={(e) => update({ tags: e.currentTarget.value })} />
        </label>
      </div>
      <label>
        问法 <span class="hs-muted">（买家常见的问法，一行一个）</span>
        <textarea rows={3} value={draft.examples} onInput={(e) => update({ examples: e.currentTarget.value })} />
      </label>
      {errors.length > 0 && (
        <ul class="hs-status error form-errors" role="alert" data-testid="form-errors">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="submit" disabled={saving}>
          {saving ? '正在保存…' : '保存'}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          取消
        </button>
        <span class="hs-muted">Ctrl+Enter 保存，Esc 取消</span>
      </div>
    </form>
  );
}

/** What saving does to a code another phrase has: a built-in one moves, a higher layer keeps it, the same layer shares it. */
function clashOutcome(clash: Phrase, source: PhraseSource, code: string, phrases: readonly Phrase[]): string {
  if (clash.source === source) return '，保存后输入这个编码只会找到其中一条';
  if (codeOwner(clash, { ...clash, source }) === clash) return `，${SOURCE_LABELS[clash.source]}话术优先，这条的快捷编码不会生效`;
  if (clash.source !== 'builtin') return `：保存后 ${code} 归这条，${SOURCE_LABELS[clash.source]}话术「${clash.title}」不再用这个编码`;
  const taken = new Set(phrases.flatMap((phrase) => (phrase.code ? [normalizeCode(phrase.code)] : [])));
  return `：保存后 ${code} 归这条，内置话术改用 ${movedBuiltinCode(clash.code ?? code, taken)}`;
}
