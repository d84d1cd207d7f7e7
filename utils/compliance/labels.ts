// Chinese labels for categories and severities, as the UI and reports show them.
import type { Category, Finding, Severity } from './types';

const CATEGORY_LABELS: Record<string, string> = {
  absolute: '绝对化用语',
  authority: '权威背书',
  medical: '医疗功效',
  offplatform: '站外引流',
  reviewbait: '好评诱导',
  promise: '无法兑现的承诺',
  abuse: '辱骂买家',
  attitude: '服务态度',
};

const SEVERITY_LABELS: Record<Severity, string> = { block: '拦截', warn: '提醒', info: '提示' };

/** A team rule file may bring its own category: its id is shown as is. */
export function categoryLabel(category: Category): string {
  return CATEGORY_LABELS[category] ?? category;
}

export function severityLabel(severity: Severity): string {
  return SEVERITY_LABELS[severity];
}

const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** Order for lists of findings: 拦截 → 提醒 → 提示, then in text order. */
export function bySeverity(a: Pick<Finding, 'severity' | 'start'>, b: Pick<Finding, 'severity' | 'start'>): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start;
}
