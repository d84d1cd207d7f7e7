// 团队管理 for leads: the team key, the team's phrases, rules and selector sets, lint, and publishing a
// signed pack (a file to upload anywhere, or a PUT to the team's host).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createChecker } from '../../utils/compliance';
import { INTENT_IDS, INTENTS, type IntentId } from '../../utils/library/intents';
import { importCsv, importJson } from '../../utils/library/csv';
import { STAGES, type Phrase, type Stage } from '../../utils/library/types';
import { createJoinCode, isAllowedPackUrl } from '../../utils/pack/join-code';
import type { LintProblem } from '../../utils/pack/lint';
import {
  buildDraft,
  createLeadKey,
  createLeadStore,
  EMPTY_LEAD_DRAFT,
  leadKeyFromBackup,
  lintDraft,
  packFileName,
  requestHost,
  signDraft,
  uploadPack,
  type LeadDraft,
  type LeadKey,
} from './team-lead';
import { downloadText } from './download';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

interface PhraseForm {
  id: string | null;
  title: string;
  code: string;
  body: string;
  intent: IntentId;
  stage: Stage;
  triggers: string;
}

const EMPTY_FORM: PhraseForm = { id: null, title: '', code: '', body: '', intent: 'greeting', stage: '通用', triggers: '' };
const LIST_SPLIT = /[,，、\s]+/;

function phraseFromForm(form: PhraseForm, previous: Phrase | undefined, group: string): Phrase {
  const now = Date.now();
  return {
    ...(previous ?? { examples: [], tags: [], platforms: [], categories: [], orderFacts: [], createdAt: now }),
    id: previous?.id ?? `team.${now.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`,
    title: form.title.trim(),
    body: form.body.trim(),
    code: form.code.trim() || undefined,
    group: previous?.group ?? (group || '团队话术'),
    stage: form.stage,
    intents: [form.intent, ...(previous?.intents.filter((intent) => intent !== form.intent) ?? [])],
    triggers: form.triggers.split(LIST_SPLIT).filter(Boolean),
    source: 'team',
    updatedAt: now,
  };
}

function formFromPhrase(phrase: Phrase): PhraseForm {
  return {
    id: phrase.id,
    title: phrase.title,
    code: phrase.code ?? '',
    body: phrase.body,
    intent: phrase.intents[0] ?? 'greeting',
    stage: phrase.stage,
    triggers: phrase.triggers.join('，'),
  };
}

