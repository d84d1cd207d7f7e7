// The shop's own placeholder values ({发货时间}, {快递公司}…): filled into every phrase, so agents are only
// asked for what changes per buyer.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { listPlaceholders, STANDARD_PLACEHOLDERS } from '../../utils/library/placeholders';
import { sendMessage } from '../../utils/messaging';
import type { Settings } from '../../utils/settings';

/** Placeholders filled from the conversation or the agent's profile, not from shop settings. */
const AUTOMATIC = new Set<string>(STANDARD_PLACEHOLDERS);

export function ShopPlaceholders({ settings, onChange }: { settings: Settings; onChange(placeholders: Record<string, string>): void }) {
  const [used, setUsed] = useState<string[]>([]);
  useEffect(() => {
    void sendMessage('getLibrary', undefined).then((library) => {
      const names = new Set(library.phrases.flatMap((phrase) => listPlaceholders(phrase.body)));
      setUsed([...names].filter((name) => !AUTOMATIC.has(name)).sort((a, b) => a.localeCompare(b, 'zh-CN')));
    });
  }, []);
  const names = useMemo(() => [...new Set([...used, ...Object.keys(settings.placeholders)])], [used, settings.placeholders]);
  const [extra, setExtra] = useState('');

  return (
    <fieldset class="shop-placeholders" data-testid="shop-placeholders">
      <legend>店铺常用信息</legend>
      <p class="hs-muted">话术里的这些占位符会自动填入下面的内容；留空的在插入时再问。</p>
      <div class="placeholder-grid">
        {names.map((name) => (
          <label key={name}>
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
      <div class="add-placeholder">
        <input placeholder="新增占位符名称，如 售后时效" value={extra} maxLength={20} onInput={(e) => setExtra(e.currentTarget.value.replace(/[{}\s]/g, ''))} />
        <button
          type="button"
          disabled={!extra || names.includes(extra)}
          onClick={() => {
            setUsed([...used, extra]);
            setExtra('');
          }}
        >
          添加
        </button>
      </div>
    </fieldset>
  );
}
