import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateChecker, parseLabelledDrafts } from '../../../utils/compliance/evaluate';
import { createChecker } from '../../../utils/compliance/index';

// Fresh rounds of agent drafts, each written before the rules were tuned on it (first-seen figures in
// test/data/compliance/rounds/README.md). They keep the fixes that generalised from being undone.
const roundsDir = new URL('../../data/compliance/rounds/', import.meta.url);
const rounds = readdirSync(roundsDir)
  .filter((name) => name.endsWith('.tsv'))
  .sort()
  .map((name) => ({ name, drafts: parseLabelledDrafts(readFileSync(new URL(name, roundsDir), 'utf8')) }));

// Labels are pinned to the writers' guide (WRITERS.md, "The eight categories"), not to the categories the engine had when
// a round was written: a draft the guide files as attitude is labelled attitude here as in drafts.tsv (round 21).
const guide = readFileSync(new URL('../../data/compliance/fresh/WRITERS.md', import.meta.url), 'utf8');
const guideSection = guide.slice(guide.indexOf('### The eight categories'), guide.indexOf('### Borderline cases'));
const guideCategories = [...guideSection.matchAll(/^- \*\*(\w+)\*\* —/gm)].map((match) => match[1]!);
// What rounds 1–18 were each written to cover: every category but attitude, which the guide split off from abuse later.
const writtenFor = guideCategories.filter((category) => category !== 'attitude');
// Every round draft was merged into drafts.tsv: a relabelling goes to both copies.
const regressionLabels = new Map(
  parseLabelledDrafts(readFileSync(new URL('../../data/compliance/drafts.tsv', import.meta.url), 'utf8')).map((d) => [d.text, d.categories.join('|')]),
);

describe('fresh rounds of drafts', () => {
  const checker = createChecker();

  it('are all present and cover every category they were written for', () => {
    expect(rounds.length).toBeGreaterThanOrEqual(18);
    expect(guideCategories).toHaveLength(8);
    for (const { name, drafts } of rounds) {
      const categories = new Set(drafts.filter((d) => d.risky).map((d) => d.category));
      for (const category of writtenFor) expect(categories.has(category), `${name}: ${category}`).toBe(true);
      expect(drafts.filter((d) => !d.risky).length).toBeGreaterThanOrEqual(20);
    }
  });

  it('label every risky draft with categories of the guide, as drafts.tsv does', () => {
    for (const { name, drafts } of rounds) {
      for (const draft of drafts) {
        if (draft.risky) for (const category of draft.categories) expect(guideCategories, `${name}: ${draft.text}`).toContain(category);
        expect(regressionLabels.get(draft.text), `${name}: ${draft.text}`).toBe(draft.categories.join('|'));
      }
    }
  });

  it.each(rounds.map((round) => [round.name, round] as const))('%s: recall ≥ 0.97, false positives ≤ 0.02', (_, { drafts }) => {
    const result = evaluateChecker(checker, drafts);
    const report = JSON.stringify({
      missed: result.missed.map((d) => d.text),
      falsePositives: result.falsePositives.map(({ draft, findings }) => `${draft.text} ← ${findings.map((f) => f.match).join('、')}`),
    });
    expect(result.recall, report).toBeGreaterThanOrEqual(0.97);
    expect(result.falsePositiveRate, report).toBeLessThanOrEqual(0.02);
  });

  it('flag obfuscated contact details and plain-language claims the rule words do not spell out', () => {
    const flagged = (text: string) => checker.check(text).some((f) => f.severity !== 'info');
    for (const text of ['加我Ｖ信吧，这里消息太多', '給我打電話：１３５ ２２６６ ８８９９', '这款锅全网最快出货', '同价位没有对手的', '嫌贵就别买']) {
      expect(flagged(text), text).toBe(true);
    }
    for (const text of ['最快明天能到', '我们第一时间给您发货', '店里最受欢迎的颜色之一', '我请示一下领导再回复您', '我们不会私下联系您退款']) {
      expect(flagged(text), text).toBe(false);
    }
  });

  it('flag spelled-out phone numbers, multiples over other sellers and outcome promises, not their everyday look-alikes', () => {
    const flagged = (text: string) => checker.check(text).some((f) => f.severity !== 'info');
    for (const text of ['手机 one三八 1234 5678', '这款洗洁精去油能力比别家强十倍', '用完一瓶，第二天皱纹就没了', '这款杀虫剂喷一次，家里再也不会有蟑螂了']) {
      expect(flagged(text), text).toBe(true);
    }
    for (const text of ['新款的扫地机比上一代吸力大了一倍', '亲，我们的官方小程序暂时没有开通，请在本店下单', 'one size 均码', '这条裤子腰围减了一圈']) {
      expect(flagged(text), text).toBe(false);
    }
  });
});
