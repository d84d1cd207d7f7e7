import type { Phrase } from '../types';
import { definePhrases } from './define';

// 通用: greetings, "please wait", farewells and hand-offs that fit any stage of a chat.

const greetings = definePhrases({ group: '通用', stage: '通用' }, [
  {
    id: 'greet-01', title: '进店欢迎', code: 'hy1', tags: ['亲切'], intents: ['greeting'],
    body: '亲，欢迎来到{店铺名}~我是客服{客服昵称}，想了解哪款宝贝可以直接发给我哦。',
    triggers: ['在吗', '在不在', '你好', '有人吗', 'hello', '哈喽'],
    examples: ['在吗', '你好，有人吗？'],
  },
  {
    id: 'greet-02', title: '正式问候', code: 'hy2', tags: ['正式'], intents: ['greeting'],
    body: '您好，{店铺名}客服{客服昵称}为您服务，请问有什么可以帮您？',
    triggers: ['您好', '你好', '在吗', '客服在吗', '请问'],
    examples: ['您好', '客服在吗？'],
  },
  {
    id: 'greet-03', title: '活泼招呼', code: 'hy3', tags: ['活泼'], intents: ['greeting'],
    body: '来啦来啦~{买家昵称}好呀！{客服昵称}在线，尺码、发货、优惠都可以问我哦。',
    triggers: ['在吗', '在么', '在嘛', '嗨', 'hi', '有人没'],
    examples: ['在么在么', '嗨，有人没'],
  },
  {
    id: 'greet-04', title: '老顾客问候', code: 'hy4', tags: ['亲切'], intents: ['greeting'],
    body: '{买家昵称}好久不见~感谢您又来{店铺名}逛逛，这次想看点什么？我帮您挑。',
    triggers: ['又来了', '老顾客', '之前买过', '回购', '再来买'],
    examples: ['我又来了', '之前在你家买过，还想再买点'],
  },
  {
    id: 'greet-05', title: '咨询引导', code: 'hy5', tags: ['正式'], intents: ['greeting'],
    body: '您好，欢迎光临。您可以把想咨询的商品发给我，或直接说明问题（如尺码、发货、售后），我会逐一为您解答。',
    triggers: ['咨询一下', '问一下', '想问问', '请问一下', '问个问题'],
    examples: ['想咨询一下', '问个问题可以吗'],
  },
  {
    id: 'greet-06', title: '夜间自动回复', code: 'ye1', tags: ['自动回复', '亲切'], intents: ['greeting', 'wait'],
    body: '亲，现在是夜间休息时间，客服{客服时间}在线，上线后会按顺序回复您。可以先把问题留言在这里哦，晚安~',
    triggers: ['在吗', '有人吗', '晚上', '半夜', '还在吗', '怎么不回'],
    examples: ['晚上还有人吗', '半夜了还在吗'],
  },
  {
    id: 'greet-07', title: '节假日自动回复', code: 'jr1', tags: ['自动回复', '正式'], intents: ['greeting', 'wait', 'shipping.time'],
    body: '您好，{店铺名}节假日期间客服在线时间为{客服时间}，发货安排以店铺公告为准。留言后我们会按顺序尽快回复。',
    triggers: ['放假', '节假日', '过年', '国庆', '假期', '春节'],
    examples: ['放假还发货吗', '过年有人吗'],
  },
  {
    id: 'greet-08', title: '离线留言', code: 'lx1', tags: ['自动回复', '亲切'], intents: ['greeting', 'wait'],
    body: '亲，客服暂时不在线，您的消息已经收到啦。请把订单号和问题留在这里，上线后会优先查看并回复您~',
    triggers: ['没人', '没人回', '不在线', '怎么没人', '人呢', '留言'],
    examples: ['怎么没人回', '人呢？'],
  },
  {
    id: 'greet-09', title: '繁忙排队', code: 'hy6', tags: ['自动回复', '安抚'], intents: ['greeting', 'wait'],
    body: '您好，当前咨询人数较多，回复可能稍慢，非常抱歉。您先把问题发过来，{客服昵称}会按顺序认真回复您。',
    triggers: ['怎么不回', '回一下', '等半天', '好慢', '在吗在吗', '排队'],
    examples: ['怎么这么久不回', '在吗在吗在吗'],
  },
  {
    id: 'greet-10', title: '大促期间问候', code: 'dc1', tags: ['活泼', '大促'], intents: ['greeting', 'price.coupon'],
    body: '欢迎来到{店铺名}~{活动时间}活动进行中，具体优惠以商品页显示为准。想看哪款告诉我，帮您算算怎么买更划算！',
    triggers: ['活动', '大促', '双11', '618', '在吗', '有活动吗'],
    examples: ['双11有活动吗', '在吗，大促怎么买'],
  },
]);

