// Asks for the placeholders the page does not give (an order number the buyer typed, a date…). The form
// says whose reply it is: the panel closes it when that conversation is no longer the open one.
import { useState } from 'preact/hooks';

export function PlaceholderPrompt({
  title,
  buyerName,
  names,
  initial = {},
  onChange,
  onSubmit,
  onCancel,
}: {
  title: string;
  /** The buyer the reply is for. */
  buyerName: string;
  names: readonly string[];
  /** Values typed earlier for the same reply and buyer. */
  initial?: Record<string, string>;
  onChange?(values: Record<string, string>): void;
  onSubmit(values: Record<string, string>): void;
  onCancel(): void;
}) {
  const [values, setValues] = useState<Record<string, string>>(initial);
  const complete = names.every((name) => values[name]?.trim());
  return (
    <form
      class="hs-card placeholder-prompt"
      data-testid="placeholder-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        if (complete) onSubmit(values);
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <h2 class="section-title">
        给 <strong data-testid="prompt-buyer">{buyerName}</strong> 的回复：填写「{title}」里的空缺
      </h2>
      {names.map((name, index) => (
        <label key={name} class="prompt-field">
          {name}
          <input
            autoFocus={index === 0}
            value={values[name] ?? ''}
            onInput={(event) => {
              const next = { ...values, [name]: event.currentTarget.value };
              setValues(next);
              onChange?.(next);
            }}
          />
        </label>
      ))}
      <div class="prompt-actions">
        <button type="submit" class="primary" disabled={!complete}>
          插入
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
