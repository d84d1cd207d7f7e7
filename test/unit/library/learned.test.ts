// Learning this shop locally (issue 9 item 6): the bounded store, similar questions by the suggester's own
// features, 未识别问法 as a sheet the team pack's CSV import reads, and the service re-ranking in the core.
import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import { importCsv } from '../../../utils/library/csv';
import { addLearned, EMPTY_LEARNED, LEARNED_LIMITS, learnedOptions, type LearnedRecord } from '../../../utils/library/learned';
import { learnedFile, parseLearnedFile, unrecognisedCsv } from '../../../utils/library/learned-file';
import { suggestForSituation, type Situation } from '../../../utils/library/situation';
import { createSuggester } from '../../../utils/library/suggest';
import { misfireKey } from '../../../utils/figures/figures';

const builtin = createSuggester(BUILTIN_PHRASES);
const DAY = 86_400_000;
const T0 = 1_760_000_000_000;
const ask = (text: string): Situation => ({ messages: [{ direction: 'buyer', text }] });
const ids = (situation: Situation, learned: readonly LearnedRecord[] = [], top = 5) =>
  suggestForSituation(builtin, situation, { top, now: T0, learned }).suggestions.map((s) => s.phrase.id);

describe('the learned store', () => {
  it('counts the same question and phrase once, newest last, within its bounds', () => {
    let records = addLearned([], '快递到哪了？', 'track-02', T0);
    records = addLearned(records, '  快递到哪了 ', 'track-02', T0 + 1);
    records = addLearned(records, '快递到哪了', 'track-01', T0 + 2);
    // The latest wording is kept, trimmed.
    expect(records.map((r) => [r.text, r.phraseId, r.count])).toEqual([
      ['快递到哪了', 'track-02', 2],
      ['快递到哪了', 'track-01', 1],
    ]);
    // Only the start of a long question is kept.
    expect(addLearned([], '啊'.repeat(1000), 'x', T0)[0]!.text).toHaveLength(LEARNED_LIMITS.textChars);
    // An empty question teaches nothing.
    expect(addLearned([], ' ？ ', 'x', T0)).toEqual([]);
    // The oldest go past the count, and anything past the age.
    const many = Array.from({ length: 12 }, (_, i) => i).reduce<LearnedRecord[]>((list, i) => addLearned(list, `问题${i}`, 'x', T0 + i, 10), []);
    expect(many.map((r) => r.text)).toEqual(Array.from({ length: 10 }, (_, i) => `问题${i + 2}`));
    const later = addLearned(many, '新问题', 'x', T0 + (LEARNED_LIMITS.days + 1) * DAY, 10);
    expect(later.map((r) => r.text)).toEqual(['新问题']);
  });

  it('reads back what it wrote, and refuses a file that is not one in Chinese', () => {
    const data = { ...EMPTY_LEARNED, records: addLearned([], '在吗', 'greet-01', T0), misfires: [['a|b', 2]] as [string, number][] };
    const parsed = parseLearnedFile(JSON.parse(learnedFile(data)));
    expect(parsed).toEqual({ ok: true, data });
    const wrong = parseLearnedFile({ format: 'huashu-library', version: 1 });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.error).toContain('学习记录文件格式不对');
  });
});

describe('a later similar question ranks the learned phrase higher', () => {
  const question = '快递到哪了';
  const before = ids(ask(question));
  // A phrase the engine ranks low for this question, that the agent picked anyway.
  const picked = before[3]!;
  const learned = addLearned([], question, picked, T0);

  it('moves the picked phrase up for the same and for a similar question, saying why', () => {
    expect(before.indexOf(picked)).toBe(3);
    expect(ids(ask(question), learned)[0]).toBe(picked);
    const similar = ask('我的快递到哪里了呀');
    const moved = ids(similar, learned);
    expect(moved.indexOf(picked)).toBeGreaterThanOrEqual(0);
    const unlearned = ids(similar);
    expect(unlearned.indexOf(picked) < 0 || moved.indexOf(picked) < unlearned.indexOf(picked)).toBe(true);
    const reason = suggestForSituation(builtin, similar, { now: T0, learned }).suggestions.find((s) => s.phrase.id === picked)!.reason;
    expect(reason).toContain('您选过');
  });

  it('leaves other questions alone, and changes nothing without a store', () => {
    for (const other of ['什么时候发货', '能开发票吗', '这个有优惠券吗']) expect(ids(ask(other), learned)).toEqual(ids(ask(other)));
    expect(suggestForSituation(builtin, ask(question), { now: T0, learned: [] })).toEqual(suggestForSituation(builtin, ask(question), { now: T0 }));
  });

  it('learns the open question under a chaser, not the chaser', () => {
    const result = suggestForSituation(builtin, { messages: [{ direction: 'buyer', text: '我的快递三天没动了' }, { direction: 'buyer', text: '快点啊' }] });
    expect(result.text).toBe('快点啊');
    expect(result.question).toBe('我的快递三天没动了');
    expect(result.intent).toBe('logistics.delay');
  });

  it('ignores a learned phrase the library no longer has', () => {
    expect(ids(ask(question), addLearned([], question, 'gone-phrase', T0))).toEqual(before);
  });
});

