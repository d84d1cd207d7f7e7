import type { Phrase } from '../types';
import { definePhrases } from './define';

// Agent-initiated messages: unpaid reminders, shipping notices, delay alerts, follow-ups, review invitations, big-sale replies.
// Review invitations never offer anything in return for a review.

const unpaidReminders = definePhrases({ group: '催付', stage: '售前' }, [
  {
    id: 'unpaid-01', title: '温和催付', code: 'cf1', tags: ['亲切', '主动'], intents: ['order.howto', 'payment.method'],
    orderFacts: ['unpaid'],
    body: '{买家昵称}您好，看到您拍下的{商品名}还没付款哦~是遇到什么问题了吗？有疑问随时问我，付款后我们就安排发货。',
    triggers: ['还没付', '忘了付款', '待付款', '没付款', '等会付'],
    examples: ['等会再付', '我忘记付款了'],
  },
  {
    id: 'unpaid-02', title: '关闭前提醒', code: 'cf2', tags: ['正式', '主动'], intents: ['order.howto'],
    orderFacts: ['unpaid'],
    body: '您好，您在{店铺名}的订单{订单号}尚未付款，超时后系统会自动关闭订单。如仍需要，请在“待付款”中完成支付。',
    triggers: ['订单关闭', '待付款', '还能付吗', '超时', '关闭了吗'],
    examples: ['订单会关闭吗', '还能付款吗'],
  },
  {
    id: 'unpaid-03', title: '库存提醒催付', code: 'cf3', tags: ['亲切', '主动'], intents: ['order.howto', 'product.stock'],
    orderFacts: ['unpaid'],
    body: '亲，您选的规格库存不多了，付款后才会为您锁定库存哦~需要的话早点付款，我这边优先安排打包。',
    triggers: ['晚点付', '还在考虑', '明天付', '先拍着', '再想想'],
    examples: ['我先拍着明天付', '还在考虑'],
  },
  {
    id: 'unpaid-04', title: '优惠到期催付', code: 'cf4', tags: ['活泼', '主动'], intents: ['order.howto', 'price.coupon'],
    orderFacts: ['unpaid'],
    body: '温馨提醒~您领的优惠券快到期了，现在付款还能用上，别让优惠溜走啦！',
    triggers: ['券快过期', '优惠还在吗', '现在付划算吗', '还有优惠吗', '券'],
    examples: ['现在付还能用券吗', '优惠还在吗'],
  },
  {
    id: 'unpaid-05', title: '付款遇阻协助', code: 'cf5', tags: ['安抚', '主动'], intents: ['order.howto', 'payment.method'],
    orderFacts: ['unpaid'],
    body: '您好，看到订单还在待付款状态，是不是付款时遇到问题了？可以告诉我具体提示，我帮您看看怎么解决。',
    triggers: ['付不了', '付款有问题', '支付失败', '付不进去', '卡住了'],
    examples: ['付款一直失败', '支付页面卡住了'],
  },
  {
    id: 'unpaid-06', title: '地址确认催付', code: 'cf6', tags: ['正式', '主动'], intents: ['order.howto', 'order.change-address'],
    orderFacts: ['unpaid'],
    body: '您好，您的订单还未付款，付款前请再核对一下收货地址和规格，确认无误后完成支付即可，我们会尽快安排发出。',
    triggers: ['确认一下', '地址对吗', '规格对吗', '没问题吧', '核对'],
    examples: ['我核对一下再付', '地址对了吗'],
  },
  {
    id: 'unpaid-07', title: '截单前催付', code: 'cf7', tags: ['活泼', '主动'], intents: ['order.howto', 'shipping.time'],
    orderFacts: ['unpaid'],
    body: '叮~{截单时间}前付款的订单一般能赶上当天的打包批次哦，您的宝贝还在等您点付款呢！',
    triggers: ['今天能发吗', '付了今天发吗', '现在付', '几点前', '快点发'],
    examples: ['现在付今天能发吗', '几点前付款'],
  },
  {
    id: 'unpaid-08', title: '不打扰催付', code: 'cf8', tags: ['亲切', '主动'], intents: ['order.howto', 'thanks-bye'],
    orderFacts: ['unpaid'],
    body: '亲，订单还给您留着哦~不着急，您考虑好了再付款就行，有任何问题都可以在这里问我，不打扰您啦。',
    triggers: ['不急', '再说', '过两天', '还没想好', '等发工资'],
    examples: ['过两天再付', '还没想好'],
  },
]);

