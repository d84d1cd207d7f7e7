import type { Phrase } from '../types';
import { definePhrases } from './define';

// 售前 buying questions: bargaining, promotions, payment, how to order, invoices.

const bargaining = definePhrases({ group: '售前咨询', stage: '售前' }, [
  {
    id: 'bargain-01', title: '价格说明', code: 'yj1', tags: ['亲切'], intents: ['price.bargain'],
    body: '亲，{商品名}是按页面标价销售的，客服这边改不了价格哦。可以看看店铺优惠券，领券后下单更划算~',
    triggers: ['便宜点', '能便宜吗', '优惠点', '少点', '打个折', '讲价'],
    examples: ['能便宜点吗', '打个折呗'],
  },
  {
    id: 'bargain-02', title: '正式婉拒议价', code: 'yj2', tags: ['正式'], intents: ['price.bargain'],
    body: '您好，商品价格按页面统一标价，暂不支持单独议价，感谢您的理解。当前可用的店铺活动为{活动内容}，下单时会自动计算。',
    triggers: ['议价', '还价', '能少吗', '最低多少', '底价', '砍价', '卖不卖', '包邮价'],
    examples: ['最低多少钱', '能议价吗'],
  },
  {
    id: 'bargain-03', title: '抹零', code: 'yj3', tags: ['亲切'], intents: ['price.bargain'],
    body: '抹零这个客服真的做不了主呢，价格都是系统定好的~不过{优惠券}还能用，领了能省一点哦！',
    triggers: ['抹零', '去个零头', '零头', '凑个整', '抹个零'],
    examples: ['零头抹了吧', '凑个整数呗'],
  },
  {
    id: 'bargain-04', title: '讲价值', code: 'yj4', tags: ['正式'], intents: ['price.bargain', 'product.material'],
    categories: ['服饰', '鞋靴', '箱包', '家居家纺'],
    body: '理解您希望更实惠。{商品名}的价格包含了用料、做工和售后服务，您可以对比一下再决定，需要的话我把细节图发给您。',
    triggers: ['太贵了', '贵', '别家便宜', '不值', '价格高'],
    examples: ['太贵了吧', '别家比你们便宜'],
  },
  {
    id: 'bargain-05', title: '多买优惠', code: 'yj5', tags: ['活泼'], intents: ['price.bargain', 'price.coupon'],
    body: '想更划算的话可以多件一起拍哦！店铺现在{满减规则}，和小伙伴拼单也能用~',
    triggers: ['买多件', '买两件', '多买便宜吗', '批量便宜吗', '一起买'],
    examples: ['买两件能便宜吗', '多买有优惠吗'],
  },
  {
    id: 'bargain-06', title: '老顾客议价', code: 'yj6', tags: ['亲切'], intents: ['price.bargain'],
    body: '谢谢亲一直支持{店铺名}！价格是统一的，老顾客也一样哦。关注店铺可以留意会员专享活动，有活动时会更划算~',
    triggers: ['老顾客', '老客户', '回头客', '照顾一下', '常买'],
    examples: ['我是老顾客能便宜吗', '常买的照顾一下'],
  },
  {
    id: 'bargain-07', title: '会不会降价', code: 'yj7', tags: ['正式'], intents: ['price.bargain', 'price-protect'],
    body: '您好，后续价格会随店铺活动调整，我们无法预知。如果购买后遇到降价，可以按平台价保规则申请，具体以订单页显示为准。',
    triggers: ['会降价吗', '等等会便宜吗', '降价', '买了降价', '过几天'],
    examples: ['过几天会降价吗', '现在买会不会亏'],
  },
  {
    id: 'bargain-08', title: '送点东西', code: 'yj8', tags: ['亲切'], intents: ['price.bargain', 'price.coupon'],
    body: '赠品以页面活动说明为准哦，客服这边没办法额外加送，谢谢亲理解~下单时记得看看页面上的活动信息。',
    triggers: ['送点东西', '有赠品吗', '送个小礼物', '搭个赠品', '送什么'],
    examples: ['不便宜那送点东西吧', '有小礼物吗'],
  },
  {
    id: 'bargain-09', title: '活泼婉拒', code: 'yj9', tags: ['活泼'], intents: ['price.bargain'],
    body: '呜呜价格真的改不动啦~不过偷偷提醒您，{活动时间}店铺有活动，到时候入手会更划算哦！',
    triggers: ['便宜点嘛', '求便宜', '再少点', '行不行嘛', '便宜卖我'],
    examples: ['再少点嘛', '求便宜'],
  },
  {
    id: 'bargain-10', title: '比价回应', code: 'yj10', tags: ['正式'], intents: ['price.bargain'],
    body: '您好，不同店铺的商品批次、配置和服务可能不同，建议对比参数和售后条件。我们的价格以本店页面为准，有疑问可以随时问我。',
    triggers: ['别家', '其他店', '比价', '网上更便宜', '同款便宜'],
    examples: ['别家同款便宜20', '网上看到更便宜的'],
  },
]);