describe('未识别问法 for the team pack', () => {
  it('exports one row per phrase picked, with its 编号 and the questions as 问法, that the CSV import reads back', () => {
    let records = addLearned([], '你们是不是发的圆通', 'courier-01', T0);
    records = addLearned(records, '可以发顺丰吗|加钱也行', 'courier-01', T0 + 1);
    records = addLearned(records, '开个专票', 'invoice-01', T0 + 2);
    const csv = unrecognisedCsv(records, BUILTIN_PHRASES);
    const { phrases, errors } = importCsv(csv, { source: 'team' });
    expect(errors).toEqual([]);
    expect(phrases.map((p) => p.id).sort()).toEqual(['courier-01', 'invoice-01']);
    const courier = phrases.find((p) => p.id === 'courier-01')!;
    const original = BUILTIN_PHRASES.find((p) => p.id === 'courier-01')!;
    expect(courier.examples).toEqual([...original.examples, '可以发顺丰吗 加钱也行', '你们是不是发的圆通']);
    expect(courier.body).toBe(original.body);
    expect(courier.intents).toEqual(original.intents);
  });
});

describe('the service reminders and misfires, in the core path', () => {
  const situation: Situation = { messages: [{ direction: 'buyer', text: '这个有货吗' }], platform: 'pinduoduo' };

  it('puts the reminder replies first with their reason, and keeps the list at its length', () => {
    const plain = suggestForSituation(builtin, situation, { now: T0 }).suggestions;
    const late = suggestForSituation(builtin, { ...situation, service: { reminders: ['longWait', 'welcome'] } }, { now: T0 }).suggestions;
    expect(late).toHaveLength(plain.length);
    expect(late.slice(0, 2).every((s) => s.phrase.tags.includes('久等致歉'))).toBe(true);
    expect(late[0]!.reason).toContain('回复时限');
    expect(late[0]!.guess).toBe(false);
    // The greeting right after the first answer, then the rest as before.
    expect(late[3]!.phrase.tags).toContain('欢迎语');
    expect(late[2]!.phrase.id).toBe(plain[0]!.phrase.id);
    const closing = suggestForSituation(builtin, { messages: [{ direction: 'buyer', text: '好的谢谢' }], service: { reminders: ['closing'] } }, { now: T0 }).suggestions;
    expect(closing.slice(0, 2).map((s) => s.reason)).toEqual(['买家在道别：结束语', '道别时邀请真实评价（不提任何好处）']);
  });

  it('lowers a phrase deleted right after inserting it, for that kind of question only', () => {
    const result = suggestForSituation(builtin, situation, { now: T0 });
    const [first, second] = result.suggestions;
    const misfires = new Map([[misfireKey(first!.phrase.id, result.intent), 3]]);
    const lowered = suggestForSituation(builtin, situation, { now: T0, misfires }).suggestions;
    expect(lowered[0]!.phrase.id).toBe(second!.phrase.id);
    expect(lowered.map((s) => s.phrase.id)).toContain(first!.phrase.id);
    const elsewhere = new Map([[misfireKey(first!.phrase.id, 'greeting'), 3]]);
    expect(suggestForSituation(builtin, situation, { now: T0, misfires: elsewhere }).suggestions[0]!.phrase.id).toBe(first!.phrase.id);
  });

  it('takes the options from a learned store the same way for the panel and the CLI', () => {
    const data = { ...EMPTY_LEARNED, records: addLearned([], '快递到哪了', 'track-01', T0), usage: { 'track-01': { count: 2, lastUsedAt: T0 } } };
    const options = learnedOptions(data);
    expect(options.learned).toBe(data.records);
    expect(learnedOptions(data)).toBe(options);
    expect(options.misfires.size).toBe(0);
  });
});
