// Shapes of off-platform steering, review bait, abuse and 服务态度 that word lists missed on new writers: curt and
// brush-off replies, emoji standing for a character, app ids behind emoji, a courier's phone, and the explanations and
// polite forms that must stay clean. Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('服务态度: curt, brush-off and impatient replies', () => {
  it.each([
    '发票的事您自己查吧',
    '安装视频在店铺首页 自己翻',
    '嗯 等着',
    '今天不发了 周一再说',
    '订单页不会点吗',
    '那我也没办法',
    '别催 仓库在打包',
    '又是你啊 这次又怎么了',
    '尺码说明写得很清楚',
    '着急就别买预售款',
    '单号不会搜吗',
    '我怎么知道 问仓库去',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));

  it.each([
    '您可以自己在订单页查看物流哦',
    '我们自己看过每一批货',
    '您耐心等着哦 明早就发',
    '详情页里都写了哦 我也可以截图给您',
    '我们也没办法百分百确定是哪里的问题 先帮您换一个',
    '亲 明天我查到了再说给您听哦',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('服务态度: a one-word reply', () => {
  it.each(['嗯', '不 知 道', '不支持。', '随便'])('flags the whole draft %s', (text) => {
    const found = serious(text);
    expect(found.map((f) => f.rule)).toEqual(['attitude.curt-reply']);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.match);
  });
  it.each(['嗯嗯 好的', '不知道您方便几点收货', '行李箱明天发', '好的'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['哦 然后呢', '没货 下一位', '嗯，还有事吗？', '不清楚。下一个'])('flags a grunt and a dismissal as the whole draft: %s', (text) =>
    expect(serious(text).map((f) => f.rule)).toEqual(['attitude.curt-reply']),
  );
  it('leaves the next item in a sentence alone', () => expect(serious('好的 下一个颜色给您发图')).toEqual([]));
});

describe('服务态度 rather than abuse: counting how often the buyer asked, giving in with a sigh, no time for the buyer', () => {
  it.each([
    ['问第四遍了 还是周五发', 'attitude.repeated'],
    ['这个问了好多遍了 改不了', 'attitude.repeated'],
    ['都说了今天发不出去', 'attitude.impatient'],
    ['好好好 退给你 满意了吧', 'attitude.impatient'],
    ['我没空跟你一个个讲', 'attitude.impatient'],
    ['那你到底想怎样', 'attitude.impatient'],
    ['别催了 在装车', 'attitude.impatient'],
    ['要退就退 随你', 'attitude.brush-off'],
    ['快递丢了找我有什么用', 'attitude.brush-off'],
    ['想怎么评就怎么评吧', 'attitude.brush-off'],
    ['视频里说得很清楚', 'attitude.written-there'],
    ['往下翻翻不就看到了', 'attitude.rhetorical'],
    ['不是说了吗 周五统一发', 'attitude.impatient'],
    ['缺码就是缺码 补不了', 'attitude.impatient'],
    ['规矩就是规矩', 'attitude.impatient'],
    ['那是快递的事 您问问他们', 'attitude.brush-off'],
    ['看不懂就算了', 'attitude.brush-off'],
    ['物流慢 又不是我开的快递', 'attitude.brush-off'],
    ['您着急我有什么办法', 'attitude.rhetorical'],
    ['下班了 明天再问', 'attitude.later'],
    ['行 您看着办', 'attitude.brush-off'],
    ['我都回答您三次了', 'attitude.impatient'],
    ['麻烦一次把问题问完', 'attitude.impatient'],
    ['运费的事我们管不着', 'attitude.brush-off'],
    ['覅问了 明天发', 'attitude.impatient'],
    ['有完没完 明天发', 'attitude.impatient'],
    ['搞快点 拍不拍嘛', 'attitude.impatient'],
    ['您是不是没看详情页就拍了', 'attitude.rhetorical'],
  ])('%s → %s (warn)', (text, rule) => {
    const found = serious(text);
    expect(found.map((f) => f.rule), JSON.stringify(found)).toContain(rule);
    expect(found.every((f) => f.category === 'attitude' && f.severity === 'warn'), JSON.stringify(found)).toBe(true);
  });
  it.each(['在忙', '没空。', '行了 知道了', '没有。', '没办法呗', '随便咯'])('flags the whole draft %s', (text) => expect(serious(text).map((f) => f.rule)).toEqual(['attitude.curt-reply']));
  it.each(['亲 仓库这两天在忙着备货 明天发出哦', '这款是不是说了不起球 我帮您查一下质检报告'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['之前客服跟您说“爱买不买”，我替她向您道歉', '平台会对“不是说了吗”这样的话弹出提醒', '同事说“别催了”是不对的'])(
    'leaves rude words quoted, not said, alone: %s',
    (text) => expect(serious(text)).toEqual([]),
  );
  it.each(['亲 已经帮您催了两次了 快递回复说明天到', '亲 刚刚不是我回复的 是同事'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it('leaves a size the buyer has to measure alone', () => expect(serious('腰围需要您自己量一下 我们没法替您量')).toEqual([]));
});

describe('abuse in homophones, emoji and the 「X就X」 shrug', () => {
  it.each(['你🐷吧 这都不会', '差评就差评 随你', 'wdnmd', '爱评不评', '拉倒吧 不卖了'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );
  // Round 20 (tone20): impatience that insults nobody is attitude by WRITERS.md; these two were pinned as abuse before.
  it.each(['关我们什么事', '烦不fan啊'])('files %s as attitude, not abuse', (text) => {
    expect(categoriesOf(text)).toContain('attitude');
    expect(categoriesOf(text)).not.toContain('abuse');
  });
  it.each(['你脑壳有包哦', '你条粉肠', '别跟我扯犊子', 'bai chi 一个', 'zhi zhang 吧', '你 shen jing bing 啊', '二逼', '傻帽 自己拍错了', '你有大病吧', '瘪三 还想退', '您开心就好 反正不退', '嫌麻烦可以不买的', '这要求 您另请高明吧', '不会装就找家里年轻人帮忙', '你算哪根葱', '啥玩意儿 自己拍错了', '你系唔系傻', '填错地址赖谁啊', '你跟我讲个锤子', '您最有理 行了吧', 'zz吧 看不懂图', '尺码表都不会看吗'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );
  it('keeps a 2B pencil a pencil', () => expect(serious('这套文具里有两支2B铅笔')).toEqual([]));
  it('keeps a hammer a hammer and the lowest price no insult', () => {
    expect(serious('工具箱里配了一个锤子')).toEqual([]);
    expect(serious('这款二百五十块包邮')).toEqual([]);
    expect(serious('夏天穿着很凉快 下午十三点前下单当天发')).toEqual([]);
    expect(serious('Shenzhen 仓库发货 bai色款 jing品装')).toEqual([]);
    expect(serious('您看这两个颜色配吗')).toEqual([]);
    expect(categoriesOf('这是我们最低能给到的价格了')).not.toContain('abuse');
  });
  it('keeps a face between characters a decoration', () => expect(categoriesOf('好评😶返现')).toContain('reviewbait'));
});

describe('off-platform steering', () => {
  it('reads the penguin as QQ and an id behind emoji and 搜 as a chat id', () => {
    expect(serious('加 🐧 5 5 6 7 8 9 0 1').map((f) => f.rule)).toContain('offplatform.qq-number');
    const found = serious('威💗 搜 shop_2468 有更多款');
    expect(found.map((f) => f.rule)).toContain('offplatform.im-id');
    expect(found[0]!.match).toBe('威💗 搜 shop_2468');
  });

  it('underlines a number typed in keycap digits up to its last keycap', () => {
    const text = '薇：1️⃣3️⃣9️⃣0️⃣0️⃣2️⃣4️⃣6️⃣8️⃣1️⃣3️⃣ 随时找我';
    const found = serious(text).find((f) => f.rule === 'offplatform.mobile')!;
    expect(found.match).toBe('薇：1️⃣3️⃣9️⃣0️⃣0️⃣2️⃣4️⃣6️⃣8️⃣1️⃣3️⃣');
    expect(text.slice(found.start, found.end)).toBe(found.match);
  });

  it('reads an app nickname before an id as a chat id, a model number as a model number', () => {
    expect(serious('小号在 dy：mall_shop99 那边便宜').map((f) => f.rule)).toContain('offplatform.im-id');
    expect(serious('这个型号是 dy2024 款')).toEqual([]);
  });

  it('a phone number after 快递…电话 is still a phone number; an order number stays clean', () => {
    expect(serious('快递员电话我问到了 1 5 9 - 1 2 3 4 - 0 0 8 8').map((f) => f.rule)).toContain('offplatform.mobile');
    expect(serious('您的快递单号 15912340088 已经更新')).toEqual([]);
  });

  it.each([
    '售后问题看我头像就能找到我',
    '个性签名那里就是我的号',
    '这里说话不方便 换个地方聊',
    '到了当面付款就行',
    '定金转我就可以 尾款到货付',
    '扣 2 4 6 8 1 3 5 7',
    '关注我们的dou音号 直播间更便宜',
    '收货地址发我个人 wx 上 这边系统不安全',
    '想要隐藏款的小窗我',
    '优惠券的事看我主页',
    '这是我们老板的电话 你直接问他',
    '钱直接给我就行 不用拍',
    '在店里拍要扣手续费 直接跟我买',
    '尾款直接打给我就行',
  ])('flags the contact hidden in the profile, in person or spelled: %s', (text) => expect(categoriesOf(text)).toContain('offplatform'));

  it.each(['以后直接找我 不用走店铺', '留一下您的手机号 我让顾问联系您', '有事私聊 这里说话不方便', '这边不让说 绿色聊天软件搜我', '下次直接找我 不用走快手'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );

  it.each([
    '您问能不能私下交易 这个真的不行哦',
    '平台不允许私下交易 一定要在店里下单才有保障',
    '店铺群在首页就能进 不是站外的',
    '规定不能引导站外联系 所以没法加您',
    '请别添加那些自称官方客服的微信',
    '退款按原路退回到微信 一般当天到',
    '您说想加微信问尺码 这边直接帮您看就好',
    '头像是我们的店标哦',
    '这单扣了 5 元运费险',
    '扫码是看安装视频的 不是加好友',
    '您把问题发在这里就行 我们私下不接单',
    '有人说的那个粉丝群不存在 不要相信',
    '点我头像进店铺粉丝团 福利都在直播间发',
  ])('leaves the rule explained alone: %s', (text) => expect(serious(text)).toEqual([]));
});

describe('review bait in other words', () => {
  it.each(['给宝贝打个高分 送您小礼物', '晒单 领3元券', '五分好评拆盲盒', '那条中评改了给您补个红包', '点亮五颗小星星 返您红包', '带图追评发🧧', '五星好评 给您抹个零', '好评截图发我 请您喝奶茶', '您先给个好评 售后的事我们后面再说', '好评后私我 返俩块'])(
    'flags a treat for a review: %s',
    (text) => expect(categoriesOf(text)).toContain('reviewbait'),
  );
  it('underlines the whole 🧧', () => {
    const found = serious('好评领🧧').find((f) => f.category === 'reviewbait')!;
    expect(found.match).toBe('好评领🧧');
  });
  it.each(['给个 hao 评 返 ￥2', '确认收货后截图发我 给您返运费', '好平写满30字带图 返 xian 3元', '麻烦把cha评改一下 给您补10块', '评价里就说是物流慢 别提做工 补您5元'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('reviewbait'),
  );
  it.each(['赠品是买就送的 跟评价没有关系', '那个好评返现的卡片不是我们放的 请不要理会', '我们不做好评返现 您按实际体验评价就好', '坏的给您补寄一个 评价您不用改'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});

describe('round 6 shapes: scrolling, sending elsewhere, stacked refusals, demands with a tag', () => {
  it.each([
    ['回答过啦 往上看', 'attitude.scroll-up'],
    ['物流的事问物流去', 'attitude.brush-off'],
    ['那不是我们这边的问题 找厂家', 'attitude.brush-off'],
    ['尺码看仔细点好不好', 'attitude.impatient'],
    ['莫再问了 周三发', 'attitude.impatient'],
    ['我不想再解释了', 'attitude.impatient'],
  ])('flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));

  it.each(['不退。不换。不包邮', '早说了 不行'])('flags stacked refusals as the whole draft: %s', (text) =>
    expect(serious(text).map((f) => f.rule)).toEqual(['attitude.curt-reply']),
  );

  it.each([
    '您往上翻一下就能看到刚才发的链接',
    '如果不是我们的问题，退回运费需要您承担哦',
    '麻烦您把型号说清楚一下，我好帮您查',
    '不退不换的商品详情页有标注，这款可以退的',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('round 6 shapes: the fault put on the buyer, too dear so go elsewhere', () => {
  it.each([
    ['洗坏了是你自己洗法的问题', 'attitude.your-fault'],
    ['嫌贵的话可以去别家逛逛', 'attitude.too-dear'],
    ['穿着紧别赖裤子', 'abuse.chong-zhuang'],
    ['打不开怪我们干嘛', 'abuse.chong-zhuang'],
    ['你脑子jin水了吧', 'abuse.nao-zi'],
  ])('flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));

  it.each(['不是你的问题，是仓库发错了，马上给您补', '嫌贵的亲可以等周末满减', '如果是你的问题我们会说明的'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('round 6 shapes: spaced service numbers, two-digit rewards, early receipt', () => {
  it('reads a 400 number typed digit by digit as a phone number', () => {
    const text = '售后直接打 4 0 0 - 1 2 3 - 4 5 6 7';
    const found = serious(text);
    expect(found.map((f) => f.rule)).toEqual(['offplatform.landline']);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.match);
  });
  it('keeps an order number typed digit by digit clean', () => expect(serious('订单号 4 0 0 1 2 3 4 5 6 7')).toEqual([]));
  it.each(['五星好评之后再减20', '带图评价送一支唇釉小样'])('flags a reward of two digits or a counted gift: %s', (text) =>
    expect(categoriesOf(text)).toContain('reviewbait'),
  );
  it('flags asking for receipt to be confirmed before the goods are checked', () =>
    expect(serious('您先确认收货吧 差价我再处理').map((f) => f.rule)).toEqual(['promise.early-confirm']));
  it.each(['收到后先检查再确认收货哦', '您先别确认收货 我们查一下物流', '不需要提前确认收货的'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('round 6 shapes from the next writers: polite blame, nothing read, a line of the review deleted for money', () => {
  it.each([
    ['起球是您自己洗涤方式的问题', 'attitude.your-fault'],
    ['这都第几次了 还是那个答案', 'attitude.impatient'],
    ['能不能别什么都来问 先看说明书', 'attitude.impatient'],
    ['买之前不看 现在说不合适', 'attitude.impatient'],
    ['掉色别怪衣服 洗法不对', 'attitude.brush-off'],
    ['好吧 随便您', 'attitude.bare-pointer'],
  ])('flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));

  it('flags a line of the review deleted for money', () =>
    expect(serious('把差的那句删了吧 删了给您发个红包').map((f) => f.rule)).toEqual(['reviewbait.delete-for']));
  it('flags a bank card number asked for and a payment app spelled out', () => {
    expect(categoriesOf('卡号发我一下 财务打给您')).toContain('offplatform');
    expect(categoriesOf('运费我走zfb退您')).toContain('offplatform');
  });

  it.each([
    '是您自己的问题吗？不是的，是仓库发错了',
    '如果是您自己的原因退货，运费需要您承担',
    '随便您挑，喜欢哪个拍哪个',
    '别怪我啰嗦，收到货记得先检查',
    '旧地址删了，给您发个新链接',
    '亲，问几次都没关系，我再给您说一遍',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('round 6: warnings and quoted rudeness stay clean, steering does not', () => {
  it.each([
    '遇到让你加微信的一律拉黑',
    '收到让您加微信的短信不用理会',
    '我主页没有任何联系方式，都是平台内沟通',
    '爱买不买这种态度我们不会有的',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['加我微信，拉黑的话就联系不上了', '看我主页 有联系方式'])('flags %s', (text) => expect(categoriesOf(text)).toContain('offplatform'));
});

describe('round 6: an app name at the head of an item code', () => {
  it.each(['这件的款号 VX3301 库存还有', '货号：QQ2024 是蓝色那款'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['货号问题加我vx聊', '型号发您了 vx号 shop8899'])('still flags steering beside a code label: %s', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );
});

describe('round 6: a warranty card is no scan code, an offer to look it up is no brush-off', () => {
  it('flags a chat app even when a warranty card is sent after it', () =>
    expect(categoriesOf('您加我企业微信 我把保修卡照片发您')).toContain('offplatform'));
  it('leaves scanning for the warranty alone', () => expect(serious('扫包装上的码可以查保修期')).toEqual([]));
  it('leaves an offer to look it up alone', () => expect(serious('许可证编号在包装背面 您可以自己去查')).toEqual([]));
});

describe('round 6: a contact named as the topic and then refused', () => {
  it.each(['加微信是违规的哦', '加微信不行哦 平台会扣分', '加V这种事我们不做的', '微信不能加哦 有事在这里说', '加微信领红包是骗局', '我们的电话不对外'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
  it.each(['加我微信 这边不方便说', '加我vx 这里不可以发图', '加我微信 平台不让发链接'])('still flags steering with its excuse: %s', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );
});

describe('round 6: review rewards explained, refused or reported stay clean', () => {
  it.each([
    '晒单返现这种活动我们没有',
    '有人说五星给红包 那是骗子',
    '不会因为差评拉黑您的',
    '评价返现的话平台会处罚我们的',
    '好评返现我们做不了 抱歉',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['好评返现5元 做不了假的', '好评返现这种活动限时三天', '给个差评就拉黑你'])('still flags %s', (text) => expect(serious(text)).not.toEqual([]));
});

describe('round 6: delivery and platform points near a review word are no reward', () => {
  it.each(['评价您方便的时候写 快递已经送小区门口了', '评价里说的包装问题 我们送件前会检查', '评价后平台会给您积分', '差评说少了螺丝 我们补10个给您'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
  it.each(['好评送两双袜子', '评价带图 积分翻倍'])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));
});

describe('round 6: service lines that hold the new words stay clean', () => {
  it.each([
    '您去我们小店首页领个券',
    '这款本来就黑色的 不会掉色',
    '您先看完视频再操作',
    '退货流程就这样，先申请再寄回',
    '我问这么多是想帮您选对尺码',
    '这个现象我也解释不了 我帮您问技术',
    '说了没有',
    '您先看看行吗？不合适再换',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('round 6: free choices and open invitations stay clean', () => {
  it.each(['随便您哪天来取都可以', '有什么都问我哈 我都在', '这个问题我不想回答得太绝对 怕误导您'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['好吧 随便您', '别什么都来问 说明书都有'])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('round 6: friendly advice about price and asking stays clean', () => {
  it.each(['不要再问别人了 直接问我就行', '嫌贵的话 没人会怪您 等活动再买', '嫌贵的话可以去看看我们的活动页', '嫌贵的话，这款可能不适合您，可以看看平价款'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});

describe('round 6: how reviewing works is no push to confirm receipt', () => {
  it.each(['您收到后先确认收货就能评价了', '要评价的话需要先确认收货哦'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it('flags a push to confirm before checking', () => expect(serious('麻烦先确认收货 有问题照样退').map((f) => f.rule)).toEqual(['promise.early-confirm']));
});

describe('round 6: the families that carried to unseen writers, extended (dialect imperatives, scrolling, a number asked for)', () => {
  it.each([
    ['莫再催了 明早发', 'attitude.impatient'],
    ['问咩问 自己睇', 'attitude.impatient'],
    ['你要爪子嘛', 'attitude.impatient'],
    ['莫得办法', 'attitude.curt-reply'],
    ['讲过了 往前翻', 'attitude.scroll-up'],
    ['联系方式发一下 我单独跟您说', 'offplatform.ask-contact'],
  ])('flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));
});

describe('round 6: a comment under the listing deleted on request', () => {
  it('flags asking for that comment to be deleted', () => expect(categoriesOf('您把直播回放下面那条评论删了吧')).toContain('reviewbait'));
  it.each(['评论区的广告我已经删掉了', '您的评论删不删都可以 我们尊重您'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('round 7: initials, homophones and own channels that slipped past (wb, 抖🎵, 反现, an English review, our own app)', () => {
  it.each([
    ['想要链接的话 wb私信我', 'offplatform.cross-platform'],
    ['这边不方便讲 抖🎵搜店名找我', 'offplatform.cross-platform'],
    ['价格咱这不方便说 薇信聊吧', 'offplatform.other-app'],
    ['这不方便说 到时候加个好友', 'offplatform.other-app'],
    ['尾款您往我卡里打就行', 'offplatform.payment'],
    ['去应用市场搜我们的店名 下单更划算', 'offplatform.other-app'],
    ['五星好评 反现3元', 'reviewbait.reward'],
    ['leave a 5 star review 送您小礼品', 'reviewbait.reward'],
    ['nmd 已经给你退了', 'abuse.chong-zhuang'],
    ['这都不会 先补补常识吧', 'abuse.chong-zhuang'],
    ['你别在这胡说 我们发的就是正品', 'abuse.lying'],
    ['图片看清楚了再来问', 'attitude.impatient'],
    ['退款的事不归我们管 您去问平台', 'attitude.brush-off'],
    ['别再发了 看到了', 'attitude.stop-sending'],
    ['群只在威信上 进群有折扣', 'offplatform.wechat'],
    ['这么简单的充电线都分不清 还买什么', 'abuse.so-simple'],
    ['扫一下这个码 加我好友 不用加任何群', 'offplatform.scan'],
  ])('flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));
  it.each([
    '不方便加微信的 有事这里说就行',
    '网上那些都是别人瞎说的 以质检报告为准',
    '这款在 Starbucks 联名系列里 有白色',
    'review 区可以看看其他买家的图',
    '用 vx支付 也可以 下单时选就行',
    '微信号就别发了 这里聊一样的',
    '售后就在拼多多申请 不用找别的渠道',
    '我们只在京东和淘宝开了店 别处同名的不是我们',
    '盒子上的二维码是用来查防伪的，扫码后会显示结果，不需要添加任何人',
    '客服没得权限私下改价的哈 券在页面上领',
    '这么简单的步骤您不会也没关系 我一步步教您',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('round 9: insult initials aimed at the buyer, profile numbers, hurrying, nothing more to say, rewards on the next order', () => {
  it.each([
    ['地址都填错了 你是不是nc啊', 'abuse.initials'],
    ['真是 lj 买家 拆了还要退', 'abuse.initials'],
    ['你tm 看完详情再说', 'abuse.initials'],
    ['您这体型穿M码肯定紧 早说了', 'abuse.chong-zhuang'],
    ['看不懂说明书就别乱评价', 'abuse.chong-zhuang'],
    ['都给你补发了还在这闹', 'abuse.chong-zhuang'],
    ['签名下面那串数字 加上聊', 'offplatform.profile-number'],
    ['头像里那个号 你记一下', 'offplatform.profile-number'],
    ['仓库排着队呢 不要一直催', 'attitude.impatient'],
    ['不能改地址 没啥好解释的', 'attitude.impatient'],
    ['规则就是这样 改不了', 'attitude.brush-off'],
    ['详情页白纸黑字写着 不包邮', 'attitude.written-there'],
    ['给个好评 下回买送您一包湿巾', 'reviewbait.reward'],
    ['麻烦删个差评 我们另外补您五块', 'reviewbait.gai-ping'],
  ])('flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));
  it.each([
    '这支粉底是NC20 偏白的肤色选它',
    '您是不是NC25的肤色 我帮您对一下色号',
    '商标旁边的TM是注册中的意思',
    '主页简介里是店铺的营业时间 没有任何联系方式',
    '不要再问别人了 直接问我就行',
    '所有维修都要走京东售后工单 这样您才有保障',
    '我们的运费规则是满59包邮 您看一下',
    '满意的话可以给个好评 下次买一样有活动价',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('round 9: the buyer filed as a kind of person, insults in the mock-polite 您, ultimatums and refusals said again', () => {
  it.each([
    ['像你这样的买家我们店伺候不起', 'abuse.this-kind'],
    ['您这种人就别来直播间了', 'abuse.this-kind'],
    ['就凭这点钱 您也配提要求', 'abuse.polite-insult'],
    ['懒得跟您掰扯 自己看订单', 'abuse.polite-insult'],
    ['您是小学生吗 按钮都找不到', 'abuse.polite-insult'],
    ['这价格 爱买买 不买走人', 'abuse.chong-zhuang'],
    ['买不买 不买我关直播了', 'attitude.brush-off'],
    ['都说了不包邮 还在问', 'attitude.impatient'],
    ['又是您 这次又是哪里不满意', 'attitude.impatient'],
    ['晓得了 还有事没得', 'attitude.impatient'],
  ])('flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));
  it.each([
    '像您这样的老顾客 下单都有会员价',
    '你这种情况可以直接申请退货 不用寄回',
    '您这种肤质建议选清爽款',
    '只有你才有这个专属券哦',
    '麻烦你能耐心等一下吗 仓库在核对',
    '我说了不算 得问一下主管 稍等',
    '您要不要先试试小样 不要紧的',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('round 9: the buyer kept on the platform, a third person warned about, what a code is for', () => {
  it.each([
    '在京东APP里搜店铺名就能找到我们 不用去别的地方',
    '价格在各个直播间都一样 没有私下更便宜的渠道',
    '要是快递员让您加他微信领补偿 请别加 直接找我',
    '外箱上的码是激活电子保修卡的 扫码后不需要加任何好友',
    '活动页在抖音里打开 不会跳到站外',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each([
    ['扫这个码 加我好友 领无门槛券', 'offplatform.scan'],
    ['去淘宝上拍更便宜 不用在这拍', 'offplatform.cross-platform'],
  ])('still flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));
});

describe('round 9: another platform as the scope of a comparison', () => {
  it('reads 在淘宝上买不到比我们更好的 as a comparison, not steering', () => {
    expect(categoriesOf('这个价位你在淘宝上买不到比我们更好的阿胶了')).not.toContain('offplatform');
  });
});

describe('round 9 (c51–c56): other apps by nickname and emoji, the avatar, reviews paid only when, the agent’s own loss', () => {
  it.each([
    ['🍠上搜店名 关注一下 私信领券', 'offplatform.cross-platform'],
    ['B站搜我们的号 教程都在那', 'offplatform.cross-platform'],
    ['我 Keep号 发你 一起打卡', 'offplatform.other-app'],
    ['价格我在 LINE 上发您', 'offplatform.other-app'],
    ['有问题 dd我 随时在', 'offplatform.other-app'],
    ['想要实拍就扫我头像里的码', 'offplatform.profile'],
    ['我们有个宝妈群 每周有秒杀', 'offplatform.other-app'],
    ['差评能删伐 我们补您一双袜子', 'reviewbait.gai-ping'],
    ['五星带图的才返 默认好评不算', 'reviewbait.reward'],
    ['好评晒图送钢化膜', 'reviewbait.reward'],
    ['帮忙给个好评吧 不然我要扣钱的', 'reviewbait.reward'],
    ['评价里带上 好用 两个字就行', 'reviewbait.dictate'],
    ['用了半个月还想退 当我们傻啊', 'abuse.chong-zhuang'],
    ['脑子是个好东西 买之前看看详情', 'abuse.chong-zhuang'],
    ['穷就去买便宜的', 'abuse.chong-zhuang'],
    ['运费是快递收的 跟我们没关系', 'attitude.brush-off'],
  ])('flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));
  it.each([
    '这款在小红书上很火 好多人晒过',
    '加微信这个真不行 平台规定 您在这直接留言就好',
    '返现卡这种东西我们家没有 收到的话可能是别家的',
    '我们的头像是品牌logo 认准这个就是官方店',
    '评价截图不用发给我们 您如实评价就好',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('round 9: a bare 等 among curt parts', () => {
  it.each(['没有 没办法 等', '嗯 等'])('flags the whole draft %s', (text) => expect(serious(text).map((f) => f.rule)).toEqual(['attitude.curt-reply']));
  it.each(['好的 您稍等', '请稍等 马上帮您查'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('round 9 (c57–c59): a buyer’s wish or other people’s question restated, then refused; no review reward; 隐私我', () => {
  it.each([
    '理解您希望加个微信方便联系，不过平台规定我们只能在这里回复您',
    '最近好多人问加微信的事，我们不加个人微信哈，售后都在平台上',
    '之前那个客服让你加微信是不合规的，有人私下联系您请注意防骗',
    '您问晒图有没有奖励，我们不会以任何形式对评价给予奖励，写好写坏是您的自由',
    '为了隐私我建议您把手机号撤回 咱们在这聊就行',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each([
    ['加个微信吧 只用于发货通知', 'offplatform.wechat'],
    ['您希望便宜点的话 加个微信', 'offplatform.wechat'],
    ['私我 有内部价', 'offplatform.other-app'],
  ])('still flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));
  it('flags a review dictated with 写上 (the wording in quotes, then the reward)', () => {
    expect(categoriesOf('在评价里写上「客服超耐心」 再给五颗星 我私下给您发个红包')).toContain('reviewbait');
  });
});

describe('round 9 (c57–c59): the service rating bargained for, a gift on condition, an hour of questions answered no more', () => {
  it.each([
    ['窗口弹出来请给我点「非常满意」 不然我的奖金就没了', 'reviewbait.reward'],
    ['赠品免费送 条件是收到后晒图好评', 'reviewbait.reward'],
    ['评价写好 写完截图给您返3块', 'reviewbait.reward'],
    ['摔坏一个杯子而已 至于闹成这样吗', 'abuse.chong-zhuang'],
    ['等两天会死啊', 'abuse.chong-zhuang'],
    ['说明书不看就来问 我们很忙的', 'attitude.impatient'],
    ['该说的我都说了 后面的我就不再回复了', 'attitude.impatient'],
    ['货没到我也变不出货 催了也白催', 'attitude.impatient'],
  ])('flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));
  it.each([
    '若48小时内您不再回复，系统会自动关闭工单',
    '这款您用着非常满意的话 欢迎再来',
    '检测报告上有二维码 也可以扫描二维码核验',
    '您提到想私下转账省手续费，这个我们不能答应您，交易都要在平台完成',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('round 9: a fool named at the buyer, and the same words as product words', () => {
  it.each(['你个笨蛋 按钮都找不到', '你个ben蛋 说了不退', '傻子才买你说的那种', '蠢货一个 还来问'])('flags %s', (text) =>
    expect(serious(text).map((f) => f.rule)).toContain('abuse.called-a-fool'),
  );
  it.each(['这是个傻瓜相机 很好用', '傻瓜式安装 一看就会', '傻瓜一个按钮就能装好', '笨蛋美人妆这季很火'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('round 10 (c60–c63): senses mocked, talk called useless, busy then later, a supposed third party warned about', () => {
  it.each([
    ['咸淡都吃不出来 舌头是不是出问题了', 'abuse.senses'],
    ['这味儿都闻不到 鼻子是不是不灵了', 'abuse.senses'],
    ['货都签收了 现在说这个有什么用', 'attitude.impatient'],
    ['尺码都一样 讲这些也没用', 'attitude.impatient'],
    ['拍照上传就行 别的莫多说', 'attitude.impatient'],
    ['没空 在直播呢', 'attitude.curt-reply'],
    ['要鞋码的话把你的薇报一下', 'offplatform.other-app'],
  ])('flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));
  it.each([
    // Near misses: a child's eyes asked after, the polite "说明", a live show announced, a supposed courier warned about.
    '宝宝眼睛是不是有问题 建议先带去医院检查一下',
    '现在说明一下退货流程：先点申请售后',
    '今晚八点我们在直播间上新 您可以来看看',
    '如果有师傅私下找您收安装费，请不要付款，直接联系平台',
    '私下交易出了问题平台无法为您保障，还是在订单里付款更稳妥',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('round 10 (c64–c68): here is no place to talk, find me on another app, threats and rhetorical questions', () => {
  it.each([
    ['亲 店铺客服这边聊不方便 回头细说', 'offplatform.other-app'],
    ['主播间人太多 去小红书上找我 名字叫橙子', 'offplatform.find-me-there'],
    ['差评随你 我记住你了', 'abuse.chong-zhuang'],
    ['就晚了半天 你等等能死吗', 'abuse.chong-zhuang'],
    ['讲了两遍还不会 脑子不太行吧', 'abuse.nao-zi'],
    ['图上都有 您就不能自己翻翻吗', 'attitude.rhetorical'],
    ['色号都标了 这都要问', 'attitude.impatient'],
  ])('flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));
  it.each([
    // Near misses: the buyer kept where they are, an instruction with 不能自己, a friendly "ask me".
    '有事直接在拼多多找我就行 随时在',
    '这个门锁不能自己拆 师傅上门装',
    '有不清楚的也可以来问我哦',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it('lets a platform name itself: "去快手找我" is no other app on the 快手 workbench', () => {
    expect(createChecker({ platform: 'kuaishou' }).check('去快手找我').map((f) => f.rule)).not.toContain('offplatform.find-me-there');
    expect(createChecker({ platform: 'pinduoduo' }).check('去快手找我').map((f) => f.rule)).toContain('offplatform.find-me-there');
  });
});

describe('round 10: a group said to be the platform’s own, talk in a group reported, review cash refused in so many words', () => {
  it.each([
    '抖音这边的会员群是平台内的群，在店铺主页就能申请，不需要加任何个人账号',
    '群里看到的说法不准确，我们没有内部价',
    '晒图返现这种我们不能做的，您按真实感受评价就好',
  ])('leaves %s without even a hint', (text) => expect(checker.check(text)).toEqual([]));
  it.each([
    ['加一下会员群 群里每周都有内部价', 'offplatform.other-app'],
    ['晒图返现 这种福利我们每周都有', 'reviewbait.reward'],
  ])('still flags %s', (text, rule) => expect(serious(text).map((f) => f.rule)).toContain(rule));
});

describe('round 10: lookalike characters typed to slip a word past', () => {
  it.each([
    ['保修卡在盒子里 你自⼰不会翻', 'attitude'],
    ['亲 发我 ⅴⅹ 给您看实拍', 'offplatform'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
  it('underlines what the agent typed', () => {
    const text = '发我 ⅴⅹ 给您看实拍';
    const found = serious(text).find((f) => f.category === 'offplatform');
    expect(found && text.slice(found.start, found.end)).toContain('ⅴⅹ');
  });
  it.each(['这款精华含α-熊果苷和烟酰胺', '屏幕色差ΔE小于2 适合修图'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('round 10: Cantonese drafts read through their Mandarin words', () => {
  it('flags money sent outside in Cantonese: "直接轉俾我"', () => expect(categoriesOf('件衫錢你直接 支付寶 轉俾我 唔使落單')).toContain('offplatform'));
  it('leaves the shop stating it has no such offer alone', () => expect(serious('平台唔俾用晒圖換返現 我哋冇呢個活動')).toEqual([]));
});

describe('round 10: the app a device pairs with is no other channel', () => {
  it.each(['手环连不上的话 先关掉蓝牙再打开 然后在app里重新配对', '摄像头要先打开App添加设备 再连家里的wifi'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['下载我们自己的app 价格更低', '打开我们的App领券 每单减五块'])('flags the shop’s own app: %s', (text) =>
    expect(serious(text).map((f) => f.rule)).toContain('offplatform.app'),
  );
});
