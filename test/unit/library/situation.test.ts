// suggestForSituation: the conversation, the order card and the product card decide together.
import { describe, expect, it } from 'vitest';
import type { OrderState } from '../../../utils/library/order-state';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import {
  isAddress,
  isChaser,
  pickWarning,
  possibleStates,
  promisesToCheck,
  situationFromConversation,
  suggestForSituation,
  SITUATION_WINDOW,
  type Situation,
} from '../../../utils/library/situation';
import { parseSituation } from '../../../utils/library/situation-schema';
import { createSuggester } from '../../../utils/library/suggest';
import type { Conversation } from '../../../utils/workbench/types';
import { CHASING_SITUATION, makePhrase } from './helpers';

const builtin = createSuggester(BUILTIN_PHRASES);
const buyer = (text: string) => ({ direction: 'buyer' as const, text });
const agent = (text: string) => ({ direction: 'agent' as const, text });
const run = (situation: Situation, top = 5) => suggestForSituation(builtin, situation, { top, now: 0 });

describe('the conversation, not the last line', () => {
  it('carries the open question over a chaser', () => {
    for (const chaser of ['快点啊', '？？？', '在吗', '😡', '[图片]', '人呢']) {
      const result = run({ messages: [buyer('我的快递三天没动了'), buyer(chaser)] }, 3);
      expect(result.text).toBe(chaser);
      expect(result.suggestions[0]!.phrase.intents, chaser).toContain('logistics.delay');
      expect(result.suggestions[0]!.reason).toContain('之前的问题');
    }
  });

  it('reads a chaser after the agent promised to check as chasing that answer, with the wait next to it', () => {
    const result = run({ messages: [buyer('我的快递三天没动了'), agent('我去查一下，请稍等'), buyer('好了没')] }, 3);
    expect(result.suggestions[0]!.phrase.intents).toContain('logistics.delay');
    expect(result.suggestions[0]!.reason).toBe('买家在催之前的问题：物流延误');
    expect(result.suggestions.flatMap((s) => s.phrase.intents)).toContain('wait');
    // A chase in more words (「核实好了没 我要换」) is still chasing the promised answer.
    for (const chase of ['核实好了没 我要换', '好了没啊 都十分钟了', '查到了吗 咋样了']) {
      const chased = run({ messages: [buyer('我的快递三天没动了'), agent('我去查一下，请稍等'), buyer(chase)] }, 3);
      expect(chased.suggestions[0]!.phrase.intents, chase).toContain('logistics.delay');
    }
    // A buyer who agrees to wait gets the wait first, the topic next to it.
    const agreed = run({ messages: [buyer('我的快递三天没动了'), agent('我去查一下，请稍等'), buyer('好的 我等你')] }, 3);
    expect(agreed.suggestions[0]!.phrase.intents).toContain('wait');
    expect(agreed.suggestions[0]!.reason).toBe('您说过会去查，买家在等结果');
    expect(agreed.suggestions.flatMap((s) => s.phrase.intents)).toContain('logistics.delay');
    // A short chase whose words also read as a question of their own (好了没呀 as refund progress, 问到了吗 as
    // tracking) is still chasing what the agent went to check.
    for (const [question, intent, chase] of [
      ['剃毛器刀头能单独买吗', 'product.stock', '好了没呀'],
      ['奶粉生产日期是几月的 想要新鲜点', 'product.material', '问到了吗'],
    ] as const) {
      const chased = run({ messages: [buyer(question), agent('亲 稍等我问下仓库'), buyer(chase)] }, 3);
      expect(chased.intent, chase).toBe(intent);
      expect(chased.suggestions.flatMap((s) => s.phrase.intents), chase).toContain('wait');
    }
    // Waiting impatiently (「快点 我爸等着呢」) chases; only a buyer who says they will wait gets the wait first.
    const shoes = [buyer('给我爸买的鞋磨脚 能退吗'), agent('亲 稍等 我帮您查一下订单')];
    const delivered = { id: '1', status: '已签收' };
    expect(run({ messages: [...shoes, buyer('快点 我爸等着呢')], order: delivered }).intent).toBe('return.policy');
    expect(run({ messages: [...shoes, buyer('好的 我等着')], order: delivered }).intent).toBe('wait');
    // The question before the promise stays the question, even when it counts the wait (「都四天了」).
    const counted = run({ messages: [buyer('买的纸巾都四天了还没发 到底什么时候发'), agent('亲 我帮您查一下哈'), buyer('查得怎么样')], order: { id: '1', status: '待发货' } }, 3);
    expect(counted.intent).toBe('shipping.time');
    expect(counted.suggestions.flatMap((s) => s.phrase.intents)).toContain('shipping.time');
    // Without the promise, 好了没 after the complaint is the complaint again, not a greeting.
    const plain = run({ messages: [buyer('我的快递三天没动了'), buyer('好了没')] }, 3);
    expect(plain.suggestions[0]!.phrase.intents).toContain('logistics.delay');
  });

  it('answers two questions in a row in the top list', () => {
    const intents = run({ messages: [buyer('什么时候发货'), buyer('能开发票吗')] }, 3).suggestions.map((s) => s.phrase.intents[0]);
    expect(intents).toContain('invoice');
    expect(intents).toContain('shipping.time');
  });

  it('puts first, of two questions asked together, the reply that answers both', () => {
    const delivered = { id: '1', status: '已签收' };
    for (const text of ['面霜用了脸上起疹子 用了一半能退吗', '牛肉拆开是臭的 能全退吗']) {
      const first = run({ messages: [buyer(text)], order: delivered }, 3).suggestions[0]!.phrase.intents;
      expect(first, text).toEqual(expect.arrayContaining(['quality.issue', 'return.policy']));
    }
  });

  it('puts first, of several questions read about as surely, the one asked first', () => {
    expect(run({ messages: [buyer('能便宜点吗 能开发票不')] }).intent).toBe('price.bargain');
    expect(run({ messages: [buyer('能开发票不 能便宜点吗')] }).intent).toBe('invoice');
    expect(run({ messages: [buyer('能开发票不'), buyer('能便宜点吗')] }).intent).toBe('invoice');
    // 「V不V」 asks whatever the verb: 送不送 and 防不防水 are two questions, in the order asked.
    expect(run({ messages: [buyer('这个包防不防水 送不送肩带')] }).intent).toBe('product.material');
    expect(run({ messages: [buyer('送不送肩带 这个包防不防水')] }).intent).toBe('price.coupon');
  });

  it('reads a statement that opens a question of the same topic as asked first (地址填错了 … 能改吗 is about the address)', () => {
    const order = { id: '1', status: '待发货' };
    expect(run({ messages: [buyer('收货地址填错了 写成公司的了 能帮我改一下吗')], order }).intent).toBe('order.change-address');
    // A statement of another topic still ranks after the question.
    expect(run({ messages: [buyer('我想拿50箱 能开发票不')] }).intent).toBe('invoice');
  });

  it('reads 「还没发吧」 beside a change as asked for the change\'s sake: the change leads, alone it asks about shipping', () => {
    for (const order of [undefined, { id: '1', status: '待发货' }]) {
      for (const [change, intent] of [
        ['地址写错了，帮我改成杭州市西湖区文三路100号', 'order.change-address'],
        ['要改地址 寄到我妈家 电话也换一下', 'order.change-address'],
        ['帮我取消订单', 'order.cancel'],
      ] as const) {
        for (const check of ['还没发吧', '还没出库应该能改吧', '快点 怕发出去了']) {
          const result = run({ messages: [buyer(change), buyer(check)], ...(order ? { order } : {}) }, 3);
          expect(result.intent, `${change} / ${check}`).toBe(intent);
          expect(result.suggestions[0]!.phrase.intents, `${change} / ${check}`).toContain(intent);
        }
      }
    }
    // Alone, or as a complaint that it has not left, it asks when the order ships.
    expect(run({ messages: [buyer('还没发吧')], order: { id: '1', status: '待发货' } }).intent).toBe('shipping.time');
    expect(run({ messages: [buyer('都三天了怎么还没发货')], order: { id: '1', status: '待发货' } }).intent).toBe('shipping.time');
  });

  it('keeps the question before the agent\'s reply open under a reaction to that reply that reads unsurely', () => {
    const messages = [buyer('帐篷杆子断了一根 刚搭就断了'), agent('亲亲 我们这边给您补发一根杆子可以吗'), buyer('要多久')];
    const result = run({ messages }, 3);
    expect(result.intent).toBe('quality.issue');
    expect(result.suggestions[0]!.reason).toContain('之前问的');
    // A latest turn read surely is the question, whatever came before.
    expect(run({ messages: [buyer('帐篷杆子断了一根 刚搭就断了'), agent('亲亲 我们这边给您补发一根杆子可以吗'), buyer('能开发票吗')] }).intent).toBe('invoice');
  });

  it('keeps the problem open after the agent asked for a photo: 「拍了你看看」 is not a photo review', () => {
    const messages = [buyer('花瓶收到碎成两半了'), agent('亲 麻烦您拍一下破损的照片哦'), buyer('[图片]'), buyer('拍了你看看')];
    const intents = run({ messages, order: { id: '1', status: '已签收' } }, 3).suggestions.flatMap((s) => s.phrase.intents);
    expect(intents).toContain('damaged');
    expect(intents).not.toContain('review');
  });

  it('reads an address sent as asked as an answer to the agent, not a question about those places', () => {
    const messages = [buyer('亲 地址能改吗 我搬家了'), agent('亲 还没发货的话可以改的，麻烦发一下新地址哦'), buyer('成都市武侯区佳灵路 锦城花园3栋2单元1102 张女士')];
    expect(isAddress(messages[2]!.text)).toBe(true);
    expect(isAddress('能发到成都市武侯区佳灵路吗')).toBe(false);
    expect(run({ messages, order: { id: '1', status: '待发货' } }, 3).suggestions[0]!.phrase.intents).toContain('order.change-address');
  });

  it('ranks a question the agent already answered lower than the one still open', () => {
    const messages = [buyer('包邮吗'), buyer('什么时候发货'), agent('亲，我们全国大部分地区包邮的'), buyer('？')];
    const top = run({ messages }, 3).suggestions;
    expect(top[0]!.phrase.intents).toContain('shipping.time');
    expect(top.findIndex((s) => s.phrase.intents.includes('shipping.coverage'))).not.toBe(0);
  });

  it('answers indignation about a named problem on the problem, and a threat to take it further on the complaint first', () => {
    const delivered = { id: '1', status: '已签收' };
    const broken = run({ messages: [buyer('鸡蛋碎了好几个 你们这什么破店 太离谱了')], order: delivered }, 3);
    expect(broken.intent).toBe('damaged');
    expect(broken.suggestions.flatMap((s) => s.phrase.intents)).toContain('complaint');
    expect(run({ messages: [buyer('等了五天还没发货 你们就是这样做生意的？')], order: { id: '1', status: '待发货' } }).intent).toBe('shipping.time');
    expect(run({ messages: [buyer('鸡蛋碎了好几个 你们这什么破店 我要投诉')], order: delivered }).intent).toBe('complaint');
    expect(run({ messages: [buyer('等了五天还没发货 再不发我就申请平台介入')], order: { id: '1', status: '待发货' } }).intent).toBe('complaint');
  });

  it('reads thanks that ask nothing as closing, whatever else they mention; a bare 好的 agrees to the agent\'s proposal', () => {
    const delivered = { id: '1', status: '已签收' };
    expect(run({ messages: [buyer('台灯收到了 没毛病 谢谢')], order: delivered }).intent).toBe('thanks-bye');
    const agreed = run({ messages: [buyer('杯子上有个裂纹'), agent('非常抱歉 给您补发一个可以吗'), buyer('好的')], order: delivered });
    expect(agreed.intent).toBe('damaged');
  });

  it('reads 「收到了，谢谢」 as closing thanks, not as a tracking or follow-up question; a problem after the receipt still leads', () => {
    const asked = [buyer('快递到哪了'), agent('亲，显示今天派送哦')];
    for (const text of ['收到了，谢谢', '签收了 谢谢', '快递到了 谢谢啊', '包裹收到了，谢谢', '收到啦 谢谢']) {
      for (const order of [undefined, { id: '1', status: '已发货' }, { id: '1', status: '已签收' }]) {
        for (const messages of [[buyer(text)], [...asked, buyer(text)]]) {
          const result = run({ messages, ...(order ? { order } : {}) }, 3);
          expect(result.intent, `${text} ${order?.status}`).toBe('thanks-bye');
          expect(result.suggestions[0]!.phrase.intents[0], `${text} ${order?.status}`).toBe('thanks-bye');
        }
      }
    }
    expect(run({ messages: [buyer('收到了 但是杯子碎了一个')], order: { id: '1', status: '已签收' } }).intent).toBe('damaged');
  });

  it('does not index a trigger that only says the goods arrived: a receipt asks for no reply of its own', () => {
    const library = createSuggester([
      makePhrase({ id: 'visit', intents: ['review'], triggers: ['收到了', '东西到了', '签收啦', '评价'] }),
      makePhrase({ id: 'open-return', intents: ['return.policy'], triggers: ['拆开了'] }),
    ]);
    for (const text of ['收到了', '东西到了', '签收啦']) expect(library.read(text, false).trigger, text).toEqual(new Float32Array(0));
    expect(library.read('帮我评价一下', false).phrases).toEqual(Int32Array.from([0]));
    // Opening the goods is not an arrival: it still speaks for a return.
    expect(library.read('拆开了', false).phrases).toEqual(Int32Array.from([1]));
  });

  it('tells chasers and check promises apart from real messages', () => {
    expect(['？？', '快点', '好了没', '  人呢 ', '👍👍', '[图片]', ''].every(isChaser)).toBe(true);
    expect(['快点发货', '在吗 多久发货', '好的谢谢'].some(isChaser)).toBe(false);
    // Chasers one after another, with particles or a form of address between them, still only chase.
    expect(['在吗在吗', '在吗在吗在吗', '人呢 回一下', '回一下啊老板', '老铁 回个话', '有人没啊？？'].every(isChaser)).toBe(true);
    expect(['在吗在吗 多久发货', '回一下 能便宜点吗', '老板 有货吗', '在吗在吗 我要退货'].some(isChaser)).toBe(false);
    for (const chaser of ['在吗在吗', '人呢 回一下']) {
      const chased = run({ messages: [buyer('沙发能拆开搬上楼吗 我家楼道很窄'), buyer(chaser)] }, 3);
      expect(chased.suggestions[0]!.reason, chaser).toContain('之前的问题');
      expect(chased.suggestions[0]!.phrase.intents, chaser).not.toContain('greeting');
    }
    expect(promisesToCheck('好的亲，我去查一下，请稍等')).toBe(true);
    expect(promisesToCheck('亲，我们是48小时内发货的哦')).toBe(false);
  });
});

