// Round 12 (issue #12): clean replies that refuse or explain, read as breaches by the word lists — a contact request
// refused, WeChat or QQ as a payment or game name, the courier's part disclaimed, 最 in advice or a rating, a count of
// repeats said kindly, a claim the shop declines to make — each with close twins that must stay flagged. Every
// sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('站外引流: the buyer\'s contact request refused', () => {
  it.each([
    '抖音和微信我们都不能给，有事在这儿说就行',
    '您发来的QQ号我这边不能加哦，平台管得严',
    '您留言说要V信，这个真不方便，就在店铺里聊吧',
    '您刚才说"加个薇"，不好意思我们只能在平台沟通',
    '加不了微信哈，平台会扣分的',
    '想让我加你QQ？真不行，在这里发图一样的',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['加我微信', 'V信发你了', '加个微信吧，这里说话不方便', 'QQ和微信都能加我', '你加我QQ，回得快'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('offplatform'),
  );
});

describe('站外引流: WeChat and QQ as a payment or game name', () => {
  it.each(['微信分付暂时用不了，换平台支付就行', '这个皮肤微信区也能买', 'Q币只能充到QQ账户', '我们这边不收Q币'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it.each(['有事加我微信', '私聊QQ发你优惠'])('flags %s', (text) => expect(categoriesOf(text)).toContain('offplatform'));
});

describe('服务态度: the courier\'s time disclaimed after declining to promise', () => {
  it.each(['周五能不能到我不敢保证，物流那边我们管不了，一般三天左右', '后天送到这个没法保证，快递时效不归我们管，我帮您催'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it.each(['快递的事我管不了，找快递去', '不归我们管，您找快递'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('attitude'),
  );
});

describe('绝对化用语: 最好用 with the tool to use, 最 before a rating', () => {
  it.each(['擦镜片最好用软布，别用纸巾', '充电最好用原装线', '路由器最好用2.4G频段', '标签上写的是最大功率1200W'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it.each(['这款拖把最好用', '我们家的是最好用的', '我们是最大的工厂'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('absolute'),
  );
});

describe('辱骂: a count of repeats said kindly', () => {
  it.each(['说了三遍没关系，我换个说法', '说了几遍可能是我没讲明白', '问几遍都没事，您别客气'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['说了三遍了还问', '问几遍了还不懂'])('flags %s', (text) => expect(categoriesOf(text)).toContain('abuse'));
});

describe('医疗用语与权威背书: a claim the shop declines to make', () => {
  it.each(['能降血压？这个我不敢说，就是普通的茶', '院士推荐啥的我们不乱说'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it.each(['喝了能降血压，老人都说好', '这茶治失眠效果很好'])('flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
  it('flags an endorsement claimed', () => expect(categoriesOf('这款是院士推荐的')).toContain('authority'));
});

describe('好评返现: the review left to the buyer after amends', () => {
  it.each(['杯子碎了我给您补寄一个，评价您随意', '差价退你了 评价怎么写都行'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['好评返现，评价您随意', '五星好评返5元，内容你随意'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('reviewbait'),
  );
});
