// Turns zod issues into the Chinese "path: problem" lines packs report (e.g. "selectors[0].selectors.input: 不能为空").
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** Appends a zod path to a prefix: ("phrases[3]", ["intents", 0]) → "phrases[3].intents[0]". */
function joinPath(prefix: string, path: readonly PropertyKey[]): string {
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

function describeIssue(issue: Issue): string {
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
  return issues.map((issue) => `${joinPath(prefix, issue.path) || '(根)'}: ${describeIssue(issue)}`);
}
