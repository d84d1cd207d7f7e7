// Asks for the placeholders the page does not give (an order number the buyer typed, a date…).
import { useState } from 'preact/hooks';

export function PlaceholderPrompt({
  title,
  names,
  onSubmit,
  onCancel,
}: {
  title: string;
  names: readonly string[];
  onSubmit(values: Record<string, string>): void;
  onCancel(): void;
}) {
  const [values, setValues] = useState<Record<string, string>>({});
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
      <h2 class="section-title">填写「{title}」里的空缺</h2>
      {names.map((name, index) => (
        <label key={name} class="prompt-field">
          {name}
          <input
            autoFocus={index === 0}
            value={values[name] ?? ''}
            onInput={(event) => setValues({ ...values, [name]: event.currentTarget.value })}
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
