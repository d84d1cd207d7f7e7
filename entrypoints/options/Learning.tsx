// 学习与未识别问法: what this machine learned from the agent's inserts, shown so it can be checked and cleared.
// Learned pairs (buyer question → phrase) lift that phrase for similar questions; 未识别问法 (questions the
// agent answered from search instead of the suggestions) export as a phrase sheet a lead adds to the team
// pack, where they become 问法 of those phrases. All of it stays on this machine.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LEARNED_LIMITS, type LearnedData, type LearnedRecord } from '../../utils/library/learned';
import { learnedFile, unrecognisedCsv } from '../../utils/library/learned-file';
import type { Phrase } from '../../utils/library/types';
import { sendMessage } from '../../utils/messaging';
import { downloadText } from './download';
import './learning.css';

type Kind = 'records' | 'unrecognised';

const day = (at: number) => new Date(at).toLocaleDateString('zh-CN');

export function Learning() {
  const [data, setData] = useState<LearnedData | null>(null);
  const [phrases, setPhrases] = useState<Phrase[]>([]);
  const [status, setStatus] = useState('');

  const load = () => void sendMessage('getLearning', undefined).then(setData).catch(() => setStatus('读取失败：后台没有响应，请刷新本页'));
  useEffect(() => {
    load();
    void sendMessage('getLibrary', undefined).then((library) => setPhrases(library.phrases)).catch(() => undefined);
    // The agent inserts in another tab: show what was learned meanwhile on coming back.
    window.addEventListener('focus', load);
    return () => window.removeEventListener('focus', load);
  }, []);

  const forget = async (kind: Kind, entry?: LearnedRecord) => {
    if (!entry && !confirm(kind === 'records' ? '清空全部学到的问法？推荐会回到没学过时的样子。' : '清空全部未识别问法？')) return;
    setData(await sendMessage('forgetLearned', { kind, ...(entry ? { entry: { text: entry.text, phraseId: entry.phraseId } } : {}) }));
    setStatus(entry ? '已删除一条' : '已清空');
  };

  if (!data) return <section class="hs-card learning"><h2>学习与未识别问法</h2><p class="hs-muted">{status || '正在读取…'}</p></section>;
  const titles = new Map(phrases.map((phrase) => [phrase.id, phrase.title]));
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <section class="hs-card learning" data-testid="learning">
      <h2>学习与未识别问法</h2>
      <p class="hs-muted">
        每次把话术放进输入框，话术助手都在本机记下“买家的问题 → 这条话术”。之后买家问到相似的问题（按推荐引擎自己的意图判断和字词比较，不要求一字不差），这条话术会排得更靠前，并写明「相似的问题您选过这条」。
        只保存问题的前 {LEARNED_LIMITS.textChars} 个字，最多 {LEARNED_LIMITS.records} 条、{LEARNED_LIMITS.days} 天，不含买家昵称，从不上传；在这里可以逐条删除或清空。
      </p>

      <LearnedList
        kind="records"
        heading={`学到的问法（${data.records.length}）`}
        empty="还没有学到什么：在侧边栏插入话术后，这里会出现。"
        records={data.records}
        titles={titles}
        onForget={(entry) => void forget('records', entry)}
        exportLabel="导出学习记录（JSON）"
        onExport={() => {
          downloadText(`话术助手-学习记录-${stamp}.json`, learnedFile(data), 'application/json');
          setStatus('已导出学习记录（含买家问题原文，请只在本机使用，如 huashu suggest --learned 文件）');
        }}
        clearLabel="清空学到的问法"
        onClear={() => void forget('records')}
      />

      <LearnedList
        kind="unrecognised"
        heading="未识别问法"
        intro={
          <>
            推荐里没有、客服自己搜索或按分类找到话术来回答的买家问题（最多 {LEARNED_LIMITS.unrecognised} 条）。组长可以导出成话术表格：每行是一条被选中的话术，买家的原话加在它的「问法」列里，带「编号」列；在「团队管理」里导入（或 <code>pack build --in</code>）后发布，全组的推荐都能认出这些问法。
          </>
        }
        empty="还没有未识别问法。"
        records={data.unrecognised}
        titles={titles}
        onForget={(entry) => void forget('unrecognised', entry)}
        exportLabel="导出 CSV（加入团队话术包）"
        onExport={() => {
          downloadText(`话术助手-未识别问法-${stamp}.csv`, unrecognisedCsv(data.unrecognised, phrases), 'text/csv;charset=utf-8');
          setStatus('已导出 CSV：在「团队管理」里导入后发布即可');
        }}
        clearLabel="清空未识别问法"
        onClear={() => void forget('unrecognised')}
      />
      <p class="hs-muted" role="status">
        {status}
      </p>
    </section>
  );
}

/** One list with its export and clear buttons (the 未识别问法 export is the lead's, so it is the primary one). */
function LearnedList({
  kind,
  heading,
  intro,
  empty,
  records,
  titles,
  onForget,
  exportLabel,
  onExport,
  clearLabel,
  onClear,
}: {
  kind: Kind;
  heading: string;
  intro?: ComponentChildren;
  empty: string;
  records: readonly LearnedRecord[];
  titles: ReadonlyMap<string, string>;
  onForget(entry: LearnedRecord): void;
  exportLabel: string;
  onExport(): void;
  clearLabel: string;
  onClear(): void;
}) {
  const none = records.length === 0;
  return (
    <>
      <h3>{heading}</h3>
      {intro && <p class="hs-muted">{intro}</p>}
      {none ? (
        <p class="hs-muted">{empty}</p>
      ) : (
        <ul class="learned-list" data-testid={`learned-${kind}`}>
          {[...records].reverse().map((record) => (
            <li key={`${record.phraseId}|${record.text}`} class="learned-item" data-testid="learned-item">
              <span class="learned-text">「{record.text}」</span>
              <span class="learned-phrase">→ {titles.get(record.phraseId) ?? record.phraseId}</span>
              <span class="hs-muted learned-meta">
                {record.count} 次 · {day(record.at)}
              </span>
              <button type="button" class="link-button" aria-label={`删除「${record.text}」`} onClick={() => onForget(record)}>
                删除
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class={kind === 'records' ? 'secondary' : undefined} data-testid={`${kind === 'records' ? 'learned' : kind}-export`} disabled={none} onClick={onExport}>
          {exportLabel}
        </button>
        <button type="button" class="secondary" data-testid={`${kind === 'records' ? 'learned' : kind}-clear`} disabled={none} onClick={onClear}>
          {clearLabel}
        </button>
      </div>
    </>
  );
}
