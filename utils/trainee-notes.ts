// Trainee mode's note per category (explain.ts): data of its own, which the workbench's content script reads from
// compliance-builtins.json instead of bundling it (scripts/packaged-modules.ts).

/** What each kind of risk costs the shop, said the way a team lead would tell a new agent. */
export const TRAINEE_NOTES: Record<string, string> = {
  absolute: '“最”“第一”这类绝对化说法属于《广告法》禁止的用语，被买家截图投诉后店铺可能被罚款、商品被下架。换成具体、可证明的描述更稳妥。',
  authority: '“国家级”“特供”等借权威背书的说法，没有官方证明就是虚假宣传，平台会按违规处理。',
  medical: '普通商品不能说能治病、能消炎等医疗功效，只有取得相应资质的药品、医疗器械才可以，这类说法处罚很重。',
  offplatform: '引导买家加其他聊天账号、留电话、扫码或站外付款，会被平台判定为站外交易或引流，轻则扣分重则封店。沟通和交易请留在平台内。',
  reviewbait: '用返现、红包、赠品换好评属于平台严禁的“利益诱导评价”，一经发现会被删评并处罚。可以邀请评价，但不能给好处。',
  promise: '保证做不到的事（一定、绝对、包赔等），一旦做不到就构成违背承诺，买家投诉成立时店铺要赔付并被扣分。用“一般”“预计”“尽力”等留有余地的说法。',
  abuse: '对买家不礼貌的用语会被判服务态度问题，严重时直接处罚。再着急也请保持礼貌。',
};