const shippingNotices = definePhrases({ group: '主动通知', stage: '售中' }, [
  {
    id: 'notice-ship-01', title: '发货通知', code: 'fhtz1', tags: ['亲切', '主动'], intents: ['shipping.time', 'logistics.track'],
    orderFacts: ['shipped'],
    body: '{买家昵称}您好，您的{商品名}已经发出啦~{快递公司}单号{快递单号}，签收时记得检查一下包裹哦！',
    triggers: ['发了吗', '发货了吗', '发货没', '什么时候发', '单号'],
    examples: ['发货了吗', '单号有了吗'],
  },
  {
    id: 'notice-ship-02', title: '正式发货通知', code: 'fhtz2', tags: ['正式', '主动'], intents: ['shipping.time', 'logistics.track'],
    orderFacts: ['shipped'],
    body: '您好，您在{店铺名}购买的订单{订单号}已发货，承运快递为{快递公司}，可在订单详情中查看物流进度。',
    triggers: ['发货', '已发货', '物流', '订单发了吗', '快递信息'],
    examples: ['我的订单发了吗', '有快递信息吗'],
  },
  {
    id: 'notice-ship-03', title: '派送提醒', code: 'fhtz3', tags: ['活泼', '主动'], intents: ['logistics.track'],
    orderFacts: ['in-transit'],
    body: '您的包裹已到达您所在的城市，正在派送中~留意取件消息，收到后有任何问题随时找{客服昵称}！',
    triggers: ['到了吗', '派送了吗', '今天到吗', '到哪了', '快到了吗'],
    examples: ['快到了吗', '今天能到吗'],
  },
  {
    id: 'notice-ship-04', title: '缺货延迟告知', code: 'fhtz4', tags: ['安抚', '主动'], intents: ['shipping.time', 'product.stock'],
    orderFacts: ['paid', 'not-shipped'],
    body: '{买家昵称}您好，非常抱歉，您购买的规格需要等补货才能发出。愿意等待的话订单为您保留；不想等可以申请退款。',
    triggers: ['为什么还不发', '缺货', '要等多久', '还发吗', '没货了吗'],
    examples: ['怎么还不发，是缺货吗', '还要等多久'],
  },
  {
    id: 'notice-ship-05', title: '签收验货提醒', code: 'fhtz5', tags: ['正式', '主动'], intents: ['logistics.track', 'damaged'],
    orderFacts: ['in-transit'],
    body: '您好，您的包裹即将送达。建议签收前检查外包装，如发现破损可当面拍照或拒收，以便我们及时为您处理。',
    triggers: ['签收', '验货', '快到了', '要检查吗', '收货注意'],
    examples: ['收货要注意什么', '要当面验货吗'],
  },
]);

const delayAlerts = definePhrases({ group: '主动通知', stage: '售中' }, [
  {
    id: 'notice-delay-01', title: '物流异常告知', code: 'wlyc1', tags: ['安抚', '主动'], intents: ['logistics.delay'],
    orderFacts: ['in-transit'],
    body: '{买家昵称}您好，我们发现您的包裹物流好几天没有更新，已主动联系快递查件，有结果会在这里通知您，给您添麻烦了。',
    triggers: ['物流不动', '没更新', '卡住了', '怎么回事', '异常'],
    examples: ['物流怎么不动了', '是不是有异常'],
  },
  {
    id: 'notice-delay-02', title: '区域延误告知', code: 'wlyc2', tags: ['正式', '主动'], intents: ['logistics.delay', 'shipping.coverage'],
    orderFacts: ['in-transit'],
    body: '您好，受天气影响，发往您所在地区的快递目前派送较慢，您的包裹仍在正常运输中，预计会比平时晚几天送达，敬请谅解。',
    triggers: ['为什么这么慢', '延误', '什么原因', '怎么还没到', '慢'],
    examples: ['为什么这么慢', '什么原因延误了'],
  },
  {
    id: 'notice-delay-03', title: '退回重发告知', code: 'wlyc3', tags: ['安抚', '主动'], intents: ['logistics.delay', 'order.change-address'],
    orderFacts: ['shipped'],
    body: '您好，快递反馈包裹因地址不全或联系不上被退回，非常抱歉。请确认收货地址是否需要更新，核对后我们为您重新寄出。',
    triggers: ['退回了', '为什么退回', '显示退回', '重新发', '地址有问题'],
    examples: ['为什么显示退回', '能重新发吗'],
  },
  {
    id: 'notice-delay-04', title: '丢件补发告知', code: 'wlyc4', tags: ['安抚', '主动'], intents: ['logistics.delay', 'wrong-item'],
    orderFacts: ['shipped'],
    body: '{买家昵称}您好，经快递核实您的包裹在运输中遗失，非常抱歉！我们已为您重新发出，新单号{快递单号}，请留意查收。',
    triggers: ['丢了', '丢件', '遗失', '找不到', '补发'],
    examples: ['快递丢了吗', '补发了吗'],
  },
  {
    id: 'notice-delay-05', title: '活泼延误告知', code: 'wlyc5', tags: ['活泼', '主动'], intents: ['logistics.delay'],
    orderFacts: ['in-transit'],
    body: '小提醒：您的包裹在路上多歇了一会儿，我们已经在催啦~一有新动态就告诉您，别着急哈！',
    triggers: ['还没到', '怎么不动', '物流慢', '在哪了', '催'],
    examples: ['怎么还在原地', '物流好慢'],
  },
]);

