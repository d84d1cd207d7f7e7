// The whole library by group (分组), for browsing when no suggestion fits.
import type { Phrase } from '../utils/library/types';

export function PhraseBrowser({
  phrases,
  onPick,
  risky,
}: {
  phrases: readonly Phrase[];
  onPick(phrase: Phrase): void;
  /** The risky words in a phrase, if the checker flags it. */
  risky(phrase: Phrase): string[];
}) {
  const groups = new Map<string, Phrase[]>();
  for (const phrase of phrases) groups.set(phrase.group, [...(groups.get(phrase.group) ?? []), phrase]);
  return (
    <div class="phrase-browser" data-testid="phrase-browser">
      {[...groups].map(([group, members]) => (
        <details key={group} class="phrase-group">
          <summary>
            {group} <span class="hs-muted">{members.length}</span>
          </summary>
          <ul>
            {members.map((phrase) => (
              <li key={phrase.id}>
                <button type="button" class="browse-item" title={phrase.body} onClick={() => onPick(phrase)}>
                  {phrase.code && <span class="hs-badge phrase-code">{phrase.code}</span>} {phrase.title}
                  <RiskBadge words={risky(phrase)} />
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

function RiskBadge({ words }: { words: string[] }) {
  if (words.length === 0) return null;
  return <span class="hs-badge warn phrase-flag">含风险词 {words.join('、')}</span>;
}
