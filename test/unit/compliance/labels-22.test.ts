// Round 22 (labels22): labelling questions round 21 left, settled by WRITERS.md. Every piece genuine stated as 100 %
// (100%正品) is an absolute claim, as 100%全新 is (absolute.bai-fen-quality). A 100 % spelled out before an outcome
// (百分百合脚) is absolute, as the digits are (absolute.bai-fen-outcome): a promise only through a guarantee word, a
// delivery day or the shop's own act. 💯 joined to an outcome is the same claim (absolute.bai-fen-spelled); 💯 alone is
// decoration, wherever it stands beside an outcome. Every sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('100% + 正品 / 真货 is absolute (absolute.bai-fen-quality)', () => {
  it.each(['这批耳机100%正品，放心下单', '百分百正品哦亲', '咱家的包包百分之百真货', '1OO%正品 欢迎验货'])('files %s as absolute', (text) =>
    expect(categoriesOf(text)).toContain('absolute'),
  );

  // Declined, quoted as the phrase nobody may use, asked back, or said of another shop: no claim; 正品 alone is a status.
  it.each([
    '“100%正品”这种话广告法不让说，我们支持专柜验货',
    '您问是不是100%正品？是品牌授权的，授权书在店铺资质里',
    '不敢说百分百正品，每件都附鉴定证书',
    '我们不能说100%真货，但有进货凭证',
    '别家说百分百正品，我们只说有鉴定报告',
    '正品，支持专柜验货',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('百分百 right before an outcome is absolute, as 100% is (absolute.bai-fen-spelled)', () => {
  it.each(['这盆月季百分百开花', '这双运动鞋百分之百合脚', '百分百好用，宝子闭眼入'])('files %s as absolute, not promise', (text) => {
    expect(categoriesOf(text)).toContain('absolute');
    expect(categoriesOf(text)).not.toContain('promise');
  });

  // A delivery day stated as certain, a guarantee word, the shop's own act: promises by the guide.
  it.each(['大后天百分之百送到', '百分百后天到', '保证百分百好用', '保你百分百学会', '降价了我百分百给您补差价'])('keeps %s a promise', (text) => {
    expect(categoriesOf(text)).toContain('promise');
    expect(categoriesOf(text)).not.toContain('absolute');
  });

  it('reads a rate of 100 % as absolute (到账率百分百)', () => expect(categoriesOf('话费到账率百分百')).toEqual(['absolute']));
  it('keeps 百分百 + 不 with a space inside the outcome absolute (absolute.bai-fen-bu)', () =>
    expect(categoriesOf('这款保温壶百分百不 漏水')).toEqual(['absolute']));
  // Joined words, not a near cue: a 百分百 apart from its outcome is left to promise.jue-dui's bare word (a limit).
  it('leaves 百分百 apart from its outcome a promise', () => expect(categoriesOf('这套题百分百是能过的')).toEqual(['promise']));
  it.each(['不能说百分百好用，每个人感受不一样', '百分之百有效这种话我们不敢讲'])('leaves the 100 %% declined alone: %s', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('💯 joined to an outcome is the claim, 💯 alone is decoration (absolute.bai-fen-spelled, spelling.ts DECORATIONS)', () => {
  it.each(['这双雨靴💯防水', '这款凉鞋💯合脚', '这瓶精华💯变白'])('files %s as absolute', (text) =>
    expect(categoriesOf(text)).toEqual(['absolute']),
  );
  it('keeps 💯 before a delivery a promise', () => expect(categoriesOf('后天💯送到')).toEqual(['promise']));

  // After a line, after an outcome, between a degree word and its adjective, or before the next clause: decoration.
  it.each([
    '今天就给您发出💯',
    '我们一般不会发错的💯',
    '这款素颜霜一般不会假白 宝子放心冲💯',
    '这款枕头很💯好用',
    '送你小样💯 用了记得反馈',
    '不敢说💯有效，看个人',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});
