// Round 19: the tone categories (attitude, abuse, reviewbait) read by shape, not by word: who is the subject (the goods
// or the agent), an insult word negated or reassured, the review left to the buyer whatever it says, and the misses the
// arrival check of c259–c274 showed (curt shrugs, contempt for age or purse, threats over a review, reviews dictated,
// fake orders asked in plain words). Every sentence is written for the test; each shape has its clean twins.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('patience and advice are not put-offs', () => {
  it.each(['不着急的，您想好了再拍就行', '您再考虑考虑，不用急，想好了再来', '可以先买小瓶试试，大瓶以后再说'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['你到底要哪个，想好了再来问行不行', '这个以后再说，我下班了'])('still reads %s as attitude', (text) =>
    expect(categoriesOf(text)).toContain('attitude'),
  );

  it('reads an invitation to come back with a problem as none', () => expect(serious('晚安啦，明天有问题再来找我')).toEqual([]));
});

describe('the goods that cannot deal with it are no agent refusing', () => {
  it.each(['这款护手霜只管滋润，冻疮的事它管不了', '按摩梳能放松头皮，但脱发它也管不了，建议去医院看看'])('leaves %s without attitude', (text) =>
    expect(categoriesOf(text)).not.toContain('attitude'),
  );

  it.each(['冻疮的事我管不了', '快递丢件我们管不了，找快递去'])('still reads %s as attitude', (text) =>
    expect(categoriesOf(text)).toContain('attitude'),
  );
});

describe('refunds as far as they go, the review left to the buyer, help offered at once', () => {
  it.each([
    '运费差价我帮您问问，能退就退',
    '坏果拍照走售后，该补就补',
    '追评您看着办，有事随时找我',
    '系统默认的我也改不了，我教您怎么在订单页改',
    '我这边处理不了，我帮您转给售后专员',
    '您一次问完也可以，分开问也行',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));

  it.each(['要退就退，别烦', '我这边处理不了，你自己想办法', '我这边没法处理'])('still reads %s as attitude', (text) =>
    expect(categoriesOf(text)).toContain('attitude'),
  );
});