const promotions = definePhrases({ group: '售前咨询', stage: '售前' }, [
  {
    id: 'coupon-01', title: '领券提示', code: 'yh1', tags: ['亲切'], intents: ['price.coupon'],
    body: '亲，商品页价格下方可以领{优惠券}，领取后下单会自动抵扣哦~',
    triggers: ['优惠券', '有券吗', '领券', '券在哪', '怎么领券'],
    examples: ['有优惠券吗', '券在哪领'],
  },
  {
    id: 'coupon-02', title: '满减说明', code: 'yh2', tags: ['正式'], intents: ['price.coupon'],
    body: '您好，店铺当前活动为{满减规则}，活动时间{活动时间}。同一订单内符合条件的商品可合并计算，实际优惠以结算页为准。',
    triggers: ['满减', '有活动吗', '怎么减', '满多少减', '活动规则'],
    examples: ['现在有满减吗', '满多少减多少'],
  },
  {
    id: 'coupon-03', title: '券用不了', code: 'yh3', tags: ['安抚'], intents: ['price.coupon'],
    body: '抱歉给您带来不便。优惠券一般有使用门槛、适用商品和有效期，麻烦截图券的详情给我，我帮您看看是哪项条件没满足。',
    triggers: ['券用不了', '用不了券', '没减', '优惠没了', '不能用'],
    examples: ['为什么券用不了', '怎么没减'],
  },
  {
    id: 'coupon-04', title: '大促预告', code: 'yh4', tags: ['活泼', '大促'], intents: ['price.coupon'],
    body: '{活动时间}大促就要来啦！届时{活动内容}，现在可以先加购收藏，开始后直接结算就行~',
    triggers: ['双11', '618', '大促', '什么时候有活动', '年货节'],
    examples: ['双11有活动吗', '618什么价'],
  },
  {
    id: 'coupon-05', title: '会员价', code: 'yh5', tags: ['正式'], intents: ['price.coupon'],
    body: '您好，加入店铺会员后可享受会员价或会员专享券，具体权益以会员页面展示为准。',
    triggers: ['会员', '会员价', '入会', '积分', '会员有优惠吗'],
    examples: ['会员有什么优惠', '积分能抵扣吗'],
  },
  {
    id: 'coupon-06', title: '赠品说明', code: 'yh6', tags: ['亲切'], intents: ['price.coupon'],
    body: '亲，活动期间下单的赠品以商品页说明为准，赠品数量有限，送完即止哦，会和商品一起发出~',
    triggers: ['赠品', '送什么', '有礼品吗', '附赠', '买送'],
    examples: ['买这个送什么', '赠品是什么'],
  },
  {
    id: 'coupon-07', title: '活动结束', code: 'yh7', tags: ['正式'], intents: ['price.coupon'],
    body: '您好，上一期活动已经结束，当前按页面价格销售。后续活动会在店铺首页公布，您可以关注店铺留意。',
    triggers: ['活动结束了吗', '昨天还有', '还能用活动价吗', '错过了', '过期'],
    examples: ['昨天的活动价还有吗', '活动结束了？'],
  },
  {
    id: 'coupon-08', title: '凑单建议', code: 'yh8', tags: ['活泼'], intents: ['price.coupon', 'product.recommend'],
    body: '离满减门槛还差一点的话，可以加一件日常用得上的小件凑单，算下来更划算~',
    triggers: ['凑单', '差一点', '凑满减', '还差多少', '怎么凑'],
    examples: ['还差多少能减', '凑单买什么好'],
  },
  {
    id: 'coupon-09', title: '新客优惠', code: 'yh9', tags: ['亲切'], intents: ['price.coupon'],
    body: '欢迎新朋友~关注店铺后可以看看有没有新客券，能领到的话结算时会自动抵扣哦。',
    triggers: ['新人', '新客', '第一次买', '新用户', '首单'],
    examples: ['第一次买有优惠吗', '新人有券吗'],
  },
  {
    id: 'coupon-10', title: '优惠叠加', code: 'yh10', tags: ['正式'], intents: ['price.coupon'],
    body: '您好，店铺券和平台券通常可以叠加使用，具体可用组合以结算页自动计算为准。',
    triggers: ['能叠加吗', '一起用', '叠加', '两张券', '平台券'],
    examples: ['店铺券和平台券能一起用吗', '能叠加吗'],
  },
]);