const followUps = definePhrases({ group: '回访', stage: '售后' }, [
  {
    id: 'followup-01', title: '签收回访', code: 'qshf1', tags: ['亲切', '主动'], intents: ['review', 'thanks-bye'],
    orderFacts: ['delivered'],
    body: '{买家昵称}您好，看到您的{商品名}已经签收啦~收到的东西都还好吗？使用中有任何问题随时告诉我哦。',
    triggers: ['收到了', '签收了', '到了', '拿到了', '东西到了'],
    examples: ['东西收到了', '已经拿到了'],
  },
  {
    id: 'followup-02', title: '使用指导回访', code: 'qshf2', tags: ['正式', '主动'], intents: ['product.usage', 'review'],
    orderFacts: ['delivered'],
    body: '您好，{商品名}已签收，使用前请先阅读说明书中的注意事项；如遇到安装或使用问题，可直接在本对话留言，我们会协助您。',
    triggers: ['收到了怎么用', '不会装', '说明书', '怎么开始用', '收到了'],
    examples: ['收到了不会装', '说明书在哪'],
  },
  {
    id: 'followup-03', title: '售后完成回访', code: 'qshf3', tags: ['安抚', '主动'], intents: ['refund.progress', 'thanks-bye'],
    orderFacts: ['refunded'],
    body: '{买家昵称}您好，您的售后已经处理完成，款项已原路退回。请问这次的处理结果您还满意吗？有任何建议都欢迎告诉我们。',
    triggers: ['退好了', '收到退款', '处理完了', '好的', '满意'],
    examples: ['退款收到了', '处理好了'],
  },
  {
    id: 'followup-04', title: '活泼回访', code: 'qshf4', tags: ['活泼', '主动'], intents: ['review', 'thanks-bye'],
    orderFacts: ['delivered'],
    body: '宝贝到家啦！合不合心意？有啥问题尽管来问，{客服昵称}一直在这儿~',
    triggers: ['到家了', '收到啦', '挺好', '拆开了', '试了'],
    examples: ['收到啦挺好的', '拆开看了'],
  },
  {
    id: 'followup-05', title: '换货签收回访', code: 'qshf5', tags: ['亲切', '主动'], intents: ['return.howto', 'thanks-bye'],
    orderFacts: ['received'],
    body: '亲，换的新{商品名}已经签收了吧？这次尺码和颜色都合适吗？再有不合适的地方也可以告诉我哦~',
    triggers: ['换的收到了', '新的到了', '合适了', '换好了', '这次对了'],
    examples: ['换的收到了', '这次合适了'],
  },
]);