describe('order facts', () => {
  it('reads the words of a pre-delivery question on a delivered order as the after-sale question they are', () => {
    const delivered = { id: '1', status: '交易成功' };
    // 「停了」 on a delivered order is a fault, not a parcel stuck on the way.
    const stopped = run({ messages: [buyer('电风扇开了一会就自动停了 是不是坏了')], order: delivered }, 3);
    expect(stopped.intent).toBe('quality.issue');
    expect(stopped.suggestions.flatMap((s) => s.phrase.intents)).not.toContain('logistics.delay');
    // 「在哪里点 怎么弄」 after delivery is how to return, not how to order.
    expect(run({ messages: [buyer('找不到在哪里点啊 怎么弄')], order: { id: '1', status: '已签收' } }).intent).toBe('return.howto');
    // 「到哪了」 once the refund went through asks about the money, not a parcel.
    expect(run({ messages: [buyer('到哪了 怎么还没收到')], order: { id: '1', status: '退款成功' } }).intent).toBe('refund.progress');
  });

  it('never suggests a shipping notice on an order waiting to ship', () => {
    for (const status of ['待发货', '等待卖家发货', '买家已付款', '已付款']) {
      const top = run({ messages: [buyer('什么时候发货啊 急用')], order: { id: '1', status }, platform: 'qianniu' }, 5).suggestions;
      expect(top.length).toBeGreaterThan(0);
      for (const suggestion of top) {
        expect(suggestion.phrase.orderFacts, `${status}: ${suggestion.phrase.id}`).not.toContain('shipped');
        expect(suggestion.phrase.body, `${status}: ${suggestion.phrase.id}`).not.toMatch(/已经发出|已发货|已经发货/);
      }
    }
  });

  it('reads 「什么时候发货」 on a shipped order as tracking, and 「到哪了」 on an unshipped one as shipping', () => {
    expect(run({ messages: [buyer('什么时候发货')], order: { id: '1', status: '卖家已发货' } }).suggestions[0]!.phrase.intents).toContain('logistics.track');
    expect(run({ messages: [buyer('我的快递到哪了')], order: { id: '1', status: '待发货' } }).suggestions[0]!.phrase.intents).toContain('shipping.time');
  });

  it('puts a reply that takes an after-sale for granted below an equal one until the page or the buyer shows the after-sale', () => {
    // Two replies alike in everything but what they take for granted, the after-sale one listed first.
    const library = createSuggester([
      makePhrase({ id: 'after-sale-parcel', intents: ['logistics.delay'], triggers: ['没动了'], orderFacts: ['after-sale'] }),
      makePhrase({ id: 'parcel-on-its-way', intents: ['logistics.delay'], triggers: ['没动了'], orderFacts: ['in-transit'] }),
    ]);
    const first = (situation: Situation) => suggestForSituation(library, situation, { now: 0 }).suggestions[0]!.phrase.id;
    expect(first({ messages: [buyer('快递三天没动了')] })).toBe('parcel-on-its-way');
    expect(first({ messages: [buyer('快递三天没动了'), buyer('快点啊')] })).toBe('parcel-on-its-way');
    // The page shows the after-sale: the after-sale reply may lead (the other one is ruled out there).
    expect(first({ messages: [buyer('快递三天没动了')], order: { id: '1', status: '售后中' } })).toBe('after-sale-parcel');
    // So may the buyer's words, without a card.
    expect(first({ messages: [buyer('换货的快递三天没动了')] })).toBe('after-sale-parcel');
    // The built-in library: the generic 物流未更新 reply, not 售后包裹慢了, for a parcel with no card shown.
    for (const messages of [[buyer('我的快递三天没动了')], [buyer('我的快递三天没动了'), buyer('快点啊')]]) {
      const top = run({ messages }, 3).suggestions[0]!.phrase;
      expect(top.intents.some((intent) => intent.startsWith('logistics.')), top.id).toBe(true);
      expect(top.orderFacts, top.id).not.toContain('after-sale');
    }
    expect(run({ messages: [buyer('我的快递三天没动了')], order: { id: '1', status: '售后中' } }).suggestions[0]!.phrase.orderFacts).toContain('after-sale');
  });

  it('reads 「还没到」 of a refund\'s money as refund progress, of a parcel as logistics, in an after-sale', () => {
    const afterSale = { id: '1', status: '售后中' };
    for (const text of ['退款都申请一周了 怎么还没到 钱到底退到哪去了', '钱怎么还没到啊 都五天了', '退的钱到哪了']) {
      const result = run({ messages: [buyer(text)], order: afterSale }, 3);
      expect(result.intent, text).toBe('refund.progress');
      expect(result.suggestions[0]!.phrase.intents, text).toContain('refund.progress');
    }
    // A parcel named: the exchange or reissue parcel is late, whatever money is mentioned.
    for (const text of ['补发的快递怎么还没到', '换的那件怎么还没到']) {
      expect(run({ messages: [buyer(text)], order: afterSale }).suggestions[0]!.phrase.intents, text).toContain('logistics.delay');
    }
  });

  it('reads a question about the way of paying, once a refund is under way or done, as where the money goes back', () => {
    for (const status of ['退款中', '退款成功']) {
      for (const text of ['钱是退到支付宝还是银行卡啊', '我当时用的信用卡付的 退哪里']) {
        const result = run({ messages: [buyer(text)], order: { id: '1', status } }, 3);
        expect(result.intent, `${status}: ${text}`).toBe('refund.progress');
        expect(result.suggestions[0]!.phrase.intents[0], `${status}: ${text}`).toBe('refund.progress');
      }
    }
    expect(run({ messages: [buyer('能用花呗吗')], order: { id: '1', status: '待付款' } }).intent).toBe('payment.method');
  });

  it('answers 「退款什么时候到账」 with the refund, not the shipping-insurance claim that shares its words', () => {
    for (const order of [undefined, { id: '1', status: '退款中' }]) {
      const first = run({ messages: [buyer('退款什么时候到账')], ...(order ? { order } : {}) }, 3).suggestions[0]!;
      expect(first.intents[0], first.phrase.id).toBe('refund.progress');
      expect(first.phrase.intents, first.phrase.id).not.toContain('return.shipping-fee');
    }
    // The shipping insurance asked by name still gets the insurance reply.
    expect(run({ messages: [buyer('运费险什么时候到账')] }).suggestions[0]!.phrase.intents).toContain('return.shipping-fee');
  });

  it('warns when a phrase picked by hand says something the page contradicts', () => {
    const notice = BUILTIN_PHRASES.find((phrase) => phrase.id === 'notice-ship-01')!;
    const waiting: Situation = { messages: [buyer('发了吗')], order: { id: '1', status: '待发货' } };
    expect(pickWarning(notice, waiting)).toBe('页面显示：待发货，这条话术说「已发货」');
    expect(pickWarning(notice, { ...waiting, order: { id: '1', status: '已发货' } })).toBeNull();
    expect(pickWarning(notice, { messages: [buyer('发了吗')] })).toBeNull();
    const skincare = BUILTIN_PHRASES.find((phrase) => phrase.id === 'usage-03')!;
    expect(pickWarning(skincare, { messages: [buyer('怎么用')], product: { name: '纯棉四件套 1.8米床' } })).toBe('商品是家居家纺类，这条话术写给美妆护肤');
  });
});