const payment = definePhrases({ group: '售前咨询', stage: '售前' }, [
  {
    id: 'pay-01', title: '支付方式', code: 'zf1', tags: ['正式'], intents: ['payment.method'],
    body: '您好，下单后在平台收银台可以选择支付方式，可用选项以收银台显示为准。为了交易安全，请只在平台内完成付款。',
    triggers: ['怎么付款', '支付方式', '能用什么付', '付款方式', '怎么支付'],
    examples: ['能用什么付款', '怎么支付'],
  },
  {
    id: 'pay-02', title: '分期付款', code: 'zf2', tags: ['亲切'], intents: ['payment.method'],
    body: '亲，能否分期以及可选期数，在收银台选择付款方式时都会显示哦，手续费以页面说明为准~',
    triggers: ['分期', '花呗', '能分期吗', '免息', '分几期'],
    examples: ['可以花呗分期吗', '能免息吗'],
  },
  {
    id: 'pay-03', title: '货到付款', code: 'zf3', tags: ['正式'], intents: ['payment.method'],
    body: '您好，是否支持货到付款取决于商品和收货地区，下单时如可选会在支付方式中显示。',
    triggers: ['货到付款', '到付', '先收货后付款', '收到再付', '能到付吗'],
    examples: ['能货到付款吗', '可以收到再付钱吗'],
  },
  {
    id: 'pay-04', title: '信用卡', code: 'zf4', tags: ['亲切'], intents: ['payment.method'],
    body: '可以的亲，收银台支持信用卡的话直接选择就行，如果提示不可用，可以换一种平台内的付款方式试试~',
    triggers: ['信用卡', '银行卡', '刷卡', '储蓄卡', '能用卡吗'],
    examples: ['能用信用卡吗', '银行卡可以付吗'],
  },
  {
    id: 'pay-05', title: '付款失败', code: 'zf5', tags: ['安抚'], intents: ['payment.method'],
    orderFacts: ['unpaid'],
    body: '别着急，付款失败常见原因是余额或额度不足、网络不稳定。可以稍后重试或更换支付方式；订单保留期间不用重新下单。',
    triggers: ['付不了', '付款失败', '支付不了', '扣款失败', '付不了款'],
    examples: ['怎么付不了款', '支付失败了'],
  },
  {
    id: 'pay-06', title: '找人代付', code: 'zf6', tags: ['亲切'], intents: ['payment.method'],
    body: '可以哦~在订单页选择找朋友代付，通过平台内分享给对方付款就行，全程在平台完成更放心~',
    triggers: ['代付', '帮我付', '别人付', '朋友付', '家人付'],
    examples: ['能让朋友帮我付吗', '怎么代付'],
  },
  {
    id: 'pay-07', title: '拒绝站外付款', code: 'zf7', tags: ['正式'], intents: ['payment.method'],
    body: '您好，为保障您的资金安全和售后权益，所有付款都需在平台订单内完成，请不要通过其他途径付款，感谢理解。',
    triggers: ['私下付', '直接转你', '不走平台', '便宜点直接给你', '线下付'],
    examples: ['我直接转给你行吗', '不走平台能便宜吗'],
  },
  {
    id: 'pay-08', title: '重复扣款', code: 'zf8', tags: ['安抚'], intents: ['payment.method', 'refund.progress'],
    orderFacts: ['paid'],
    body: '非常抱歉让您担心了。请截图付款记录发给我，我帮您核对订单；如确实重复支付，多扣的款项会按原路退回。',
    triggers: ['扣了两次', '重复扣款', '多扣钱', '付了两次', '扣款两次'],
    examples: ['怎么扣了两次钱', '重复付款了'],
  },
  {
    id: 'pay-09', title: '活泼付款提示', code: 'zf9', tags: ['活泼'], intents: ['payment.method', 'order.howto'],
    body: '拍下后在订单页点“去付款”，选一个顺手的支付方式就OK啦~付完我们就开始打包！',
    triggers: ['怎么付', '付钱', '在哪付', '去付款', '付款在哪'],
    examples: ['在哪付钱', '拍了怎么付'],
  },
]);

