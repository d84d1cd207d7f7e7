// The one way schema problems read, for packs, rule files, phrases and CLI situations: Chinese
// "path: problem" lines (e.g. "selectors[0].selectors.input: 不能为空", "rules[3].severity: …").
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** The label of the whole value, when the problem is not inside it. */
export const ROOT_LABEL = '（根）';

/** Appends a zod path to a prefix: ("phrases[3]", ["intents", 0]) → "phrases[3].intents[0]". */
export function issuePath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  array: '数组',
  object: '对象',
  null: 'null',
};

/** Our schemas write their own messages in Chinese; zod's built-in ones (English) are described here. */
const OWN_MESSAGE = /[\u3400-\u9fff]/;

/** What is wrong, in Chinese: the schema's own message, else a description of zod's check. */
export function describeIssue(issue: Issue): string {
  if (OWN_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少此项' : `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? '不能为空' : `至少 ${String(issue.minimum)} 个字符`;
      if (issue.origin === 'array') return `至少需要 ${String(issue.minimum)} 项`;
      return `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `不能超过 ${String(issue.maximum)} 个字符`;
      if (issue.origin === 'array') return `不能超过 ${String(issue.maximum)} 项`;
      return `不能大于 ${String(issue.maximum)}`;
    case 'invalid_value':
      return `应为 ${issue.values.map((value) => JSON.stringify(value)).join(' / ')} 之一`;
    case 'unrecognized_keys':
      return `未知字段 ${issue.keys.join(', ')}`;
    default:
      // Our schemas give every format (regex, date), custom and union check a Chinese message.
      return issue.message;
  }
}

export function formatIssues(prefix: string, issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${issuePath(prefix, issue.path) || ROOT_LABEL}: ${describeIssue(issue)}`);
}
