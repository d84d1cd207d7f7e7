// Round 16: a caught draft reported under the category its writer gave it (issue #12), fixed where the wrong category
// came from (train confusions "labelled → reported", counted per writer over all train): a word filed under another
// category than the writers give it, or a span claimed by the wrong one of two overlapping rules. Each shape has twins
// that keep their category or stay clean. Every sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('a threat over the buyer’s review is review interference first', () => {
  it.each(['敢给差评，咱家以后就不卖给您了', '差评我看到了，拉黑你没商量', '中差评一律拉黑您，别怪我们'])('reads %s as reviewbait', (text) =>
    expect(categoriesOf(text)).toEqual(['reviewbait']),
  );

  it.each(['你敢差评 我们就天天给你打电话', '给了差评的话 我们会每天打电话给您问候'])(
    'reads the calls promised in %s as review pressure, not a number handed over',
    (text) => expect(categoriesOf(text)).toEqual(['reviewbait']),
  );

  it.each(['安装前师傅会给您打电话', '有进展我再给你打电话说'])('keeps %s a contact (or the fitter’s call) as before', (text) =>
    expect(categoriesOf(text)).not.toContain('reviewbait'),
  );

  it.each(['我们不会因为差评拉黑您的', '评价您如实写就好'])('leaves the twin %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('receipt confirmed early for a later refund is a promise, for a gift review bait', () => {
  it.each(['您先点确认收货吧，少发的那件我回头一定补上', '先确认收货哈 尺码不对我后面再给你换', '麻烦提前确认收货，货款的事我个人担着'])(
    'reads %s as a promise',
    (text) => expect(categoriesOf(text)).toEqual(['promise']),
  );

  it.each(['确认收货以后截图发我，返您三块', '先确认收货 再来找客服领小礼品'])('reads %s as reviewbait (a benefit for confirming)', (text) =>
    expect(categoriesOf(text)).toEqual(['reviewbait']),
  );

  it.each(['收到后检查没问题再确认收货就行', '确认收货后七天内都能申请售后', '发票会在确认收货以后开出来'])('leaves the twin %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('a span the wrong one of two overlapping rules claimed', () => {
  it.each(['C C T V 上榜的老字号，您放心', '我们是 C C T V上过广告的品牌'])('reads the spaced-out state TV in %s as authority, not 微信', (text) =>
    expect(categoriesOf(text)).toEqual(['authority']),
  );

  it.each(['我V上发你链接', '加我V上聊'])('keeps %s off-platform', (text) => expect(categoriesOf(text)).toContain('offplatform'));

  it.each(['嫌紧？您先去减减肥再来试吧', '裤子不小，该减肥的是你', '这岁数还想冻龄？别做梦了'])(
    'reads the body or wish mocked in %s as abuse',
    (text) => expect(categoriesOf(text)).toContain('abuse'),
  );

  it.each(['这款代餐减肥期间也能吃', '建议先减脂再增肌'])('leaves the twin %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('a word filed under the category its writers give it', () => {
  it.each(['老中医的祖传秘方泡的酒', '这膏药是祖传秘方，传了五代'])('reads %s as authority (祖传秘方, not a treatment)', (text) =>
    expect(categoriesOf(text)).toEqual(['authority']),
  );

  it.each(['独家秘方卤的鸭脖', '入冬囤这款准没错', '同价位里选它准没错'])('reads %s as absolute', (text) =>
    expect(categoriesOf(text)).toEqual(['absolute']),
  );

  it.each(['专治风湿的秘方', '这个治病秘方一贴见效'])('keeps a remedy for an illness medical: %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );

  it.each(['这茶就是普通配方 不是秘方', '做法不是秘方，就是多炖了一会儿'])('leaves the twin %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('the insult beside a send-off makes the draft abuse', () => {
  it.each(['嫌贵就别买，qiong就喝白开水去', '穷就别惦记这款了', '笨就别自己装，花钱请师傅', 'sha子才会嫌这个贵', '这种问题都问，智商掉线了吧'])(
    'reads %s as abuse',
    (text) => expect(categoriesOf(text)).toContain('abuse'),
  );

  it.each(['嫌贵的话可以看看我们的平价款', '您可以自己量一下腰围'])('leaves the twin %s alone', (text) => expect(serious(text)).toEqual([]));
  it('keeps the fool the shop will not take the buyer for clean', () => expect(serious('我们不会把您当傻子糊弄的')).toEqual([]));
});

describe('sent elsewhere without an insult is attitude', () => {
  it.each(['你爱找谁找谁吧，我这答复不了', '这个你问别人去吧', '你爱咋整咋整，我下班了'])('reads %s as attitude only', (text) =>
    expect(categoriesOf(text)).toEqual(['attitude']),
  );

  it('keeps an insult beside it abuse', () => expect(categoriesOf('你爱找谁找谁，脑子进水了吧')).toContain('abuse'));
  it.each(['这个我问一下别人再回您', '您也可以问问身边用过的朋友'])('leaves the twin %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('100%, then "not one bit" across the comma, is absolute', () => {
  it.each(['这款保温杯密封100%，一滴都不渗', '这壶盖密封百分百，一滴也没洒过'])('reads %s as absolute', (text) =>
    expect(categoriesOf(text)).toContain('absolute'),
  );

  it('keeps 绝对没有任何问题 after it a promise', () => expect(categoriesOf('百分百正品，绝对没有任何问题')).toContain('promise'));
  it('leaves the twin 棉含量100%，一件起发 alone', () => expect(serious('棉含量100%，一件起发')).toEqual([]));
});