describe('product category', () => {
  it('never shows skincare steps for bedding', () => {
    for (const text of ['那1.5米的床能用吗', '这个怎么用', '怎么洗', '这个用法是什么']) {
      const top = run({ messages: [buyer(text)], product: { name: '纯棉四件套 1.8米床 奶油格' }, platform: 'feige' }, 5).suggestions;
      for (const suggestion of top) expect(suggestion.phrase.categories.length === 0 || suggestion.phrase.categories.includes('家居家纺'), `${text}: ${suggestion.phrase.id}`).toBe(true);
    }
  });

  it('ranks category-specific phrases below generic ones when the category is unknown', () => {
    const phrases = [
      makePhrase({ id: 'skin', title: '用法', body: '护肤用法', intents: ['product.usage'], triggers: ['怎么用'], categories: ['美妆护肤'] }),
      makePhrase({ id: 'any', title: '用法', body: '通用用法', intents: ['product.usage'], triggers: ['怎么用'] }),
    ];
    const suggester = createSuggester(phrases);
    const order = (situation: Situation) => suggestForSituation(suggester, situation, { now: 0 }).suggestions.map((s) => s.phrase.id);
    expect(order({ messages: [buyer('怎么用')] })).toEqual(['any', 'skin']);
    expect(order({ messages: [buyer('怎么用')], product: { name: '玻尿酸补水保湿面霜 50ml 秋冬滋润' } })).toEqual(['skin', 'any']);
    // One product noun and nothing else: likely, but not sure enough to put the specific wording first.
    expect(order({ messages: [buyer('怎么用')], product: { name: 'XX 面霜 50ml' } })).toEqual(['any', 'skin']);
    expect(order({ messages: [buyer('怎么用')], product: { name: '不锈钢保温杯 500ml' } })).toEqual(['any']);
  });
});

