// How well suggestions fit labelled conversations (test/data/situations/*/*.jsonl, format in README): intent
// accuracy and contradictions with the labelled category and order state. Used by scripts/eval-suggest.ts and
// the situations unit test, so the figures a test asserts are the ones the command prints.
//
// Definitions (one situation, the list suggestForSituation returns):
// - top-1 hit: the first suggestion's phrase has the label's main intent (label.intents[0]) among its intents;
// - top-3 hit: some phrase among the first three has one of the labelled intents among its intents;
// - contradiction: a phrase among the first three written for other categories than the labelled one
//   (its categories non-empty and without label.category), or asserting an order fact the labelled state makes
//   false. Counted per suggestion; a label without category / order state cannot be contradicted on it.
import { isCategory, type Category } from './categories';
import { isIntentId, type IntentId } from './intents';
import { contradictedFacts, isOrderState, type OrderState } from './order-state';
import { suggestForSituation, type Situation, type SituationSuggestion } from './situation';
import type { Suggester } from './suggest';
import type { Phrase } from './types';

export interface SituationLabel {
  intents: IntentId[];
  category: Category | null;
  orderState: OrderState | null;
}

export interface LabelledSituation {
  id: string;
  /** File the item came from, for reports. */
  source: string;
  situation: Situation;
  label: SituationLabel;
}

/** Parses JSONL; a line that is not a valid labelled situation is reported (`file:line: why`) and skipped. */
export function parseLabelledSituations(text: string, source: string): { items: LabelledSituation[]; errors: string[] } {
  const items: LabelledSituation[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${source}:${index + 1}`;
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(line) as Record<string, unknown>;
    } catch {
      errors.push(`${where}: 不是有效的 JSON`);
      return;
    }
    const label = data.label as Record<string, unknown> | undefined;
    const intents = Array.isArray(label?.intents) ? (label.intents as unknown[]) : [];
    const messages = Array.isArray(data.messages) ? (data.messages as { direction?: unknown; text?: unknown }[]) : [];
    if (intents.length === 0 || !intents.every((intent) => typeof intent === 'string' && isIntentId(intent))) {
      errors.push(`${where}: label.intents 应为意图 id 列表`);
      return;
    }
    if (messages.length === 0 || !messages.every((m) => typeof m.text === 'string' && ['buyer', 'agent', 'robot', 'system'].includes(String(m.direction)))) {
      errors.push(`${where}: messages 应为 {direction, text} 列表`);
      return;
    }
    const category = typeof label?.category === 'string' && isCategory(label.category) ? label.category : null;
    const orderState = typeof label?.orderState === 'string' && isOrderState(label.orderState) ? label.orderState : null;
    const product = data.product as { name?: unknown; price?: unknown } | undefined;
    const order = data.order as { id?: unknown; status?: unknown } | undefined;
    items.push({
      id: typeof data.id === 'string' ? data.id : where,
      source,
      situation: {
        messages: messages.map((m) => ({ direction: m.direction as Situation['messages'][number]['direction'], text: String(m.text) })),
        ...(product && typeof product.name === 'string' ? { product: { name: product.name, ...(typeof product.price === 'string' ? { price: product.price } : {}) } } : {}),
        ...(order && typeof order === 'object'
          ? { order: { ...(typeof order.id === 'string' ? { id: order.id } : {}), ...(typeof order.status === 'string' ? { status: order.status } : {}) } }
          : {}),
        ...(typeof data.platform === 'string' ? { platform: data.platform } : {}),
      },
      label: { intents: intents as IntentId[], category, orderState },
    });
  });
  return { items, errors };
}

/** Why a phrase contradicts a label, or nothing. */
export function contradictionsOf(phrase: Phrase, label: SituationLabel): string[] {
  const found: string[] = [];
  if (label.category && phrase.categories.length > 0 && !phrase.categories.includes(label.category)) {
    found.push(`类目 ${label.category}，话术写给 ${phrase.categories.join('、')}`);
  }
  for (const fact of contradictedFacts(phrase.orderFacts, label.orderState)) found.push(`订单 ${label.orderState}，话术认定 ${fact}`);
  return found;
}

export interface SituationOutcome {
  item: LabelledSituation;
  suggestions: SituationSuggestion[];
  top1: boolean;
  top3: boolean;
  contradictions: { phraseId: string; why: string[] }[];
}

export interface SituationEvaluation {
  count: number;
  top1: number;
  top3: number;
  /** Suggestions among the first three that contradict the label. */
  contradictions: number;
  outcomes: SituationOutcome[];
}

const TOP = 3;

export function evaluateSituations(suggester: Suggester, items: readonly LabelledSituation[]): SituationEvaluation {
  const outcomes = items.map((item): SituationOutcome => {
    const { suggestions } = suggestForSituation(suggester, item.situation, { top: TOP, now: 0 });
    const [main] = item.label.intents;
    const first = suggestions[0];
    return {
      item,
      suggestions,
      top1: first !== undefined && first.phrase.intents.includes(main!),
      top3: suggestions.some((suggestion) => suggestion.phrase.intents.some((intent) => item.label.intents.includes(intent))),
      contradictions: suggestions.flatMap((suggestion) => {
        const why = contradictionsOf(suggestion.phrase, item.label);
        return why.length > 0 ? [{ phraseId: suggestion.phrase.id, why }] : [];
      }),
    };
  });
  const count = outcomes.length;
  return {
    count,
    top1: count === 0 ? 0 : outcomes.filter((outcome) => outcome.top1).length / count,
    top3: count === 0 ? 0 : outcomes.filter((outcome) => outcome.top3).length / count,
    contradictions: outcomes.reduce((sum, outcome) => sum + outcome.contradictions.length, 0),
    outcomes,
  };
}
