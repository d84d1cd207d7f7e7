// 我的数据: the agent's own figures, today and this week, computed from events kept on this machine only
// (no message text, no buyer names). Charts are drawn by uPlot; the CSV for the lead holds numbers only.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { figuresCsv } from '../../utils/figures/csv';
import { addDays, byDay, responseByHour, startOfDay, startOfWeek, summarize, type FigureEvent, type Figures as FigureSummary } from '../../utils/figures/figures';
import { onMessage, sendMessage } from '../../utils/messaging';
import { downloadText } from './download';

const seconds = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} 秒`);
const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

export function Figures() {
  const [data, setData] = useState<{ events: FigureEvent[]; now: number } | null>(null);
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const [status, setStatus] = useState('');

  const load = () => void sendMessage('getFigures', undefined).then(setData).catch(() => setStatus('读取失败：后台没有响应，请刷新本页'));
  useEffect(() => {
    load();
    void sendMessage('getLibrary', undefined).then((library) => setTitles(new Map(library.phrases.map((phrase) => [phrase.id, phrase.title]))));
    // Figures change while the agent works: refresh when they come back to this tab.
    window.addEventListener('focus', load);
    const removeQueue = onMessage('queueStateChanged', () => load());
    return () => {
      window.removeEventListener('focus', load);
      removeQueue();
    };
  }, []);

  const summary = useMemo(() => {
    if (!data) return null;
    const { events, now } = data;
    return {
      today: summarize(events, startOfDay(now), addDays(startOfDay(now), 1)),
      week: summarize(events, startOfWeek(now), addDays(startOfWeek(now), 7)),
      days: byDay(events, now),
      hours: responseByHour(events, startOfDay(now)),
    };
  }, [data]);

  if (!data || !summary) return <section class="hs-card figures"><h2>我的数据</h2><p class="hs-muted">{status || '正在读取…'}</p></section>;
  const title = (phraseId: string) => titles.get(phraseId) ?? phraseId;

  const exportCsv = () => {
    downloadText(`话术助手-我的数据-${summary.days.at(-1)!.date}.csv`, figuresCsv(summary.days, title), 'text/csv;charset=utf-8');
    setStatus('已导出最近 7 天（只有数字和话术标题，没有消息内容和买家昵称）');
  };
  const clear = async () => {
    if (!confirm('清空本机保存的全部数据？清空后无法恢复。')) return;
    await sendMessage('clearFigures', undefined);
    load();
    setStatus('已清空');
  };

  return (
    <section class="hs-card figures" data-testid="figures">
      <h2>我的数据</h2>
      <p class="hs-muted">根据你在工作台里的回复和插入的话术统计，只保存在这台电脑上（最多 {35} 天），不含消息内容和买家昵称，不会上传。</p>
      <div class="figure-columns">
        <FigureTable label="今天" id="today" figures={summary.today} />
        <FigureTable label="本周" id="week" figures={summary.week} />
      </div>
      <h3>最常用的话术（本周）</h3>
      {summary.week.topPhrases.length === 0 ? (
        <p class="hs-muted">本周还没有插入过话术。</p>
      ) : (
        <ol class="top-phrases" data-testid="top-phrases">
          {summary.week.topPhrases.map((phrase) => (
            <li key={phrase.phraseId}>
              {title(phrase.phraseId)} <span class="hs-muted">× {phrase.count}{phrase.misfires > 0 ? `，其中 ${phrase.misfires} 次插入后被删改` : ''}</span>
            </li>
          ))}
        </ol>
      )}
      <div class="figure-charts">
        <Chart
          title="今天各时段的响应时间中位数（秒）"
          testId="chart-hours"
          data={[Array.from({ length: 24 }, (_, hour) => hour), summary.hours.map((ms) => (ms === null ? null : ms / 1000))]}
          series={[{ label: '响应时间（秒）', stroke: '#1f6feb', fill: 'rgba(31,111,235,0.25)', paths: uPlot.paths.bars!({ size: [0.7] }), points: { show: false } }]}
          xTime={false}
        />
        <Chart
          title="近 7 天"
          testId="chart-week"
          data={[summary.days.map((day) => day.start / 1000), summary.days.map((day) => day.served), summary.days.map((day) => (day.medianResponseMs === null ? null : day.medianResponseMs / 1000))]}
          series={[
            { label: '接待会话', stroke: '#389e0d', width: 2 },
            { label: '响应中位数（秒）', stroke: '#d46b08', width: 2, scale: 's' },
          ]}
          xTime
        />
      </div>
      <div class="actions">
        <button type="button" data-testid="figures-export" onClick={exportCsv}>导出 CSV（给组长）</button>
        <button type="button" class="secondary" data-testid="figures-clear" onClick={() => void clear()}>清空数据</button>
        <span class="hs-muted" role="status">{status}</span>
      </div>
    </section>
  );
}

function FigureTable({ label, id, figures }: { label: string; id: string; figures: FigureSummary }) {
  const rows: [string, string, string][] = [
    ['served', '接待会话', String(figures.served)],
    ['replies', '回复条数', String(figures.replies)],
    ['first', '首次响应中位数', seconds(figures.medianFirstResponseMs)],
    ['response', '响应时间中位数', seconds(figures.medianResponseMs)],
    ['share', '来自推荐的回复', percent(figures.suggestionShare)],
    ['inserts', '插入话术', String(figures.inserts)],
    ['misfires', '插入后很快删改', String(figures.misfires)],
    ['caught', '发送前改掉的风险词', String(figures.caught)],
  ];
  return (
    <table class="figure-table" data-testid={`figures-${id}`}>
      <caption>{label}</caption>
      <tbody>
        {rows.map(([key, name, value]) => (
          <tr key={key}>
            <th scope="row">{name}</th>
            <td data-testid={`figure-${id}-${key}`}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Chart({ title, testId, data, series, xTime }: { title: string; testId: string; data: uPlot.AlignedData; series: uPlot.Series[]; xTime: boolean }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!holder.current) return;
    const options: uPlot.Options = {
      width: 400,
      height: 180,
      series: [{ label: xTime ? '日期' : '时' }, ...series],
      scales: { x: { time: xTime }, ...(series.some((s) => s.scale === 's') ? { s: { auto: true } } : {}) },
      axes: [{}, { size: 40 }, ...(series.some((s) => s.scale === 's') ? [{ scale: 's', side: 1, grid: { show: false }, size: 40 }] : [])],
      legend: { show: true },
    };
    const plot = new uPlot(options, data, holder.current);
    return () => plot.destroy();
  }, [data]);
  return (
    <figure class="figure-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div ref={holder} />
    </figure>
  );
}
