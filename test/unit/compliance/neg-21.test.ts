// Round 21 (branch neg21): clean drafts that keep the risky word but refuse, deny or hand on what it would claim — a
// promise refused in Cantonese or said to be no rule of the shop, an effect left to the doctor or denied with 唔会, a
// contact not added, a gift whatever the review, a kind service line, a bag or a pack before 会. Each shape has its risky
// twins. Every sentence is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('a promise refused in Cantonese: 唔敢应承, 唔会应承 (REFUSALS)', () => {
  it.each(['终身保修我唔敢应承，保修一年', '包退款呢啲我唔会应承'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['终身保修', '假一赔十', '终身保修我唔敢应承就怪了'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('an effect asked of the doctor, or denied with 唔会 (medical.stop-use, medical.will-not, ji-bing unless)', () => {
  it.each([
    '这是钓鱼用的香料，降血压要问医生',
    '弹琴是个爱好，增高、矫正驼背这些得问医生',
    '这个茶能解渴，糖尿病还得按时吃药',
    '护手霜能保湿，手上有感染要先去医院处理',
    '罗汉果糖只系糖，唔会止咳',
    '麦片唔会降血脂㗎，当早餐就得',
    '黑芝麻糊好香，不过唔会令白头发变黑',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['这款茶能降血压，不用问医生', '罗汉果糖能止咳', '麦片能降血脂', '黑芝麻糊能让白头发变黑'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});

describe('a contact refused with 也不加 / 也不留 / 就不加, closing the clause (offplatform.refused-closing)', () => {
  it.each(['微信我们也不留的，有事这里说', 'QQ也不加，实在抱歉', '威信就不加啦，平台不允许'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['加我微信', '微信我们也不留记录，加我聊'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('offplatform'));
});

describe('the goods by the last character of their name cannot deal with it (attitude.goods-cannot)', () => {
  it.each(['玫瑰花茶管不了失眠，睡不好要看医生', '塑身裤管不了腰疼'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['这个事我管不了', '退款的事我们管不了'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('the review left to the buyer, the gift given whatever the review, the reward denied', () => {
  it.each([
    '杯子给你补发一个，评价你怎么评都可以',
    '每单都送一个杯垫，好评差评都送',
    '杯垫不是好评才送，这单本来就带一个',
    '追评带不带图都中，没返钱哈',
    '收到觉得行就给个评价，不行也照实写，没啥返现的',
    '评价真实就行，咱家没有领红包这一说',
    '好评差评都冇红包，讲真话就得',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['好评返现，评价你怎么评都可以', '好评送一个杯垫', '好评才送杯垫', '不是好评返现，是晒图返现', '好评返钱'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('reviewbait'),
  );
});

describe('kind service lines: the buyer spared a trip, the review left free, asked before and explained again', () => {
  it.each(['我来帮您申请退款，不用您去找平台', '写不写评价都随你咯，有问题找我', '别人也问过这个，我跟您讲一下'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['你去找平台', '买不买随你咯', '随你咯', '别人也问过这个问题，我跟你讲过了'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('attitude'),
  );
});

describe('包 a bag or a pack before 会, 粤语 一次过 (all at once)', () => {
  it.each(['我们的包会送防尘袋', '买满三包会自动减价哈', '多件一次过付款就得'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['我们的包会课程', '三天包会', '考试一次过'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('an effect denied or advised against: 不管用, 扯不上, 可做不到, 掉不了秤, the condition told to eat less, wine left to breathe', () => {
  it.each([
    '这个香囊闻着挺香，失眠可不管用',
    '这款键盘手感好，跟预防腱鞘炎扯不上',
    '这款腰包挺能装，但矫正驼背可做不到',
    '吃坚果也掉不了秤，就是解个馋',
    '腊肠好香，减肥嘅就少食啲啦',
    '这款红酒醒酒半小时左右口感最好',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['这个香囊治失眠很管用', '这款键盘能预防腱鞘炎', '这款腰包能矫正驼背', '想减肥的喝这个', '喝了能醒酒'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
  it('still flags 掉秤快', () => expect(categoriesOf('喝了掉秤快')).toContain('medical'));
});

describe('a claim said to be no thing at all, with 这回事 / 这一说 after it (negated.no-such-thing)', () => {
  it.each(['冇央视推荐呢回事，唔好信人讲', '冇全网第一呢回事，唔好信人讲'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each([
    ['没央视推荐的牌子别买，我们是央视推荐的', 'authority'],
    ['央视推荐', 'authority'],
    ['全网第一', 'absolute'],
  ])('still flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});

describe('faked orders refused, the gift of every order, no review change asked for', () => {
  it.each(['刷单犯规㗎，我哋唔做', '每单都送一个书签，晒不晒图都有，不用特意追评', '唔使改差评，你讲畀我知边度唔好', '送的书签不用特意追评'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
  it.each(['帮我刷单', '刷单不犯规，放心做', '每单都送一个，好评再送一个', '不用改差评了，删评返10元', '改差评返10元'])(
    'still flags %s',
    (text) => expect(categoriesOf(text)).toContain('reviewbait'),
  );
});

describe('where the buyer is stuck, help offered after a refund step (promise allow 哪里不会)', () => {
  it('leaves it alone', () => expect(serious('点申请售后，选退货退款，哪里不会我帮您看')).toEqual([]));
  it('still flags a refund staked on failure', () => expect(categoriesOf('不满意全额退款')).toContain('promise'));
});

describe('湖南 冒得 as a medical negation, the cure flatly denied before the condition (ji-bing unless)', () => {
  it.each(['这款护手霜冒得防真菌的功能咯', '这双袜子能吸点汗，可治不了脚气哈'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['这款护手霜能防真菌', '这双袜子能治脚气', '医院治不好的腰疼，用这个贴三天就好'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});
