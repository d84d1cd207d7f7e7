// Round 8 shapes of service attitude, abuse, review bait and payment off the platform, each with a near miss that
// must stay clean. Every sentence is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false });
const { serious, categoriesOf } = readerOf(checker);

describe('a reply made of a few curt words is curt as a whole', () => {
  it.each(['嗯 嗯 行吧', '没空 晚点说', '我很忙 有事说事', '您好，换不了，下一个。', '说了 没huo 没货', '亲，不退，就这样吧'])(
    'reads %s as service attitude',
    (text) => expect(categoriesOf(text)).toEqual(['attitude']),
  );

  it('underlines the whole reply', () => {
    const [finding] = serious('没空 晚点说');
    expect(finding).toMatchObject({ start: 0, end: 6, rule: 'attitude.curt-reply' });
  });

  it.each(['嗯嗯', '亲 没有', '嗯 好的 马上给您发', '发了 单号已经发您了', '没空的话晚点说也可以哦', '下班了也会回复您的'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('brush-offs by shape', () => {
  it.each(['平台规定就是这样 我也改不了', '买不买随你', '退不退您自己定', '这事你去问仓库', '反正就这个价了', '我咋晓得 你问快递', '同款问四遍了'])(
    'reads %s as service attitude',
    (text) => expect(categoriesOf(text)).toContain('attitude'),
  );

  it.each(['您可以去问一下仓库的同事', '颜色您自己定就好', '平台规定是七天无理由 我帮您申请', '有问题您晚点再来找我哈'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('insults of round 8', () => {
  it.each(['催命呢 一直发', '你这种怂包也来买', '事儿妈 一点小问题', '给你脸了 还想退'])('reads %s as abuse', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );

  it('leaves the everyday 摆设 alone', () => expect(serious('这个小花瓶放书架上当摆设很好看')).toEqual([]));
});

describe('review rewards of other shapes', () => {
  it.each(['晒单配四张图 找客服领红包', '给个五星 这单我给您打六折', '去问大家帮我们回答一句 返积分给您', '好评带3张图送整盒小样'])(
    'reads %s as review bait',
    (text) => expect(categoriesOf(text)).toContain('reviewbait'),
  );

  it.each(['问大家里有很多买家的真实回答 您可以看看', '这款今天打六折 很划算'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('money sent to a card the agent names', () => {
  it.each(['差价您直接转到我的卡就行', '定金打这张卡 我马上安排'])('reads %s as steering off the platform', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );

  it.each(['退款会原路退到您付款的那张卡', '支付宝付款我们不接受的 请在店里下单', '一切都走店铺下单 售后有保障'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});