const waiting = definePhrases({ group: '通用', stage: '通用' }, [
  {
    id: 'wait-01', title: '稍等查询', code: 'sd1', tags: ['亲切'], intents: ['wait'],
    body: '好的亲，麻烦稍等一下，我这就帮您查询~',
    triggers: ['帮我查', '查一下', '看一下', '帮忙看看', '查查'],
    examples: ['帮我查一下', '你帮我看看'],
  },
  {
    id: 'wait-02', title: '核实后回复', code: 'sd2', tags: ['正式'], intents: ['wait'],
    body: '您好，这个问题需要向仓库同事核实，核实清楚后尽快在这里给您答复，请您稍候。',
    triggers: ['确认一下', '核实', '问问仓库', '问一下', '能确认吗'],
    examples: ['你能确认一下吗', '问问仓库呢'],
  },
  {
    id: 'wait-03', title: '让您久等了', code: 'sd3', tags: ['安抚'], intents: ['wait'],
    orderFacts: ['ordered'],
    body: '让您久等了，非常抱歉。已经查到您的订单信息，我给您详细说明一下。',
    triggers: ['好了吗', '查到没', '还要多久', '怎么样了', '等了很久'],
    examples: ['查到了没', '怎么样了？等好久了'],
  },
  {
    id: 'wait-04', title: '买家说等', code: 'sd4', tags: ['亲切'], intents: ['wait'],
    body: '谢谢亲的耐心~我这边查好了就在这里告诉您，您先忙，不用一直守着哦。',
    triggers: ['我等你', '我等着', '不急', '你慢慢查', '等你消息'],
    examples: ['好的我等你', '不急，你慢慢查'],
  },
  {
    id: 'wait-05', title: '需要订单号', code: 'sd5', tags: ['正式'], intents: ['wait', 'logistics.track'],
    body: '为了尽快帮您查询，麻烦发一下订单号，或者从订单页把商品卡片发给我，谢谢。',
    triggers: ['帮我查', '查订单', '我的订单', '查一下我的', '看看我的'],
    examples: ['帮我查查我的订单', '我的那单怎么样了'],
  },
  {
    id: 'wait-06', title: '活泼稍等', code: 'sd6', tags: ['活泼'], intents: ['wait'],
    body: '收到！{客服昵称}火速去查，亲稍等片刻哈~',
    triggers: ['快点', '查一下', '看看', '帮忙', '麻烦你'],
    examples: ['麻烦你看看', '快帮我查一下'],
  },
  {
    id: 'wait-07', title: '需要较长时间', code: 'sd7', tags: ['正式'], intents: ['wait'],
    body: '您好，这个问题需要和快递或售后部门一起处理，时间会稍长一些。有结果后我会在这个对话里主动告诉您，请您留意消息。',
    triggers: ['多久有结果', '什么时候回复', '要等多久', '处理多久', '有消息吗'],
    examples: ['要等多久才有结果', '有消息了告诉我'],
  },
  {
    id: 'wait-08', title: '查询有进展', code: 'sd8', tags: ['安抚'], intents: ['wait'],
    orderFacts: ['shipped'],
    body: '{买家昵称}，您的问题我们一直在跟进，目前还在等快递方的回复。一有新进展就同步给您，辛苦您了。',
    triggers: ['有进展吗', '怎么还没', '跟进', '还在查吗', '结果呢'],
    examples: ['查了这么久有进展吗', '结果呢？'],
  },
]);