const ordering = definePhrases({ group: '售前咨询', stage: '售前' }, [
  {
    id: 'howto-01', title: '下单步骤', code: 'xd1', tags: ['正式'], intents: ['order.howto'],
    body: '您好，在商品页选好颜色和规格，点击“立即购买”，确认收货地址后提交订单并付款即可。',
    triggers: ['怎么下单', '怎么买', '怎么拍', '下单流程', '怎么购买'],
    examples: ['怎么下单', '这个怎么买'],
  },
  {
    id: 'howto-02', title: '选哪个规格', code: 'xd2', tags: ['亲切'], intents: ['order.howto', 'product.size'],
    body: '亲，把您想要的颜色、尺寸告诉我，我告诉您拍哪个选项就对啦~数量直接在下单页修改就行哦。',
    triggers: ['拍哪个', '选哪个', '哪个选项', '拍哪个规格', '选什么'],
    examples: ['我要拍哪个', '选项选哪个'],
  },
  {
    id: 'howto-03', title: '订单备注', code: 'xd3', tags: ['正式'], intents: ['order.howto', 'order.change'],
    body: '您好，有特殊需求可以在提交订单页的“订单备注”里填写，付款后也可以告诉我，我帮您在后台备注。',
    triggers: ['备注', '怎么备注', '留言', '写备注', '特殊要求'],
    examples: ['在哪里写备注', '能帮我备注吗'],
  },
  {
    id: 'howto-04', title: '多件一起拍', code: 'xd4', tags: ['亲切'], intents: ['order.howto'],
    body: '多件的话可以先都加入购物车，再一起结算哦，同一店铺的商品会合并成一个订单发货~',
    triggers: ['一起拍', '购物车', '合并付款', '买几样', '加购'],
    examples: ['几样东西怎么一起拍', '能一起付款吗'],
  },
  {
    id: 'howto-05', title: '催单促成', code: 'xd5', tags: ['活泼', '主动'], intents: ['order.howto', 'product.stock'],
    body: '这款喜欢的话可以先拍下哦~{截单时间}前付款的订单会按顺序安排出库，早拍早发货！',
    triggers: ['再看看', '犹豫', '考虑', '晚点拍', '想一下'],
    examples: ['我再看看', '还在犹豫'],
  },
  {
    id: 'howto-06', title: '确认地址', code: 'xd6', tags: ['正式'], intents: ['order.howto', 'order.change-address'],
    body: '您好，提交订单前请核对收货人和地址，写到门牌号，避免配送失误。',
    triggers: ['地址', '填地址', '收货地址', '新地址', '地址怎么写'],
    examples: ['地址要写多详细', '新地址怎么填'],
  },
  {
    id: 'howto-07', title: '定制下单', code: 'xd7', tags: ['亲切'], intents: ['order.howto'],
    body: '定制款拍下后，把需要定制的内容在这里发给我就行哦，我确认后安排制作~定制商品一般不支持无理由退换，下单前请核对清楚。',
    triggers: ['定制', '刻字', '印字', '个性化', '订做'],
    examples: ['可以刻字吗', '定制怎么拍'],
  },
  {
    id: 'howto-08', title: '拍下未付款', code: 'xd8', tags: ['正式'], intents: ['order.howto', 'payment.method'],
    body: '您好，订单提交后需在页面显示的时间内付款，超时会自动关闭。在“我的订单-待付款”中可以继续支付。',
    triggers: ['拍了没付', '待付款', '订单关闭', '没付款', '怎么继续付'],
    examples: ['拍了还没付怎么办', '订单会关闭吗'],
  },
  {
    id: 'howto-09', title: '活泼下单指引', code: 'xd9', tags: ['活泼'], intents: ['order.howto'],
    body: '超简单：选颜色→选尺码→立即购买→付款，四步搞定！有哪一步卡住了随时叫我~',
    triggers: ['不会买', '教我', '怎么弄', '不会下单', '怎么操作'],
    examples: ['我不会下单', '教我怎么买'],
  },
]);