const reviewInvitations = definePhrases({ group: '评价', stage: '售后' }, [
  {
    id: 'invite-review-01', title: '好评邀请', code: 'hpyq1', tags: ['亲切', '主动'], intents: ['review'],
    orderFacts: ['received'],
    body: '亲，{商品名}用得还顺手吗？如果觉得不错，方便时可以写几句真实评价，帮助其他买家做选择，谢谢您~',
    triggers: ['好用', '不错', '喜欢', '挺好的', '满意'],
    examples: ['东西挺好的', '很喜欢'],
  },
  {
    id: 'invite-review-02', title: '正式评价邀请', code: 'hpyq2', tags: ['正式', '主动'], intents: ['review'],
    orderFacts: ['received'],
    body: '您好，感谢您选择{店铺名}。如您对本次购物有任何感受或建议，欢迎在订单评价中如实反馈，我们会认真阅读每一条评价。',
    triggers: ['评价', '反馈', '建议', '体验', '感受'],
    examples: ['我有个建议', '体验还可以'],
  },
  {
    id: 'invite-review-03', title: '活泼评价邀请', code: 'hpyq3', tags: ['活泼', '主动'], intents: ['review'],
    orderFacts: ['received'],
    body: '用得开心的话，来评价区说说您的真实体验吧~您的每句话我们都会认真看！',
    triggers: ['很好用', '太喜欢了', '好看', '推荐', '赞'],
    examples: ['太喜欢了', '好看好看'],
  },
  {
    id: 'invite-review-04', title: '图文评价邀请', code: 'hpyq4', tags: ['亲切', '主动'], intents: ['review'],
    categories: ['服饰', '鞋靴'], orderFacts: ['received'],
    body: '亲穿上效果真好看！如果愿意的话，可以在评价里分享一下实拍和尺码感受，对身材相近的买家很有帮助哦~',
    triggers: ['上身', '穿了', '拍照', '买家秀', '效果'],
    examples: ['穿上挺好看的', '给你看看上身效果'],
  },
  {
    id: 'invite-review-05', title: '满意后邀请', code: 'hpyq5', tags: ['安抚', '主动'], intents: ['review', 'thanks-bye'],
    orderFacts: ['received'],
    body: '很高兴问题顺利解决了，谢谢您的耐心。如果愿意，可以在评价中说说这次的真实体验，好的坏的我们都会认真对待。',
    triggers: ['解决了', '谢谢你', '辛苦了', '处理得不错', '可以了'],
    examples: ['辛苦你了', '处理得挺好'],
  },
]);

const bigSaleShipping = definePhrases({ group: '大促', stage: '售中' }, [
  {
    id: 'sale-01', title: '大促发货说明', code: 'dc2', tags: ['正式', '大促'], intents: ['shipping.time'],
    orderFacts: ['not-shipped'],
    body: '您好，大促期间订单量较大，仓库按付款顺序发货，预计{发货时间}内发出，请您耐心等待，我们会尽快安排。',
    triggers: ['大促发货', '活动期间发货', '双11什么时候发', '618发货', '活动发货慢'],
    examples: ['双11买的什么时候发', '活动期间发货慢吗'],
  },
]);

const bigSale = definePhrases({ group: '大促', stage: '售前' }, [
  {
    id: 'sale-02', title: '大促玩法', code: 'dc3', tags: ['活泼', '大促'], intents: ['price.coupon'],
    body: '大促玩法来啦：先领店铺券，再凑{满减规则}，平台券能否叠加看结算页，实付价会自动算好~',
    triggers: ['怎么买划算', '怎么叠加', '活动怎么玩', '大促规则', '怎么凑'],
    examples: ['活动怎么买划算', '优惠怎么叠加'],
  },
  {
    id: 'sale-03', title: '定金尾款', code: 'dc4', tags: ['正式', '大促'], intents: ['payment.method', 'price.coupon'],
    body: '您好，预售商品需先付定金，再按活动页写明的时间支付尾款，定金抵扣规则以活动页说明为准，尾款支付后按顺序发货。',
    triggers: ['定金', '尾款', '预售怎么付', '付尾款', '定金膨胀'],
    examples: ['定金怎么付', '尾款什么时候付'],
  },
  {
    id: 'sale-04', title: '大促排队回复', code: 'dc5', tags: ['安抚', '大促', '自动回复'], intents: ['wait', 'greeting'],
    body: '亲，大促咨询量大，回复稍慢还请见谅~可以先把问题和商品发过来，客服会按顺序一一回复您。',
    triggers: ['人呢', '怎么不回', '在吗', '回一下', '等好久'],
    examples: ['怎么没人回', '在吗在吗'],
  },
  {
    id: 'sale-05', title: '活动价确认', code: 'dc6', tags: ['亲切', '大促'], intents: ['price.coupon', 'order.howto'],
    body: '亲，活动价在{活动时间}开始后生效哦，现在可以先加购，到点直接结算就是活动价~',
    triggers: ['现在买是活动价吗', '什么时候开始', '几点开始', '活动价', '零点'],
    examples: ['现在买是活动价吗', '几点开始'],
  },
]);

export const PROACTIVE_PHRASES: Phrase[] = [
  ...unpaidReminders,
  ...shippingNotices,
  ...delayAlerts,
  ...followUps,
  ...reviewInvitations,
  ...bigSaleShipping,
  ...bigSale,
];
