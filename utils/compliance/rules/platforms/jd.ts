// 京东 (咚咚 / 京麦): a third-party shop must not pass itself off as 京东自营 or 京东官方, links and 口令 of other
// platforms take the buyer off JD, and 价格保护 is a service set per product, not something an agent extends.
import type { Rule } from '../../types';
import { list } from '../define';

export const JD_RULES: Rule[] = [
  {
    id: 'authority.jd.self-operated',
    category: 'authority',
    severity: 'warn',
    platforms: ['jd'],
    words: list('京东官方店 京东官方旗舰 京东直营 京东自营 官方自营 我们就是京东 我们是自营'),
    reason: '京东开放平台规则：“京东自营”“京东官方”标识只属于京东自营商品，第三方店铺这样说会被认定为虚假宣传、误导买家；本店若确是自营，可在团队规则里关掉这条',
    suggestions: ['我们是品牌授权的店铺', '商品由本店发货，售后也由本店负责'],
  },
  {
    id: 'offplatform.jd.other-platform-link',
    category: 'offplatform',
    severity: 'block',
    platforms: ['jd'],
    words: list(
      '1688.com jinritemai.com kuaishou.com pinduoduo.com taobao.com tb.cn tmall.com weidian.com xiaohongshu.com ' +
      'yangkeduo.com youzan.com 复制口令 打开抖音 打开拼多多 打开淘宝 淘口令',
    ),
    reason: '京东开放平台规则禁止在咚咚会话中发送其他平台的链接或口令、引导买家到京东以外交易',
    suggestions: ['我把京东的商品链接发给您'],
  },
  {
    id: 'promise.jd.price-protection',
    category: 'promise',
    severity: 'warn',
    platforms: ['jd'],
    words: list('一直保价 价保到底 全网保价 永久保价 终身保价 降价就退差价 降多少退多少 随时保价'),
    reason: '京东的价格保护以商品页标注的价保服务和期限为准，客服口头承诺更长、更宽的保价，兑现不了就是违背承诺',
    suggestions: ['价保以商品页标注的服务为准', '降价后可以在订单页申请价格保护'],
  },
  {
    id: 'promise.jd.logistics',
    category: 'promise',
    severity: 'warn',
    platforms: ['jd'],
    // A third-party shop ships with its own courier: 京东物流's 211 and 次日达 are not the agent's to promise.
    words: list('211限时达 京东次日达 京东物流次日达 保证京东配送 肯定京东配送 都走京东物流 一定走京东物流'),
    reason: '京东的配送方式和时效（211限时达、次日达）以商品页和订单页标注为准，第三方店铺客服口头承诺京东物流时效，兑现不了就是违背承诺',
    suggestions: ['配送方式和时效以订单页显示为准', '发货后我把物流单号告诉您'],
  },
];
