// 店铺常用信息: the few shop-wide facts phrases may use ({发货时间}, {退货地址} …), set once, grouped, each with an
// example. Values that change per order or per product ({快递单号}, {商品规格}) are not listed: the page fills
// them when it shows them and the panel asks for them otherwise (utils/library/placeholders.ts).
import { useState } from 'preact/hooks';
import { placeholderKind, SHOP_PLACEHOLDERS } from '../../utils/library/placeholders';
import type { Settings } from '../../utils/settings';

const LISTED = new Set(SHOP_PLACEHOLDERS.flatMap(({ items }) => items.map((item) => item.name)));

export function ShopPlaceholders({ settings, onChange }: { settings: Settings; onChange(placeholders: Record<string, string>): void }) {
  const [extra, setExtra] = useState('');
  // Values the shop set before for other names (its own facts, or older per-order ones) stay editable, so
  // nothing the agent typed is lost.
  const own = Object.keys(settings.placeholders).filter((name) => !LISTED.has(name));
  const field = (name: string, example?: string) => (
    <label key={name}>
      <span>{`{${name}}`}</span>
      <input
        value={settings.placeholders[name] ?? ''}
        maxLength={100}
        placeholder={example ? `如：${example}` : undefined}
        onInput={(event) => {
          const value = event.currentTarget.value;
          const next = { ...settings.placeholders, [name]: value };
          if (!value) delete next[name];
          onChange(next);
        }}
      />
    </label>
  );
  const taken = (name: string) => LISTED.has(name) || own.includes(name) || placeholderKind(name) !== 'ask';

  return (
    <fieldset class="shop-placeholders" data-testid="shop-placeholders">
      <legend>店铺常用信息</legend>
      <p class="hs-muted">
        全店统一的信息，填一次即可，话术里的这些占位符会自动填入；留空的在插入时再问。快递单号、商品规格这类每单不同的信息不在这里填：页面上有的会自动读取，没有的插入时询问。
      </p>
      {SHOP_PLACEHOLDERS.map(({ group, items }) => (
        <div key={group} class="placeholder-group">
          <h4>{group}</h4>
          <div class="placeholder-grid">{items.map((item) => field(item.name, item.example))}</div>
        </div>
      ))}
      {own.length > 0 && (
        <div class="placeholder-group" data-testid="own-placeholders">
          <h4>本店自定义</h4>
          <div class="placeholder-grid">{own.map((name) => field(name))}</div>
        </div>
      )}
      <div class="add-placeholder">
        <input placeholder="新增本店信息名称，如 售后时效" value={extra} maxLength={20} onInput={(e) => setExtra(e.currentTarget.value.replace(/[{}\s]/g, ''))} />
        <button
          type="button"
          disabled={!extra || taken(extra)}
          title={extra && placeholderKind(extra) !== 'ask' && !LISTED.has(extra) ? '这个名称由页面或客服资料自动填写' : undefined}
          onClick={() => {
            onChange({ ...settings.placeholders, [extra]: '' });
            setExtra('');
          }}
        >
          添加
        </button>
      </div>
    </fieldset>
  );
}
