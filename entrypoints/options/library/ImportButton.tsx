// The button that opens a phrase file for import (话术库 and 团队管理): the file input stays hidden behind it.
import { useRef } from 'preact/hooks';
import { PHRASE_FILE_TYPES } from './labels';

export function ImportButton({ testId, secondary = false, onFile }: { testId: string; secondary?: boolean; onFile(file: File): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" class={secondary ? 'secondary' : undefined} onClick={() => input.current?.click()}>
        导入 Excel / CSV / JSON…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        data-testid={testId}
        accept={PHRASE_FILE_TYPES}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) reads it again.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
