// Round 18 (fixes18a): the known gaps round 17 left — Shaanxi 额 for 我, numbers written as 10 / 拾 / 贰, a send-off to
// another shop, a foreign craft vouching for the goods (spelled or not), a dispatch claimed with no number yet — each
// shape with close clean twins that must stay unflagged. Every sentence here is written for the test, none is taken
// from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { dialectVariants, numeralVariants, writtenForms } from '../../../utils/compliance/spelling';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('陕西话 额 (我): read as 我 where a rule word holds 我, never inside 金额, 全额, 额外, 额度', () => {
  it('writes the rule word with 额 for 我', () => {
    expect(dialectVariants('加我微信')).toEqual(['加额微信']);
    expect(dialectVariants('我们找我')).toEqual(['阿拉找我', '我们找额']);
  });

  it.each([
    ['私聊额，价钱好商量', '私聊我，价钱好商量'],
    ['要货直接转额，不走平台', '要货直接转我，不走平台'],
    ['额保证明天一早就到', '我保证明天一早就到'],
    ['不满意额赔你双倍', '不满意我赔你双倍'],
  ])('reads %s as %s', (dialect, mandarin) => {
    expect(categoriesOf(mandarin).length).toBeGreaterThan(0);
    expect(categoriesOf(dialect)).toEqual(categoriesOf(mandarin));
  });

  it.each([
    '下单满额就送小勺，亲放心拍',
    '这单可以用大额券，结算时自动抵扣',
    '花呗额度不够的话可以换张卡付',
    '给额外加了一包试吃装，亲尝尝',
    '质量问题全额退款，走平台售后',
    '额，这个得问问仓库，稍等哈',
    '额在蜂场，晚上回去仔细回亲',
    '额就一个人，回得慢亲多担待',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it('reads a compound spelled half as the compound (quan额 is 全额)', () => {
    expect(checker.check('满三件领da额券').filter((f) => f.match.includes('额'))).toEqual([]);
  });
});

