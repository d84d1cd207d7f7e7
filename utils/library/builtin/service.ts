import { definePhrases } from './define';

/**
 * Replies the service reminders offer first (utils/queue/rank.ts finds them by tag, so a team or
 * personal phrase carrying the same tag is offered too): 「久等了」 openings, a follow-up after 「稍等」,
 * a first-reply greeting, a closing line and a review invitation that offers nothing in return.
 */
export const SERVICE_PHRASES = [
  ...definePhrases({ group: '服务提醒', stage: '通用' }, [
    {
      id: 'svc-sorry-01', title: '久等了开场', code: 'fwjd1', tags: ['安抚', '久等致歉'], intents: ['wait', 'greeting'],
      body: '{买家昵称}，让您久等了，真是不好意思！刚才咨询的人有点多，现在由我专门为您处理。',
      triggers: ['怎么才回', '等半天', '人呢', '有人吗', '怎么不回'],
      examples: ['怎么半天不回', '人呢？等半天了'],
    },
    {
      id: 'svc-sorry-02', title: '久等了·逐条回复', code: 'fwjd2', tags: ['亲切', '久等致歉'], intents: ['wait'],
      body: '{买家昵称}，不好意思让您等这么久！您发的消息我都看到了，下面一条条回复您。',
      triggers: ['还在吗', '回一下', '看到没', '理理我'],
      examples: ['看到消息没', '在吗？回一下'],
    },
    {
      id: 'svc-follow-01', title: '查询结果跟进', code: 'fwgj1', tags: ['正式', '跟进回复'], intents: ['wait'],
      body: '亲，刚才答应帮您查的事情有结果了：{查询结果}。还有不清楚的地方随时问我。',
      triggers: ['查到了吗', '结果怎么样', '查好了吗', '有结果吗'],
      examples: ['查好了没', '有结果了吗'],
    },
    {
      id: 'svc-follow-02', title: '处理中的跟进', code: 'fwgj2', tags: ['安抚', '跟进回复'], intents: ['wait'],
      body: '亲，您的问题我一直在跟进，还需要一点时间，一有结果就在这里告诉您，辛苦您了。',
      triggers: ['还没好吗', '怎么还没消息', '进展呢', '还要等吗'],
      examples: ['怎么还没消息', '还要等多久啊'],
    },
  ]),
  ...definePhrases({ group: '服务提醒', stage: '通用' }, [
    {
      id: 'svc-welcome-01', title: '首次回复欢迎', code: 'fwhy1', tags: ['亲切', '欢迎语'], intents: ['greeting'],
      body: '您好，欢迎光临{店铺名}，我是客服{客服昵称}，很高兴为您服务~',
      triggers: ['你好', '在吗', '您好', '有人在吗'],
      examples: ['你好，在吗', '有人在吗'],
    },
    {
      id: 'svc-close-01', title: '服务结束语', code: 'fwjs1', tags: ['正式', '结束语'], intents: ['thanks-bye'],
      body: '感谢您的耐心，今天的问题都处理好了。之后有任何需要随时找我们，祝您生活愉快！',
      triggers: ['没问题了', '都清楚了', '那就这样吧', '辛苦了'],
      examples: ['好的都清楚了', '辛苦了'],
    },
  ]),
  ...definePhrases({ group: '服务提醒', stage: '售后' }, [
    {
      id: 'svc-review-01', title: '邀请真实评价', code: 'fwpj1', tags: ['亲切', '邀评'], intents: ['review'],
      body: '收到宝贝用一段时间后，方便的话欢迎按真实感受写个评价，好的不好的我们都会认真看。',
      triggers: ['评价', '写评价', '去评价', '评论'],
      examples: ['到时候给你评价', '我会去评论的'],
    },
  ]),
];
