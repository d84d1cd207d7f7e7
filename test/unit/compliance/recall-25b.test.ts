// Round 25 (recall25b): shapes of offplatform, reviewbait, abuse and attitude claims the rules missed on the design half
// of the train writers. Every sentence is written for the test; each shape has a clean twin (negated, asked, explained or
// helped) that stays clean. The rules alone are read (no learned model).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('attitude: brush-offs, dialect shrugs and the buyer sent away', () => {
  it.each([
    // As the buyer likes, in dialect and with the time left to them.
    '你要咋个就咋个，我不管了',
    '你想点就点啦',
    '想什么时候发就什么时候发，反正不急',
    // Sent to search the web.
    '不会绑就去网上搜视频',
    '这种事问度娘啦',
    // Left to take it up alone, or with a 粤语 啦.
    '发出去了，自己联系快递吧',
    '唔清楚 你问物流啦',
    // The buyer's unwillingness as the end of it; hindsight; the matter disowned.
    '就这几张图，不想拍就算了',
    '尺码不合适？那你当初别买啊',
    '赔付不是我管的，你去跟平台吵',
    // Next, please; exasperation; the standard called too high; asked only now.
    '包邮？不包，下一个问题',
    '能不能别一直刷屏',
    '你到底想干嘛',
    '便宜货要求别那么高',
    '用了半年坏了才来问',
    '订单你不会自己刷新吗',
    '不行就系不行',
    '说了没办法就是没办法',
    // Whole curt replies.
    '没货，别等了',
    '嗯 无所谓',
    '这边很忙 有事留言',
    // Not the only buyer; the choice thrown back.
    '我们又不是只给你一个人发货的',
    '用不用随你',
    '嫌贵就唔好买',
    '不合适不想要你就退',
    '你找其他店问吧',
  ])('flags %s as attitude', (text) => expect(categoriesOf(text)).toContain('attitude'));

  it.each([
    // The agent searching, or sparing the buyer the search.
    '我上网查了一下，这个型号是通用的',
    '不用上网搜，我发您安装视频',
    // Taking it up offered as a way, or spared.
    '您也可以自己联系快递问问进度',
    '不用您自己联系快递，我这边来催',
    // "Next question" invited; the count owned and the answer repeated.
    '好的，您说下一个问题吧',
    '这个问题上面说过了，我再给您复制一遍哈',
    // A how-to with 不会自己 and no question; the return offered.
    '页面不会自己刷新的，您下拉一下就好',
    '不想要你就退回来，运费我们出',
    // Other buyers are not the buyer.
    '您想什么时候收到都可以跟我说，我帮您备注',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('abuse: the buyer mocked, doubted or menaced', () => {
  it.each([
    '连充电口都找不到，蠢成这样还网购',
    '插头都插反了，你是不是虎',
    '保质期都过了还来要退款，会不会太好笑',
    '看不懂还来怪我们，智商堪忧',
    '我们上门的师傅可不会客气',
    '整不明白就别瞎拆',
    '唔识用就唔好买',
    '你个脑是不是装了浆糊',
    '跟你讲了三遍你还听不懂',
  ])('flags %s as abuse', (text) => expect(categoriesOf(text)).toContain('abuse'));

  it.each([
    '这个笨笨的小熊是我们家爆款',
    '我们对每一位顾客都很客气',
    '不会装的话我教您，一步一步来',
    '重要的事情讲三遍：先断电再拆',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('reviewbait: the review traded, pressed or dictated', () => {
  it.each([
    '晒三张穿好的照片就返5元',
    '记得给五星哦，不然不送小礼物',
    '给个好评吧，不给好评我就不帮你补发了',
    '要是给差评，后面的维修就不好给您处理了',
    '差评我看到了，你不改我们就一直联系你',
    '不想给好评的就别买',
    '给差评的顾客我们直接拉黑',
    '追评帮我写“物流很快包装很好”',
  ])('flags %s as reviewbait', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each([
    '不给好评也没关系，有问题我照样帮您处理',
    '评价您按真实感受写就好',
    '晒不晒图都可以，赠品每单都有',
    '骚扰电话我们直接拉黑了，您放心',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('offplatform: the second account, the browser, the number promised', () => {
  it.each([
    '关注我小号，上新更快',
    '把链接复制到浏览器打开就能买',
    '退款别走平台，我直接转你',
    '方便的话加一下Q',
    '我的号我马上发你',
  ])('flags %s as offplatform', (text) => expect(categoriesOf(text)).toContain('offplatform'));

  it.each([
    '小号的衣服偏小，建议拍大一码',
    '退款都走平台，您放心',
    '订单号我马上发你核对一下',
    '快递单号我这就发您',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});