// Checking on something the buyer asked, with the topic named: after 「好了没」, the reply says what is being done.
const checking = definePhrases({ group: '通用', stage: '通用' }, [
  {
    id: 'check-01', title: '正在催快递', code: 'sd9', tags: ['安抚'], intents: ['wait', 'logistics.delay'],
    orderFacts: ['in-transit'],
    body: '让您久等了，我正在联系快递查包裹现在到哪了，问到包裹在哪就在这里回复您，请再稍等一下哦~',
    triggers: ['好了没', '查到了吗', '快递呢', '催一下', '还没动'],
    examples: ['查到了吗 快递到底在哪', '好了没 快递还是没动'],
  },
  {
    id: 'check-02', title: '正在问仓库发货', code: 'sd10', tags: ['亲切'], intents: ['wait', 'shipping.time'],
    orderFacts: ['not-shipped'],
    body: '亲，我在问仓库您这单的出库安排，问清楚就告诉您，麻烦稍等一下~',
    triggers: ['好了没', '问了吗', '仓库怎么说', '能发了吗', '什么时候发'],
    examples: ['问了没 到底什么时候发', '仓库怎么说'],
  },
  {
    id: 'check-03', title: '正在查退款', code: 'sd11', tags: ['正式'], intents: ['wait', 'refund.progress'],
    orderFacts: ['refund-requested'],
    body: '您好，我正在售后系统里核对这笔退款走到哪一步了，核对清楚后在这里告诉您，请您稍候。',
    triggers: ['退款呢', '查到了吗', '好了没', '钱呢', '退了没'],
    examples: ['退款查到了吗', '好了没 钱什么时候退'],
  },
  {
    id: 'check-04', title: '正在核实问题', code: 'sd12', tags: ['安抚'], intents: ['wait', 'quality.issue'],
    orderFacts: ['received'],
    body: '照片和情况我已经转给售后同事核实了，方案出来就在这里告诉您，辛苦您稍等一会儿。',
    triggers: ['怎么处理', '好了没', '核实了吗', '结果呢', '怎么说'],
    examples: ['核实好了没 怎么处理', '结果呢'],
  },
  {
    id: 'check-05', title: '正在改地址', code: 'sd13', tags: ['亲切'], intents: ['wait', 'order.change-address'],
    orderFacts: ['ordered'],
    body: '正在帮您联系仓库改地址，改好了就在这里告诉您，您先忙，不用一直守着哦~',
    triggers: ['改好了吗', '改了没', '地址改了吗', '好了没'],
    examples: ['地址改好了吗', '改了没'],
  },
  {
    id: 'check-06', title: '还在跟进', code: 'sd14', tags: ['正式'], intents: ['wait'],
    body: '让您久等了，您的问题我一直在跟进，还需要一点时间，有进展就在这里同步给您。',
    triggers: ['还要多久', '怎么还没好', '好了没', '有结果吗', '等多久'],
    examples: ['还要等多久', '有结果了吗'],
  },
]);

const farewells = definePhrases({ group: '通用', stage: '通用' }, [
  {
    id: 'bye-01', title: '不客气', code: 'zj1', tags: ['亲切'], intents: ['thanks-bye'],
    body: '不客气哦亲~还有其他需要帮忙的随时找{客服昵称}，祝您购物愉快！',
    triggers: ['谢谢', '感谢', '多谢', '谢了', 'thx'],
    examples: ['好的谢谢', '谢了啊'],
  },
  {
    id: 'bye-02', title: '正式道别', code: 'zj2', tags: ['正式'], intents: ['thanks-bye'],
    body: '感谢您的咨询，请问还有其他可以帮您的吗？如果没有，祝您生活愉快，再见。',
    triggers: ['没有了', '没事了', '好的', '知道了', '再见'],
    examples: ['没事了', '好的知道了'],
  },
  {
    id: 'bye-03', title: '活泼道别', code: 'zj3', tags: ['活泼'], intents: ['thanks-bye'],
    body: '好嘞~等宝贝到了有任何问题都可以来找我，拜拜啦，祝您天天开心！',
    triggers: ['拜拜', '88', '先这样', '下次再聊', 'bye'],
    examples: ['先这样吧拜拜', '88'],
  },
  {
    id: 'bye-04', title: '下单后致谢', code: 'zj4', tags: ['亲切'], intents: ['thanks-bye'],
    orderFacts: ['paid', 'not-shipped'],
    body: '谢谢{买家昵称}的支持！订单我们会按顺序尽快安排，发货后可以在订单页查看物流哦。',
    triggers: ['拍了', '已下单', '付款了', '买了', '已经拍了'],
    examples: ['我拍了', '已经付款了'],
  },
  {
    id: 'bye-05', title: '问题解决后道别', code: 'zj5', tags: ['安抚'], intents: ['thanks-bye'],
    body: '很高兴问题解决了，这次给您添麻烦了。以后使用中有任何疑问，随时在这里留言就好。',
    triggers: ['解决了', '可以了', '好了', '行吧', '那就这样'],
    examples: ['行吧那就这样', '好了解决了'],
  },
  {
    id: 'bye-06', title: '考虑一下', code: 'zj6', tags: ['亲切'], intents: ['thanks-bye'],
    body: '好的亲，不着急，您慢慢对比~有疑问随时来问，{客服昵称}一直在的。',
    triggers: ['考虑一下', '再看看', '想想', '再说吧', '先看看'],
    examples: ['我再看看', '考虑一下吧'],
  },
  {
    id: 'bye-07', title: '收集反馈', code: 'zj7', tags: ['正式'], intents: ['thanks-bye'],
    body: '感谢您的耐心沟通。请问这次的解答对您有帮助吗？对商品或服务有什么建议也欢迎告诉我们。',
    triggers: ['谢谢', '明白了', '清楚了', '懂了', '好的'],
    examples: ['明白了，谢谢', '清楚了'],
  },
  {
    id: 'bye-08', title: '简洁收到', code: 'zj8', tags: ['正式'], intents: ['thanks-bye'],
    body: '收到，感谢您的理解与支持，祝您生活愉快。',
    triggers: ['好的', 'ok', '嗯嗯', '收到', '行'],
    examples: ['ok', '嗯嗯好的'],
  },
  {
    id: 'bye-09', title: '晚间道别', code: 'zj9', tags: ['亲切'], intents: ['thanks-bye'],
    body: '不早啦，亲早点休息~有事明天随时来找我们，晚安！',
    triggers: ['晚安', '睡了', '明天再说', '先睡了', '休息了'],
    examples: ['我先睡了', '晚安'],
  },
]);

