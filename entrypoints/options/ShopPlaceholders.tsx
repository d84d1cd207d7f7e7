// The shop's own placeholder values ({发货时间}, {快递公司}…): filled into every phrase, so agents are only
// asked for what changes per buyer.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { listPlaceholders, STANDARD_PLACEHOLDERS } from '../../utils/library/placeholders';
import { sendMessage } from '../../utils/messaging';
import type { Settings } from '../../utils/settings';

/** Placeholders filled from the conversation or the agent's profile, not from shop settings. */
const AUTOMATIC = new Set<string>(STANDARD_PLACEHOLDERS);
const COLLAPSED_COUNT = 12;

export function ShopPlaceholders({ settings, onChange }: { settings: Settings; onChange(placeholders: Record<string, string>): void }) {
  const [used, setUsed] = useState<Map<string, number>>(new Map());
  const [showAll, setShowAll] = useState(false);
  useEffect(() => {
    void sendMessage('getLibrary', undefined).then((library) => {
      const counts = new Map<string, number>();
      for (const phrase of library.phrases) {
        for (const name of listPlaceholders(phrase.body)) if (!AUTOMATIC.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      setUsed(counts);
    });
  }, []);
  // Filled ones first, then the placeholders most phrases use: those are worth setting once for the shop.
  const names = useMemo(
    () =>
      [...new Set([...Object.keys(settings.placeholders), ...[...used].sort((a, b) => b[1] - a[1]).map(([name]) => name)])],
    [used, settings.placeholders],
  );
  const shown = showAll ? names : names.slice(0, Math.max(COLLAPSED_COUNT, Object.keys(settings.placeholders).length));
  const [extra, setExtra] = useState('');

  return (
    <fieldset class="shop-placeholders" data-testid="shop-placeholders">
      <legend>店铺常用信息</legend>
      <p class="hs-muted">话术里的这些占位符会自动填入下面的内容；留空的在插入时再问。</p>
      <div class="placeholder-grid">
        {shown.map((name) => (
          <label key={name} title={used.has(name) ? `${used.get(name)} 条话术用到` : undefined}>
            <span>{`{${name}}`}</span>
            <input
              value={settings.placeholders[name] ?? ''}
              maxLength={100}
              onInput={(event) => {
                const value = event.currentTarget.value;
                const next = { ...settings.placeholders, [name]: value };
                if (!value) delete next[name];
                onChange(next);
              }}
            />
          </label>
        ))}
      </div>
      {shown.length < names.length && (
        <button type="button" class="link-button" onClick={() => setShowAll(true)}>
          显示全部 {names.length} 个占位符
        </button>
      )}
      <div class="add-placeholder">
        <input placeholder="新增占位符名称，如 售后时效" value={extra} maxLength={20} onInput={(e) => setExtra(e.currentTarget.value.replace(/[{}\s]/g, ''))} />
        <button
          type="button"
          disabled={!extra || names.includes(extra)}
          onClick={() => {
            onChange({ ...settings.placeholders, [extra]: '' });
            setShowAll(true);
            setExtra('');
          }}
        >
          添加
        </button>
      </div>
    </fieldset>
  );
}
