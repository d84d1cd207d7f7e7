// 团队管理 for leads: the team key, the pack's description, the team's phrases, rules and selector sets,
// lint, and publishing a signed pack (a file to upload anywhere, or a PUT to the team's host). Each part is
// its own component; this one holds the draft (kept in IndexedDB as it is typed) and runs the steps.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createChecker } from '../../../utils/compliance';
import type { LintProblem } from '../../../utils/pack/lint';
import { downloadText } from '../download';
import { LintResult } from './LintResult';
import { PackExtras } from './PackExtras';
import { PackInfo } from './PackInfo';
import { Publish } from './Publish';
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
import { TeamKey } from './TeamKey';
import { TeamPhrases } from './TeamPhrases';
import '../team.css';
import { NoticeLine, type Notice } from '../../../components/Notice';


export function TeamAdmin() {
  const store = useMemo(() => createLeadStore(), []);
  const [key, setKey] = useState<LeadKey | null>(null);
  const [draft, setDraftState] = useState<LeadDraft>(EMPTY_LEAD_DRAFT);
  const [problems, setProblems] = useState<LintProblem[] | null>(null);
  const [token, setToken] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
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

  return (
    <section class="hs-card team-admin" data-testid="team-admin">
      <h2>团队管理（组长）</h2>
      <p class="hs-muted">维护团队话术、规则和页面设置，签名后发布；客服订阅后自动同步。只有持有团队密钥的人能发布。</p>
      <TeamKey leadKey={key} onCreate={() => void createKey()} onImport={(file) => void importKey(file)} />
      <PackInfo draft={draft} update={update} />
      <TeamPhrases phrases={draft.phrases} onChange={(phrases) => update({ phrases })} onNotice={setNotice} />
      <PackExtras draft={draft} update={update} />
      <Publish draft={draft} leadKey={key} token={token} update={update} onToken={setToken} onLint={lint} onPublish={() => void publish()} />
      {problems && <LintResult problems={problems} />}
      <NoticeLine notice={notice} testId="lead-notice" />
    </section>
  );
}