describe('placeholders and guesses', () => {
  it('puts the reply that needs nothing typed in first among equals', () => {
    const phrases = [
      makePhrase({ id: 'ask', title: '单号', body: '单号是{快递单号}', intents: ['logistics.track'], triggers: ['单号'] }),
      makePhrase({ id: 'page', title: '单号', body: '{买家昵称}，订单页可以查看单号', intents: ['logistics.track'], triggers: ['单号'] }),
    ];
    const top = suggestForSituation(createSuggester(phrases), { messages: [buyer('单号多少')] }, { now: 0 }).suggestions;
    expect(top.map((s) => s.phrase.id)).toEqual(['page', 'ask']);
  });

  it('is never empty: stage replies for the order state, marked as a guess', () => {
    const result = run({ messages: [buyer('zzzz 1234')], order: { id: '1', status: '已签收' } }, 3);
    expect(result.suggestions).toHaveLength(3);
    for (const suggestion of result.suggestions) {
      expect(suggestion.guess).toBe(true);
      expect(suggestion.reason).toContain('已签收');
    }
    const noOrder = run({ messages: [buyer('zzzz 1234')] }, 3);
    expect(noOrder.suggestions.length).toBeGreaterThan(0);
    expect(noOrder.suggestions.every((s) => s.guess && s.reason.length > 0)).toBe(true);
    expect(run({ messages: [] }).suggestions).toEqual([]);
  });

  it('gives every suggestion a short reason', () => {
    for (const suggestion of run({ messages: [buyer('亲 这个啥时候能发货啊')] }).suggestions) {
      expect(suggestion.reason.length).toBeGreaterThan(3);
      expect(suggestion.reason.length).toBeLessThanOrEqual(60);
      expect(suggestion.guess).toBe(false);
    }
  });
});