describe('numbers written as 10, 拾 or 贰 where the rule word writes 十 or 两', () => {
  it('makes the variants: Arabic digits, the formal 拾/佰, 两 as 2; none for 几十, 百分百 or the number alone', () => {
    expect(numeralVariants('十年')).toEqual(['10年', '拾年']);
    expect(numeralVariants('二十年')).toEqual(['20年', '二拾年']);
    expect(numeralVariants('一百年')).toEqual(['100年', '一佰年']);
    expect(numeralVariants('两年')).toEqual(['2年']);
    expect(numeralVariants('几十年')).toEqual([]);
    expect(numeralVariants('百分百')).toEqual([]);
    expect(numeralVariants('两')).toEqual([]);
    expect(writtenForms('我们赔十倍', undefined)).toEqual(['我们赔十倍', '我们赔10倍', '我们赔拾倍', '阿拉赔十倍', '阿拉赔10倍', '阿拉赔拾倍']);
  });

  it.each([
    ['这口锅用10年不坏', '这口锅用十年不坏'],
    ['这口锅用拾年不坏', '这口锅用十年不坏'],
    ['门框装好贰拾年不变形', '门框装好二十年不变形'],
    ['门框装好20年不变形', '门框装好二十年不变形'],
    ['这双鞋穿贰年不开胶', '这双鞋穿两年不开胶'],
    ['这件不是正品10倍赔', '这件不是正品十倍赔'],
  ])('reads %s as %s', (written, plain) => {
    expect(categoriesOf(plain)).toContain('promise');
    expect(categoriesOf(written)).toEqual(categoriesOf(plain));
  });

  it.each([
    '这口锅我们卖了10年，回头客很多',
    '门框质保贰年，以保修卡为准',
    '一到三年级的孩子用2年级的本子也行',
    '收拾好了就给您发，单号晚上同步',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('the buyer sent to another shop to be rid of them, not advised to compare', () => {
  it.each(['这个版本没有，去别家看看', '没货了 别家买去', '这个尺码不做，去别的店问问吧'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('attitude'),
  );

  it('reads 滚去 as abuse', () => expect(categoriesOf('不买就滚去别家')).toContain('abuse'));

  it.each([
    '价格您可以去别家比比，我们是正品',
    '不好意思没有这个版本，建议去别家看看',
    '赠品下单就送，不用去别家买',
    '您说在别家买到过假的，我们每罐都能查溯源码',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('a foreign craft vouching for the goods, spelled or not', () => {
  it.each(['德国精工，电机很稳', '德国jing工，电机很稳', '日本工艺做的刀，锋利', '意大利匠心，手工缝制'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('authority'),
  );

  it.each(['德国品牌，国内工厂生产，产地看铭牌', '原料是德国的，产地在背标上', '这不是德国工艺哈，是国产的'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('a dispatch claimed while no tracking number exists yet', () => {
  it.each(['亲，已经发出了，单号系统还没出来，明早给您', '已经发货了，还没出单号，晚点发您'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('promise'),
  );

  it.each(['已经发出了，单号是 YT8812345678，您查一下', '还没发货，单号系统还没出来', '下午打包，发了单号系统会同步'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('misses by shape across writers: the price made final, a concern waved off, sent to look it up elsewhere', () => {
  it.each([
    '就这价，不讲，爱拍不拍随意',
    '没折扣，就这个价，别讲了',
    '就这个价，要就拍',
    '冇得平，不要就算',
    '边角有点磨损很正常，别计较了',
    '手工染的有深有浅很正常，别纠结了',
    '保修政策自己去官网查',
    '激活码自己去app里找',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));

  it.each([
    '就这个价了，您考虑一下哈',
    '只剩最后两件了，要就拍',
    '目前就这个价，活动价不讲价的哈',
    '先别纠结尺码了，我帮您量一下再说',
    '别纠结了亲，两个颜色都好看，选您喜欢的就行',
    '您可以自己去官网查一下真伪，也可以发我帮您查',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('promises by shape across writers: years of exchange, carried upstairs, arrival to the hour', () => {
  it.each([
    '放心买，有质量问题三年包换',
    '电池五年内鼓包免费换新',
    '镜头行货保修伍年，坏了直接换新',
    '这款包换壹年，放心用',
    '快递小哥我熟，一定给您扛上七楼',
    '安装师傅一定帮您搬上五楼',
    '您放心，我说几点到就几点到',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));

  it.each([
    '保修一年，非人为损坏包换，人为损坏不保',
    '整机质保三年，三年内质量问题免费维修',
    '大件需要送上楼的话另付搬运费',
    '送货师傅会帮您搬上楼，具体看小区',
    '不能保证三年包换哦，按厂家政策来',
    '几点到要看快递派送，我帮您催一下',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('the agent paying for a failure named by its outcome (不下来, 不干净, 不会, 不好)', () => {
  it.each([
    '喝了瘦不下来算我的',
    '去渍笔擦不干净算我的',
    '课程学不会我倒贴你钱',
    '精华用了效果不好我自掏腰包赔您',
    '赠品缺货的话我自己掏钱给您补',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));

  it.each([
    '停不下来算我的错，是我没提醒您',
    '这笔运费我自己掏钱垫上了，您别担心',
    '擦不干净的话可以联系我们，我教您换个方法',
    '坏了不会赔你的，人为损坏不在保修里',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe("the buyer's purse sneered at, then sent off", () => {
  it.each(['喝不起咖啡就去喝速溶', '穿不起真丝就别来问价', '养不起布偶就别养'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );

  it.each(['吃不起辣的话就选微辣哈', '这个牌子我们自己也用不起，就图个好看', '怕孩子用不起来的话，先买小号试试'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe("a friend request's note naming the platform", () => {
  it.each(['V：tk 77 21，备注快手', '我的❤：lily小铺，加了备注淘宝就行', '搜 ab_ 3 3 9 备注拼多多'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );

  it('flags it on that platform’s own workbench too', () =>
    expect(createChecker({ platform: 'kuaishou' }).check('V：tk 77 21，备注快手').map((f) => f.category)).toContain('offplatform'));

  it.each(['下单时在订单备注里写上尺码就行', '不用加任何人，也不用备注淘宝什么的，就在这里说'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});