const handoffs = definePhrases({ group: '通用', stage: '通用' }, [
  {
    id: 'human-01', title: '转接人工', code: 'zr1', tags: ['正式'], intents: ['transfer-human'],
    body: '好的，正在为您转接人工客服，请稍候，接入后请把问题再简单说明一下。',
    triggers: ['人工', '转人工', '人工客服', '真人', '找人工'],
    examples: ['转人工', '我要人工客服'],
  },
  {
    id: 'human-02', title: '我是真人', code: 'zr2', tags: ['亲切'], intents: ['transfer-human'],
    body: '亲，{客服昵称}就是人工客服哦，不是机器人~您的问题直接告诉我，我来帮您处理。',
    triggers: ['机器人', '是不是机器人', '真人吗', '人工', '别自动回复'],
    examples: ['你是机器人吗', '别自动回复了，要真人'],
  },
  {
    id: 'human-03', title: '转售后专员', code: 'zr3', tags: ['正式'], intents: ['transfer-human'],
    body: '您好，售后问题由专门的售后同事处理会更快，我这就为您转接，聊天记录对方都能看到，不用重复描述。',
    triggers: ['售后', '转售后', '找售后', '售后客服', '专员'],
    examples: ['帮我转售后', '售后客服在哪'],
  },
  {
    id: 'human-04', title: '找主管', code: 'zr4', tags: ['安抚'], intents: ['transfer-human', 'complaint'],
    body: '理解您的心情。我已经把情况整理好并反馈给主管，主管会在这个对话里尽快联系您，同时我会继续跟进，您看可以吗？',
    triggers: ['找主管', '找你们领导', '经理', '负责人', '老板'],
    examples: ['叫你们主管来', '找你们负责人'],
  },
  {
    id: 'human-05', title: '转接排队', code: 'zr5', tags: ['安抚'], intents: ['transfer-human', 'wait'],
    body: '抱歉让您久等，人工客服现在排队的人有点多。您可以先把问题和订单号发在这里，接入后会优先看您的留言。',
    triggers: ['人工呢', '怎么还没人', '转了没', '排队', '等人工'],
    examples: ['人工怎么还没来', '转了没有'],
  },
  {
    id: 'human-06', title: '活泼转接', code: 'zr6', tags: ['活泼'], intents: ['transfer-human'],
    body: '没问题~这就帮您请来专业的同事，稍等一小会儿哦！',
    triggers: ['换个人', '换客服', '你不懂', '找懂的', '专业的'],
    examples: ['换个懂的来', '能换个客服吗'],
  },
  {
    id: 'human-07', title: '下班时段转接', code: 'zr7', tags: ['自动回复', '正式'], intents: ['transfer-human', 'wait'],
    body: '您好，人工客服在线时间为{客服时间}，现在暂时无法接入。请先留言，上班后同事会按顺序回复您。',
    triggers: ['人工', '人工客服', '没人', '转人工', '几点上班'],
    examples: ['人工客服几点上班', '现在没有人工吗'],
  },
  {
    id: 'human-08', title: '亲切接手', code: 'zr8', tags: ['亲切'], intents: ['transfer-human'],
    body: '您好，我是{客服昵称}，刚才的记录我都看过了，接下来由我继续为您处理，请放心。',
    triggers: ['人工', '接手', '前面那个', '刚才的客服', '还是你'],
    examples: ['刚才那个客服呢', '你接着处理吗'],
  },
]);

export const GENERAL_PHRASES: Phrase[] = [...greetings, ...waiting, ...checking, ...farewells, ...handoffs];
