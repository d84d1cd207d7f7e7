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

describe('words mentioned, not used', () => {
  it.each([
    '提醒一下大家：“全网最低”“第一”这些词回复里都不能写',
    '“官方认证”这几个字我们已经从标题里去掉了',
    '“包治百病”是哪位客服跟您说的？我查一下记录',
    '“加V有优惠”这类话都不是我们店发的',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['这是顶级羊绒 这些词不夸张', '这款是全网最低价 这些字都写在标题了'])('still reads %s as a claim', (text) => expect(serious(text)).not.toEqual([]));
});

describe('a channel turned down is no steering', () => {
  it.each(['支付宝转账我们不接受哦 请走店铺付款', '不方便语音的话 我们就在这里打字聊', '您朋友说“加微信便宜”？那不是我们'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['这里不好聊 咱们上vx细说', '我发个外部链接给你 那边便宜', '剩下的钱打款到我支付宝', '卡号我等下发你 先转定金'])('reads %s as steering off the platform', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );
});

describe('more rewards for reviews and insults by shape', () => {
  it.each(['只要不给差评 这个色差我们补您五块', '写个好评 运费可以抵下次的', '给个五星 我给你免费换个新的'])('reads %s as review bait', (text) =>
    expect(categoriesOf(text)).toContain('reviewbait'),
  );

  it.each(['如果不满意也请不要直接给差评 先联系我们处理', '好评可以帮助其他买家参考'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['有病去医院 别来烦', '退就退 谁怕谁', '说了好几遍了 您是记性不好吗', '这点小事也来问'])('reads %s as abuse or attitude', (text) =>
    expect(categoriesOf(text).some((category) => category === 'abuse' || category === 'attitude')).toBe(true),
  );

  it.each(['记性不好的老人家可以设置提醒功能', '这个尺码适合脚偏大的朋友'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('the doubled 「写得清清楚楚」 is a jibe (abuse), the plain 「写得很清楚」 a brush-off (attitude)', () => {
  it('files each where the writers do', () => {
    expect(categoriesOf('保修卡上印得也有 写得明明白白')).toEqual(['abuse']);
    expect(categoriesOf('保修卡上写得很清楚')).toEqual(['attitude']);
  });

  it('leaves a pointer with a soft particle alone', () => expect(serious('保修期在保修卡背面写得清清楚楚哦 您翻过来看看')).toEqual([]));
});

describe('warnings and refusals about other channels', () => {
  it.each([
    '如果有人给您发QQ号让您私下退款，请直接举报',
    '站外付款没有保障 请一定在店里下单',
    'QQ号不能发哦 平台会检测到',
    '我们不会用私人号联系买家',
    '加QQ可以吗？不好意思 这边只能在平台里沟通',
    '店铺粉丝群在店铺首页就能进',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['方便加个QQ吗？不方便的话就算了', '加我QQ 这里不能发链接', '店铺粉丝群满了 加我QQ进新群'])('still reads %s as steering off the platform', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );
});

describe('rude replies quoted to colleagues as what not to say', () => {
  it.each([
    '提醒新同事：千万别跟顾客回“你自己看”',
    '回复里不要出现“不买拉倒”这种',
    '“问那么多干嘛”这句会被判服务态度差',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['别说了 自己查物流', '不买拉倒 被投诉也无所谓'])('still reads %s as rude', (text) => expect(serious(text)).not.toEqual([]));
});

describe('service facts that name a phone call or a reward without steering or bait', () => {
  it.each([
    '配送员送货前会先给您打个电话',
    '安装师傅上门前一天会提前给您打电话约时间',
    '晒单得积分是平台统一的活动 每个订单都有',
    '改差评这种事我们不会要求的 您如实评价',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['我待会直接给您打电话细说', '晒单后找我领积分 这是我们店自己的'])('still flags %s', (text) => expect(serious(text)).not.toEqual([]));
});

describe('how-to facts that hold 自己 or 等着 or 再说', () => {
  it.each(['这个书架自己装挺简单的 有视频', '让您等着急了 今天一定发', '周末再说也可以 不着急的'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['自己装 装不好别找我', '周末再说'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('after-sale service held hostage to the review', () => {
  it.each(['打差评的话换货就别想了', '要是差评 退款就慢一点'])('reads %s as review bait', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each(['给了差评也不影响售后 您放心', '差评的话我们会认真看 不会不处理的'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});
