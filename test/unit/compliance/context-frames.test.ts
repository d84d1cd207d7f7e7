// Frames in which a risky act or claim is talked about, not done (rules/mentions.ts, rules/contexts.ts): a rule being
// explained, a kind of offer the shop declines, someone else's endorsement disowned, a third party warned against,
// dialect negations, a claim not said, a colour's or a version's name, an effect handed to a doctor. Each frame is
// checked with a risky twin worded close to it, which must stay flagged. Every sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('a rule explained is no breach', () => {
  it.each(['按平台规则不让商家私下收款，运费请在订单里补', '广告法规定不能说最安全，我们只写通过了检测', '抖音严禁引导到站外交易哦，有事就在这里聊'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it('still reads the breach after the rule, past a pause', () => {
    expect(categoriesOf('平台规则不让私下交易 不过你加我vx给你便宜')).toContain('offplatform');
    expect(categoriesOf('平台不让说 但这款真的是全网最低')).toContain('absolute');
  });
});

describe('a kind of offer the shop declines', () => {
  it.each(['加群领券这类活动咱家没有哈', '晒图返现这种我们从来不做'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it('still reads the offer when the shop has it', () => {
    expect(categoriesOf('加群领券这类活动咱家天天有 扫码进群就行')).toContain('offplatform');
    expect(categoriesOf('好评返现我们都有 五星晒图返五元')).toContain('reviewbait');
  });
});

describe('someone else’s words or acts', () => {
  it('leaves an endorsement disowned alone', () => expect(serious('直播间那个明星推荐的不是咱家哈')).toEqual([]));

  it.each(['如果有人冒充客服让您加微信退款，请直接拒绝', '要是有人让您私下转账，千万别转', '绕开平台私下转账的钱平台无法保障'])(
    'leaves the warning %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it.each(['如果有需要可以私下联系我 微信同号', '私下转账更便宜 加我微信'])('still reads the shop’s own %s as steering', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );
});

describe('dialect negations', () => {
  it.each(['这个茶莫得降血糖的作用 当饮料喝', '我们木有找明星代言哦'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it('still reads a claim after a dialect word that negates nothing of it', () => {
    expect(categoriesOf('莫得问题 喝了包降血糖')).toContain('medical');
    // 没得说 praises: the guarantee after it stands.
    expect(categoriesOf('质量没得说 保证用十年')).toContain('promise');
  });
});

describe('a claim not said, a name, an effect handed to a doctor', () => {
  it.each(['咱不和你说什么最划算 您看需要哪种', '「极光」是这款耳机的颜色名 不是什么顶级配色', '降血压的问题建议您咨询医生'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it('still reads the claim made', () => {
    expect(categoriesOf('不跟你说虚的这款就是最划算的')).toContain('absolute');
    expect(categoriesOf('降血压的事还是交给它吧')).toContain('medical');
  });
});

describe('a claim named, then taken back by the shop', () => {
  it.each(['网上有人讲这款面霜能祛斑，那是厂家早年的宣传，我们客服不会这么说', '有的主播说这个枕头能治失眠，我们这边不能这么宣传'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it('still reads the claim when the shop vouches for it', () => {
    expect(categoriesOf('这款枕头能治失眠，我跟您这么说吧')).toContain('medical');
  });
});

describe('the buyer’s words reported', () => {
  it('leaves what the buyer said alone', () => expect(serious('您说朋友讲这个茶能降血压，这个我们真没听说过')).toEqual([]));

  it('still reads the shop’s answer, what it tells the buyer and a condition', () => {
    expect(categoriesOf('您问这个垫子是不是最软的？是的，最软的就是它')).toContain('absolute');
    expect(categoriesOf('跟您说这款就是最软的')).toContain('absolute');
    expect(categoriesOf('只要您说不好用全额退')).toContain('promise');
  });
});

describe('the doctor decides, which one is open, the buyer’s own rank', () => {
  it.each(['关节一直疼的话，还是以医院的治疗为主', '哪款最适合您还得看您的肤质', '这次月考您排在年级第一名，恭喜'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it('still reads the claim beside them', () => {
    expect(categoriesOf('这款茶能降血压，一切以医生意见为准')).toContain('medical');
    expect(categoriesOf('没有哪款比这款更保湿')).toContain('absolute');
    expect(categoriesOf('我们这款拿了第一名，恭喜我们')).toContain('absolute');
  });
});

describe('the shop refusing an act it named', () => {
  it.each(['拉群发福利那种我们店里是不搞的', '店长的私人微信我这边不能提供哦', '好评送红包这种我们是没有的'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it('still reads the act when the shop does it', () => {
    expect(categoriesOf('拉群发福利那种我们店里天天搞 加微信进群')).toContain('offplatform');
    expect(categoriesOf('好评送红包我们都有 五星好评送五元')).toContain('reviewbait');
  });
});

describe('a numbered series and a claim the shop will not make', () => {
  it.each(['No.1 和 No.2 两个色号您更喜欢哪个', '我们不会跟您说这款是最便宜的，您可以自己比价'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it('still reads a ranking alone and a claim made after a pause', () => {
    expect(categoriesOf('这款是全网销量No.1 闭眼入')).toContain('absolute');
    expect(categoriesOf('不跟您说虚的，这款是最便宜的')).toContain('absolute');
    expect(categoriesOf('咱说这款是最便宜的 您放心拍')).toContain('absolute');
  });
});

describe('refusals and Cantonese negations', () => {
  it.each(['微信转账这个我们是不接受的，请在订单里付款', '商品页那句全网第一我们已经删掉了', '我哋冇粉絲群 有嘢喺度問就得', '平台唔俾用好評換返現', '唔可以話 100% 唔褪色'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it('still reads the act or the promise when nothing takes it back', () => {
    expect(categoriesOf('微信转账我们都接受 加我微信转就行')).toContain('offplatform');
    expect(categoriesOf('我哋有粉絲群 加微信入群')).toContain('offplatform');
    expect(categoriesOf('好評返現 五星送五蚊')).toContain('reviewbait');
    expect(categoriesOf('保證 100% 唔褪色')).toContain('promise');
  });
});
