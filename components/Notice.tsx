// A line about what the agent just did: done (ok) or why not (error). One shape and one look for the panel
// and every options section; screen readers hear it when it changes.
export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

export function NoticeLine({ notice, testId, class: extra }: { notice: Notice | null; testId: string; class?: string }) {
  if (!notice) return null;
  return (
    <p class={`hs-status ${notice.kind}${extra ? ` ${extra}` : ''}`} role="status" aria-live="polite" data-testid={testId}>
      {notice.text}
    </p>
  );
}