describe('one code path for the panel and the CLI', () => {
  const conversation: Conversation = {
    platform: 'pinduoduo',
    platformName: '拼多多',
    key: 'pinduoduo:buyer-1',
    buyer: { name: '小林', id: 'buyer-1' },
    messages: [
      { direction: 'system', text: '买家已下单', id: 'm0' },
      { direction: 'buyer', text: '我的快递三天没动了', time: '10:01' },
      { direction: 'agent', text: '亲我马上帮您查一下' },
      { direction: 'buyer', text: '快点啊', time: '10:05' },
    ],
    product: { name: '无线蓝牙耳机 主动降噪', price: '199.00', id: 'g-1' },
    order: { id: '231204-77302190001', status: '已发货' },
  };
  const cliLine = JSON.stringify(CHASING_SITUATION);

  it('turns the panel conversation into the situation the CLI reads from the same page', () => {
    const fromPanel = situationFromConversation(conversation);
    const parsed = parseSituation(JSON.parse(cliLine));
    expect(parsed.ok).toBe(true);
    expect(fromPanel).toEqual(parsed.ok && parsed.situation);
    const list = (situation: Situation) => run(situation).suggestions.map((s) => [s.phrase.id, s.score, s.reason]);
    expect(list(fromPanel)).toEqual(list(parsed.ok ? parsed.situation : fromPanel));
  });

  it('rejects a malformed situation in Chinese', () => {
    const bad = parseSituation({ messages: [{ direction: 'customer', text: '在吗' }] });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('direction 必须是');
    expect(parseSituation({ messages: 'x' }).ok).toBe(false);
  });

  it('reads only a window of a long message or conversation, so a page cannot stall it', () => {
    const long = `${'啊'.repeat(50_000)}什么时候发货`;
    const result = run({ messages: [buyer(long)] }, 3);
    expect(result.text).toBe(long);
    expect(result.suggestions[0]!.phrase.intents).toContain('shipping.time');
    const many = Array.from({ length: 500 }, (_, i) => buyer(i % 2 ? '在吗' : '随便说说'));
    expect(run({ messages: [...many, buyer('能开发票吗')] }).suggestions[0]!.phrase.intents).toContain('invoice');
    expect(SITUATION_WINDOW.messages).toBeLessThanOrEqual(20);
  });
});

