// What the compliance tests read of a check: the findings an agent sees without trainee mode (warn and block) and
// their categories, once each.
import type { Checker } from '../../../utils/compliance/index';

export function readerOf(checker: Checker) {
  const serious = (text: string) => checker.check(text).filter((f) => f.severity !== 'info');
  const categoriesOf = (text: string) => [...new Set(serious(text).map((f) => f.category))];
  return { serious, categoriesOf };
}