const invoices = definePhrases({ group: '发票', stage: '售前' }, [
  {
    id: 'invoice-01', title: '可开发票', code: 'fp1', tags: ['正式'], intents: ['invoice'],
    body: '您好，本店支持开具发票。下单时在订单页选择发票类型并填写抬头和税号，确认收货后会按平台流程开具。',
    triggers: ['发票', '能开发票吗', '开票', '要发票', '有发票吗'],
    examples: ['能开发票吗', '要发票怎么弄'],
  },
  {
    id: 'invoice-02', title: '专票', code: 'fp2', tags: ['正式'], intents: ['invoice'],
    body: '您好，需要增值税专用发票的话，请提供公司名称、税号、注册地址、开户行及账号，我们核对后按规定开具。',
    triggers: ['专票', '增值税专用发票', '公司发票', '对公', '税号'],
    examples: ['能开专票吗', '开公司抬头'],
  },
  {
    id: 'invoice-03', title: '电子发票', code: 'fp3', tags: ['亲切'], intents: ['invoice'],
    body: '亲，我们开的是电子发票哦，开好后在订单详情页就能查看和下载，和纸质发票一样有效~',
    triggers: ['电子发票', '纸质发票', '发票在哪', '怎么下载发票', '发票寄吗'],
    examples: ['发票是纸质的吗', '发票在哪看'],
  },
  {
    id: 'invoice-04', title: '补开发票', code: 'fp4', tags: ['正式'], intents: ['invoice'],
    body: '您好，下单时未选发票也可以补开。请把订单号、发票抬头和税号发给我，核对后为您安排开具。',
    triggers: ['补开', '忘了开发票', '后面开', '补发票', '收货后开'],
    examples: ['下单忘选发票了', '现在能补开吗'],
  },
  {
    id: 'invoice-05', title: '抬头写错', code: 'fp5', tags: ['安抚'], intents: ['invoice'],
    body: '别担心，抬头填错可以处理的。请把正确的抬头和税号发给我，我们核实后按流程重新开具。',
    triggers: ['抬头错了', '发票写错', '重开', '换抬头', '税号错了'],
    examples: ['发票抬头写错了', '能重开吗'],
  },
  {
    id: 'invoice-06', title: '发票时间', code: 'fp6', tags: ['亲切'], intents: ['invoice'],
    body: '亲，发票一般在确认收货后{开票时限}内开出来哦，开好后订单页会显示，着急用的话跟我说一声~',
    triggers: ['发票什么时候开', '多久开', '发票呢', '还没开票', '开好了吗'],
    examples: ['发票什么时候能开好', '怎么还没开票'],
  },
  {
    id: 'invoice-07', title: '个人抬头', code: 'fp7', tags: ['正式'], intents: ['invoice'],
    body: '您好，个人抬头填写姓名或“个人”即可，不需要税号；单位抬头请填写完整名称和税号。',
    triggers: ['个人发票', '抬头写什么', '个人抬头', '不要税号', '单位抬头'],
    examples: ['个人抬头写什么', '个人要税号吗'],
  },
  {
    id: 'invoice-08', title: '发票内容', code: 'fp8', tags: ['正式'], intents: ['invoice'],
    body: '您好，发票内容默认为商品明细，金额按实际支付金额开具，优惠抵扣部分不计入。',
    triggers: ['发票内容', '开明细', '发票金额', '开多少', '写办公用品'],
    examples: ['发票能开办公用品吗', '发票金额多少'],
  },
  {
    id: 'invoice-09', title: '活泼发票', code: 'fp9', tags: ['活泼'], intents: ['invoice'],
    body: '发票安排上啦！抬头和税号发我核对一下，开好后订单页就能看到~',
    triggers: ['帮我开发票', '开个发票', '发票安排', '要个票', '开票吧'],
    examples: ['帮我开个发票', '要个票'],
  },
]);

export const PURCHASE_PHRASES: Phrase[] = [...bargaining, ...promotions, ...payment, ...ordering, ...invoices];