export function TeamAdmin() {
  const store = useMemo(() => createLeadStore(), []);
  const [key, setKey] = useState<LeadKey | null>(null);
  const [draft, setDraftState] = useState<LeadDraft>(EMPTY_LEAD_DRAFT);
  const [form, setForm] = useState<PhraseForm>(EMPTY_FORM);
  const [problems, setProblems] = useState<LintProblem[] | null>(null);
  const [token, setToken] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const checker = useMemo(() => createChecker(), []);

  useEffect(() => {
    void store.key().then(setKey);
    void store.draft().then(setDraftState);
  }, [store]);

  const update = (changes: Partial<LeadDraft>) => {
    const next = { ...draft, ...changes };
    setDraftState(next);
    setProblems(null);
    void store.setDraft(next);
  };

  const createKey = async () => {
    if (key && !confirm('已有团队密钥。换新密钥后，所有客服都要用新的加入码重新订阅。确定吗？')) return;
    const created = await createLeadKey();
    downloadText('团队密钥备份.json', `${JSON.stringify(created.backup, null, 2)}\n`, 'application/json');
    await store.setKey(created.key);
    setKey(created.key);
    setNotice({ kind: 'ok', text: '已创建团队密钥，备份文件已下载：请离线妥善保管，任何拿到它的人都能以团队名义发布话术' });
  };

  const importKey = async (file: File) => {
    try {
      const restored = await leadKeyFromBackup(JSON.parse(await file.text()));
      await store.setKey(restored);
      setKey(restored);
      setNotice({ kind: 'ok', text: `已导入团队密钥（编号 ${restored.keyId}）` });
    } catch (error) {
      setNotice({ kind: 'error', text: `导入密钥失败：${(error as Error).message}` });
    }
  };

  const savePhrase = () => {
    if (!form.title.trim() || !form.body.trim()) return setNotice({ kind: 'error', text: '标题和内容不能为空' });
    const previous = draft.phrases.find((phrase) => phrase.id === form.id);
    const phrase = phraseFromForm(form, previous, draft.name.trim());
    update({ phrases: previous ? draft.phrases.map((known) => (known.id === phrase.id ? phrase : known)) : [...draft.phrases, phrase] });
    setForm(EMPTY_FORM);
    setNotice(null);
  };

  const importPhrases = async (file: File) => {
    const text = await file.text();
    const result = file.name.toLowerCase().endsWith('.csv') ? importCsv(text, { source: 'team' }) : importJson(text, { source: 'team' });
    const known = new Set(result.phrases.map((phrase) => phrase.id));
    update({ phrases: [...draft.phrases.filter((phrase) => !known.has(phrase.id)), ...result.phrases.map((phrase) => ({ ...phrase, source: 'team' as const }))] });
    setNotice(
      result.errors.length > 0
        ? { kind: 'error', text: `导入 ${result.phrases.length} 条，另有 ${result.errors.length} 条有误：${result.errors.slice(0, 3).join('；')}` }
        : { kind: 'ok', text: `已导入 ${result.phrases.length} 条话术` },
    );
  };

  const lint = () => {
    const found = lintDraft(draft, (text) => checker.check(text));
    setProblems(found);
    return found;
  };

  const publish = async () => {
    if (!key) return setNotice({ kind: 'error', text: '请先创建或导入团队密钥' });
    const endpoint = draft.endpoint.trim();
    // The permission prompt must come first, while the click still counts as a user gesture.
    if (endpoint && !(await requestHost(endpoint))) return setNotice({ kind: 'error', text: '没有获得访问上传地址的权限' });
    if (lint().some((problem) => problem.level === 'error')) return setNotice({ kind: 'error', text: '检查发现错误，请先修改再发布' });
    const built = buildDraft(draft);
    if (!built.ok) return setNotice({ kind: 'error', text: [built.error.message, ...(built.error.details ?? [])].join('；') });
    const signed = await signDraft(built.pack, key);
    const body = `${JSON.stringify(signed, null, 2)}\n`;
    downloadText(packFileName(signed), body, 'application/json');
    update({ nextVersion: signed.meta.version + 1 });
    if (!endpoint) return setNotice({ kind: 'ok', text: `已生成第 ${signed.meta.version} 版：${packFileName(signed)}，请上传到团队的静态网站或 CDN` });
    const uploaded = await uploadPack(endpoint, token, body);
    setNotice(uploaded.ok ? { kind: 'ok', text: `已发布第 ${signed.meta.version} 版并上传成功` } : { kind: 'error', text: uploaded.message });
  };

  const joinCode = key && isAllowedPackUrl(draft.packUrl.trim()) ? createJoinCode({ url: draft.packUrl.trim(), publicKey: key.publicKey }) : null;

  return (
    <section class="hs-card team-admin" data-testid="team-admin">
      <h2>团队管理（组长）</h2>
      <p class="hs-muted">维护团队话术、规则和页面设置，签名后发布；客服订阅后自动同步。只有持有团队密钥的人能发布。</p>

      <h3>团队密钥</h3>
      {key ? (
        <div>
          <p>
            公钥编号：<code data-testid="lead-key-id">{key.keyId}</code>
          </p>
          <label>
            团队公钥
            <textarea readOnly rows={2} value={key.publicKey} />
          </label>
        </div>
      ) : (
        <p class="hs-muted">还没有团队密钥。</p>
      )}
      <div class="actions">
        <button type="button" data-testid="lead-create-key" onClick={() => void createKey()}>
          {key ? '换新密钥' : '创建团队密钥'}
        </button>
        <label class="file-button">
          导入密钥备份
          <input type="file" accept=".json,application/json" onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void importKey(file);
          }} />
        </label>
      </div>
      <p class="hs-muted">创建时会下载“团队密钥备份.json”：请离线保存（U 盘、密码管理器），不要发到群里；本机保存的私钥无法导出。</p>

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

      <h3>团队话术（{draft.phrases.length} 条）</h3>
      <table class="team-phrase-table">
        <tbody>
          {draft.phrases.map((phrase) => (
            <tr key={phrase.id} data-testid="lead-phrase">
              <td>{phrase.code && <code>/{phrase.code}</code>}</td>
              <td>
                <strong>{phrase.title}</strong>
                <div class="hs-muted">{phrase.body}</div>
              </td>
              <td>
                <button type="button" onClick={() => setForm(formFromPhrase(phrase))}>编辑</button>
                <button type="button" onClick={() => update({ phrases: draft.phrases.filter((known) => known.id !== phrase.id) })}>删除</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset class="phrase-form">
        <legend>{form.id ? '编辑话术' : '新增话术'}</legend>
        <label>
          标题
          <input data-testid="lead-phrase-title" value={form.title} onInput={(event) => setForm({ ...form, title: event.currentTarget.value })} />
        </label>
        <label>
          快捷编码
          <input data-testid="lead-phrase-code" value={form.code} onInput={(event) => setForm({ ...form, code: event.currentTarget.value })} />
        </label>
        <label>
          内容
          <textarea data-testid="lead-phrase-body" rows={3} value={form.body} onInput={(event) => setForm({ ...form, body: event.currentTarget.value })} />
        </label>
        <label>
          意图
          <select value={form.intent} onChange={(event) => setForm({ ...form, intent: event.currentTarget.value as IntentId })}>
            {INTENT_IDS.map((intent) => (
              <option key={intent} value={intent}>{INTENTS[intent].label}</option>
            ))}
          </select>
        </label>
        <label>
          阶段
          <select value={form.stage} onChange={(event) => setForm({ ...form, stage: event.currentTarget.value as Stage })}>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>{stage}</option>
            ))}
          </select>
        </label>
        <label>
          关键词（逗号分隔）
          <input value={form.triggers} onInput={(event) => setForm({ ...form, triggers: event.currentTarget.value })} />
        </label>
        <div class="actions">
          <button type="button" data-testid="lead-phrase-save" onClick={savePhrase}>{form.id ? '保存修改' : '添加'}</button>
          {form.id && <button type="button" class="secondary" onClick={() => setForm(EMPTY_FORM)}>取消</button>}
          <label class="file-button">
            从 CSV / JSON 导入
            <input type="file" accept=".csv,.json" onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void importPhrases(file);
            }} />
          </label>
        </div>
      </fieldset>

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
        <input type="password" data-testid="lead-token" value={token} onInput={(event) => setToken(event.currentTarget.value)} />
      </label>
      <div class="actions">
        <button type="button" class="secondary" data-testid="lead-lint" onClick={lint}>检查</button>
        <button type="button" data-testid="lead-publish" onClick={() => void publish()}>签名并发布</button>
      </div>
      {problems && (
        <div data-testid="lead-lint-result">
          {problems.length === 0 ? (
            <p class="hs-status ok">检查通过，没有发现问题</p>
          ) : (
            <ul class="lint-problems">
              {problems.map((problem, index) => (
                <li key={index} class={problem.level === 'error' ? 'error' : 'warn'} data-testid="lead-lint-problem">
                  {problem.level === 'error' ? '错误' : '提醒'}
                  {problem.path && <code> {problem.path}</code>}：{problem.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {notice && (
        <p class={`hs-status ${notice.kind}`} data-testid="lead-notice">
          {notice.text}
        </p>
      )}
    </section>
  );
}
