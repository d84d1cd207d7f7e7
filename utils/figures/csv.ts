// The figures as a CSV sheet for the team lead: one row per day, numbers and phrase titles only —
// never a message, a draft or a buyer's name (the events hold none to begin with).
import Papa from 'papaparse';
import type { DayFigures } from './figures';

const HEADER = ['日期', '接待会话数', '回复条数', '首次响应中位数（秒）', '响应时间中位数（秒）', '来自推荐的回复占比', '插入话术次数', '插入后删改（误用）次数', '发送前改掉的风险词', '最常用话术'];

const seconds = (ms: number | null) => (ms === null ? '' : (ms / 1000).toFixed(1));
const percent = (share: number | null) => (share === null ? '' : `${Math.round(share * 100)}%`);

/** `title(phraseId)` names a phrase from the library (a deleted one keeps its id). */
export function figuresCsv(days: readonly DayFigures[], title: (phraseId: string) => string): string {
  const rows = days.map((day) => [
    day.date,
    day.served,
    day.replies,
    seconds(day.medianFirstResponseMs),
    seconds(day.medianResponseMs),
    percent(day.suggestionShare),
    day.inserts,
    day.misfires,
    day.caught,
    day.topPhrases.map((phrase) => `${title(phrase.phraseId)}×${phrase.count}`).join('；'),
  ]);
  // The BOM lets Excel open it as UTF-8.
  return `\uFEFF${Papa.unparse([HEADER, ...rows])}`;
}
