// 抖店飞鸽: besides the extreme words every platform forbids, 抖店's service-chat rules forbid any QR code, links
// to other sites, payment and bank accounts, words nobody can verify in chat (正品保证, 世界级, 国际品质), limiting
// words that rush the buyer (仅此一次, 最后一波) and asking outright for a five-star review.
import type { Rule } from '../../types';
import { list } from '../define';

const FEIGE = '抖店飞鸽客服规范禁止在会话中发送';

export const FEIGE_RULES: Rule[] = [
  {
    id: 'offplatform.feige.qr-code',
    category: 'offplatform',
    severity: 'block',
    platforms: ['feige'],
    words: list('二维码 付款码 小程序码 扫一下 扫一扫 扫个码 扫码 扫这个码 收款码 群码 长按识别'),
    reason: `${FEIGE}任何二维码（加好友、进群、付款、领券都不行）；商品信息请用文字或平台的商品卡片发送`,
    suggestions: ['商品卡片', '店铺首页的活动'],
  },
  {
    id: 'offplatform.feige.link',
    category: 'offplatform',
    severity: 'block',
    platforms: ['feige'],
    words: list(
      '1688.com 3.cn jd.com kuaishou.com pinduoduo.com taobao.com tb.cn tmall.com weidian.com ' +
      'xiaohongshu.com yangkeduo.com youzan.com 复制口令 复制链接打开 打开京东 打开拼多多 打开淘宝 淘口令',
    ),
    reason: `${FEIGE}第三方平台的链接和口令（淘宝、京东、拼多多等），只能发送抖店内的商品和订单`,
    suggestions: ['我把抖店的商品卡片发给您'],
  },
  {
    id: 'offplatform.feige.payment-account',
    category: 'offplatform',
    severity: 'block',
    platforms: ['feige'],
    words: list('对公账户 开户行 户名 支付宝号 支付宝账号 收款账号 收款账户 账户名 银行账号'),
    reason: `${FEIGE}收款、银行或支付账户；付款和退款只走抖店的订单`,
    suggestions: ['请直接在店铺里下单付款，资金有平台保障', '退款会按订单原路退回'],
  },
  {
    id: 'authority.feige.unverifiable',
    category: 'authority',
    severity: 'block',
    platforms: ['feige'],
    words: list(
      '100%正品 世界名牌 世界级 保证正品 原装正品 名牌 国际品质 国际大牌 国际水准 国际级 官方正品 正品保证 ' +
      '绝对正品',
    ),
    reason: `${FEIGE}无法核实的说法，如“正品保证”“世界级”“国际品质”“名牌”；正品保障以商品页展示的平台服务为准`,
    suggestions: ['支持平台的正品保障服务', '品牌授权信息在商品详情页可以查看'],
  },
  {
    id: 'absolute.feige.limiting',
    category: 'absolute',
    severity: 'block',
    platforms: ['feige'],
    words: list(
      '仅此一天 仅此一次 仅此一波 最后一天 最后一批 最后一次机会 最后一波 过了今天就没 错过不再有 ' +
      '错过再等一年',
    ),
    reason: `${FEIGE}限定词（“仅此一次”“最后一波”等催促买家的说法），活动时间请以商品页为准`,
    suggestions: ['活动时间以商品页为准', '现在下单有活动价'],
  },
  {
    id: 'reviewbait.feige.five-star',
    category: 'reviewbait',
    severity: 'block',
    platforms: ['feige'],
    words: list('五星好评 帮忙好评 打五星 求五星 求好评 给个五星 给个好评 给五星'),
    reason: `${FEIGE}直接索要五星或好评的话；可以邀请买家按真实感受评价`,
    suggestions: ['收到货满意的话，欢迎分享真实的使用感受'],
  },
];
