// Asks before inserting a phrase the agent picked by hand (search, the category browser) that the page
// contradicts: 「页面显示：待发货，这条话术说「已发货」」. Bound to the buyer like the placeholder form: the
// panel closes it when that conversation is no longer the open one. Keyboard: 取消 has the focus (Enter
// keeps the wrong reply out), Tab reaches 仍然插入, Esc cancels.
import { useLayoutEffect, useRef } from 'preact/hooks';

export function PickWarning({
  title,
  buyerName,
  warning,
  onConfirm,
  onCancel,
}: {
  title: string;
  /** The buyer the reply is for. */
  buyerName: string;
  warning: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  // The question is the news: the keyboard goes to it (autofocus does nothing for an element added later).
  useLayoutEffect(() => cancel.current?.focus(), []);
  return (
    <section
      class="hs-card pick-warning"
      role="alertdialog"
      aria-labelledby="pick-warning-title"
      aria-describedby="pick-warning-text"
      data-testid="pick-warning"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.isComposing) onCancel();
      }}
    >
      <h2 class="section-title" id="pick-warning-title">
        给 <strong data-testid="warning-buyer">{buyerName}</strong> 的「{title}」可能不对
      </h2>
      <p class="warning-text" id="pick-warning-text" data-testid="warning-text">
        {warning}
      </p>
      <div class="prompt-actions">
        <button type="button" ref={cancel} onClick={onCancel}>
          取消
        </button>
        <button type="button" class="primary" onClick={onConfirm}>
          仍然插入
        </button>
      </div>
    </section>
  );
}