describe('curt shrugs at damage and small matters are attitude', () => {
  it.each(['瓶子裂了就裂了，不影响用', '饼干碎了就碎了，照样能吃', '这种小问题也来问？', '这种小事别找客服', '我也冇得办法，你自己想办法'])(
    'reads %s as attitude',
    (text) => expect(categoriesOf(text)).toContain('attitude'),
  );

  it.each(['瓶子要是裂了，拍照给我补发', '小问题也欢迎随时问我'])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('an insult word negated, reassured or asked politely is none', () => {
  it.each([
    '这个问题一点也不蠢，很多人都问过',
    '我不觉得您是找茬，您说的有道理',
    '这都不会没关系，我一步步教您',
    '请问阿姨多大年纪了？我帮您挑个字大的',
    '这个色号不会显得装嫩，放心',
    '别信别家乱说，我们没有这个认证',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));

  it.each(['你这问题真蠢', '我看您就是来找茬的', '这都不会，还学人家网购', '你多大年纪了还问这种问题'])('still reads %s as abuse', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );
});

describe('contempt for age, purse or wits is abuse', () => {
  it.each([
    '都快退休了还穿这么粉，装嫩呢',
    '一大把年纪了还学人家染发',
    '没钱配什么进口镜片',
    '这个价都嫌贵，还是别买名牌了',
    '预算这么点就别看实木了',
    '这点钱都舍不得，还想要好东西',
    '你咋这么笨，开关都找不到',
    '真是个土老帽，奶酪都没吃过',
    '眼神不好就别网购了',
    '外行就是外行，说了也白说',
  ])('reads %s as abuse', (text) => expect(categoriesOf(text)).toContain('abuse'));

  it.each(['我年纪一大把了还在学剪视频', '您预算有限的话，这款性价比高', '这台机器这么笨重，建议两个人搬'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('threats over a review or to block the buyer', () => {
  it.each(['给差评的客户我们一律拉黑', '你敢给一星，我就把你拉黑'])('reads %s as reviewbait', (text) =>
    expect(categoriesOf(text)).toContain('reviewbait'),
  );

  it.each(['再问一遍我就拉黑你', '再闹我把你拉黑，让你啥也买不了'])('reads %s as abuse', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );

  it.each([
    '差评不撤的话，别怪我在评论区回你',
    '你不改差评，我就把你电话公布出去',
    '不给好评的话，以后活动就没你的份了',
    '给了差评的话，售后处理会慢很多哦',
  ])('reads %s as reviewbait', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each(['我们不会因为差评拉黑您', '给不给好评，活动都有您的份'])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('a gift on every order whatever the review is no bait', () => {
  it.each([
    '这周下单都送钥匙扣，评价不评价都送',
    '追评不追评都行，满减是店铺活动',
    '评价晒不晒图随您，我们没有返现',
    '评价写不写都有赠品，下单就送',
    '差评删不删您决定，问题我先给您处理',
    '店铺券谁都能领，不用好评',
    '好评不用刷，按真实感受写就好',
    '评价凭您自己感受写就行',
    '有人找您刷好评别信，我们不做',
    '也有客户问差评能不能删，我们不会要求的',
    '我们不刷单，也不放返现卡',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));

  it.each(['评价写满五十字就送钥匙扣', '差评删了送您一张券'])('still reads %s as reviewbait', (text) =>
    expect(categoriesOf(text)).toContain('reviewbait'),
  );
});

describe('reviews paid in perks, dictated, or faked orders asked for are reviewbait', () => {
  it.each([
    '给个五星好评就帮你升级礼盒装',
    '好评的话给您加急发',
    '写好评的有优惠哦',
    '差评别给了，退你十块',
    '只要不给差评，坏了全部免费重发',
    '你要是改成五星，运费我出',
    '那条差评能不能隐藏一下，送你个杯子',
    '评价的时候麻烦写 物流快 包装好',
    '追评一句「客服很贴心」就行',
    '评论区帮我们说句好话呗',
    '帮忙刷几单，佣金当天结',
    '刷单兼职了解一下，一单五块',
  ])('reads %s as reviewbait', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each([
    '您评价里写的漏水问题我们已经在查了',
    '评价的时候写真实感受就好',
    '我们店不刷单，销量都是真实的',
    '刷单的事我们不干，找您刷单的都是骗子',
    '手机可以自己刷机，教程我发您',
    '固件升级后更省电，跟评价没关系',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('the abuse / attitude line of round 12: a count of answers or "leave me alone" insults nobody', () => {
  it.each(['跟你讲了几遍了，周五发', '说了几遍，这款没有黑色', '别烦我了，在打包'])('reads %s as attitude alone', (text) =>
    expect(categoriesOf(text)).toEqual(['attitude']),
  );

  it.each(['说了几遍没关系，我再讲一次', '说了几遍了可能是我没讲清楚'])('leaves the kind count %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['说了八百遍了还问', '爱买不买'])('keeps %s abuse', (text) => expect(categoriesOf(text)).toContain('abuse'));
});

describe('rude words in quote marks are named, not said', () => {
  it.each(['你说之前有人回你"爱买不买"？不是我们店的话，先跟您道歉', '“别烦我”这种话我们从来不说'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it('still reads the insult beside a quote', () => expect(categoriesOf('文盲吧，“不退换”三个字认识吗')).toContain('abuse'));
});

describe('more impatience by shape', () => {
  it.each([
    '你问题咋这么多',
    '行了行了，会发的',
    '能不能一次性把问题问完',
    '你能不能自己先看看说明书',
    '优惠自己不会算吗',
    '晚上别发消息了',
    '我这边解决不了，你想怎样',
    '你自己没关好门，怪不了我们',
    '款式就这样，不喜欢也没办法',
    '我很忙 有事留言',
    '这个我回答不了，你去问京东官方',
  ])('reads %s as attitude', (text) => expect(categoriesOf(text)).toContain('attitude'));

  it.each(['这真怪不了您，是快递压坏的', '您有问题随时发消息', '我帮您算一下满减'])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('more contempt by shape', () => {
  it.each(['你怕是个哈儿，取件码都不会用', '你是不是戆啊', '你这么烦，谁受得了', '啥都不懂还在这乱讲', '滚，不卖你了'])('reads %s as abuse', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );

  it.each(['功效这个我们不敢乱讲', '没做过的认证不好跟您乱讲'])('leaves the agent\'s own restraint %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('a condition put to the buyer is no refusal of a reward', () => {
  it('reads publishing the buyer\'s phone over a review as reviewbait', () =>
    expect(categoriesOf('你要是不给我删差评，我就把你手机号公布出去')).toContain('reviewbait'));

  it.each(['要是不给好评也没关系的', '如果不给好评，我们也照样售后'])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('what the shop makes public about a review is no threat', () => {
  it.each(['差评反映的问题我们会公布整改结果', '差评里提到的漏水，我们会曝光给厂家让他们改'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});