describe('what the buyer says about the parcel', () => {
  it('narrows a lagging card: goods in hand are no longer in transit', () => {
    const card = (state: OrderState) => ({ states: [state], sure: true });
    const states = (...args: Parameters<typeof possibleStates>) => possibleStates(...args)?.states;
    expect(states(card('shipped'), ['收到了 一箱压烂了'])).toEqual(['delivered']);
    expect(states(card('shipped'), ['榴莲千层到了都化了'])).toEqual(['delivered']);
    expect(states(card('shipped'), ['快递到了吗'])).toEqual(['shipped']);
    expect(states(card('shipped'), ['还没收到'])).toEqual(['shipped']);
    expect(states(card('shipped'), ['这个怎么回事'], true)).toEqual(['delivered']);
    expect(states(null, ['拆开一看是坏的'])).toEqual(['delivered', 'aftersale', 'refunded']);
    expect(states(card('paid'), ['收到了'])).toEqual(['paid']);
    // A receipt still to come narrows nothing.
    expect(states(card('shipped'), ['那我收到了再换吧'])).toEqual(['shipped']);
    expect(states(card('shipped'), ['等收到了再说'])).toEqual(['shipped']);
    expect(states(card('shipped'), ['收到了就是坏的'])).toEqual(['delivered']);
    expect(possibleStates(null, ['什么时候发货'])).toBeNull();
  });

  it('asserts nothing about an order whose status no wording knows, unless every state it may mean agrees', () => {
    // A workbench's own wording (拼团 待分享, a new platform's 订单锁定): the card proves an order, not a stage.
    for (const status of ['订单锁定', '等待平台审核']) {
      for (const text of ['怎么还没发货', '快递到哪了', '什么时候到', '在吗']) {
        for (const suggestion of run({ messages: [buyer(text)], order: { id: '1', status } }, 3).suggestions) {
          expect(suggestion.phrase.orderFacts.every((fact) => fact === 'ordered'), `${status} ${text}: ${suggestion.phrase.id}`).toBe(true);
        }
      }
    }
    // What the parts of an unknown status say still counts: a group order waiting for members has not shipped …
    for (const text of ['怎么还没发货', '快递到哪了', '什么时候到']) {
      for (const suggestion of run({ messages: [buyer(text)], order: { id: '1', status: '待分享确认' } }, 3).suggestions) {
        expect(suggestion.phrase.orderFacts, `${text}: ${suggestion.phrase.id}`).not.toContain('shipped');
        expect(suggestion.phrase.orderFacts, `${text}: ${suggestion.phrase.id}`).not.toContain('in-transit');
      }
    }
    // … and a problem with the goods on a 部分签收 card is answered as one.
    const delivered = run({ messages: [buyer('东西坏了 怎么处理')], order: { id: '1', status: '部分签收' } }, 3).suggestions;
    expect(delivered[0]!.phrase.intents.some((intent) => intent === 'damaged' || intent === 'quality.issue')).toBe(true);
    for (const suggestion of delivered) expect(suggestion.phrase.orderFacts, suggestion.phrase.id).not.toContain('in-transit');
    expect(pickWarning(BUILTIN_PHRASES.find((phrase) => phrase.id === 'notice-ship-01')!, { messages: [buyer('发了吗')], order: { id: '1', status: '订单锁定' } })).toBe(
      '页面显示：订单锁定，无法确认这条话术说的「已发货」',
    );
  });

  it('never offers a reply the page contradicts, even when the buyer is ahead of a lagging card', () => {
    // 已发货 on the card, the parcel in the buyer's hands: 「您已签收」 is not what the page shows, 「已经发出」 still is true.
    for (const text of ['收到了 谢谢', '东西收到了 挺好的', '收到了 怎么用']) {
      for (const suggestion of run({ messages: [buyer(text)], order: { id: '1', status: '已发货' } }, 5).suggestions) {
        expect(suggestion.phrase.orderFacts, `${text}: ${suggestion.phrase.id}`).not.toContain('delivered');
        expect(suggestion.phrase.orderFacts, `${text}: ${suggestion.phrase.id}`).not.toContain('in-transit');
      }
    }
  });

  it('has logistics replies for the parcels of an after-sale (exchange, reissue) while the order is 售后中', () => {
    const top = run({ messages: [buyer('补发的那个物流好几天不动了')], order: { id: '1', status: '换货中' } }, 3).suggestions;
    expect(top[0]!.phrase.intents.some((intent) => intent === 'logistics.delay' || intent === 'logistics.track')).toBe(true);
    for (const suggestion of top) expect(suggestion.phrase.orderFacts, suggestion.phrase.id).not.toContain('in-transit');
  });

  it('never offers an in-transit reply to a buyer holding a broken item', () => {
    const top = run({ messages: [buyer('你好，我收到的这个包拉链拉不上，拉到一半就卡住了，怎么办')], order: { id: '1', status: '卖家已发货' } }).suggestions;
    for (const suggestion of top) expect(suggestion.phrase.orderFacts, suggestion.phrase.id).not.toContain('in-transit');
  });
});
