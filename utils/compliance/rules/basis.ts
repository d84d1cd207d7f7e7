// The legal and platform bases rule reasons cite, written once so every rule quotes them the same way.

/** For 提醒 (warn): names the article without saying 禁止 — whether chat wording counts as advertising depends on context. */
export const AD_LAW_9_3 = '属《广告法》第九条第（三）项所列“最高级”“最佳”一类的绝对化用语，用在商品宣传里容易被认定为违规';
export const SAMR_GUIDE = '市场监管总局《广告绝对化用语执法指南》（2023）要求结合语境判断';
/** For 提醒 (warn) rules on health wording: a risk that depends on what the goods are, not a flat ban. */
export const HEALTH_CLAIM = '普通食品、日用品说有保健功能，容易被认定为虚假或违规宣传（《食品安全法》第七十三条、《化妆品监督管理条例》第三十七条），只有取得相应批准的保健食品才能这样说';
export const AD_LAW_17 = '《广告法》第十七条：除医疗、药品、医疗器械广告外，不得涉及疾病治疗功能，不得使用医疗用语或易与药品、医疗器械混淆的用语';
export const PLATFORM_OFFSITE = '各平台规则（拼多多、抖店、淘宝等）禁止在会话中发布站外联系方式、引导买家离开平台沟通或交易，违规会被扣分限流，买家也失去平台保障';
export const REVIEW_BAIT = '《电子商务法》第十七条禁止编造用户评价；《网络反不正当竞争暂行规定》（2024）禁止以返现、红包、卡券等利诱好评；各平台亦将“好评返现”列为违规';
export const PROMISE_BASIS = '《消费者权益保护法》第二十条要求经营者提供的质量、性能等信息真实、全面；店铺兑现不了的承诺一旦落空，会按平台“违背承诺”规则处理';
export const ATTITUDE_BASIS = '买家可就服务态度投诉，各平台的客服考核（如拼多多的服务态度提醒、抖店的客服体验分、京东的咨询满意度）都计入；不耐烦、推脱的回复会拉低店铺评分';
export const ABUSE_BASIS = '《消费者权益保护法》第十四条规定消费者享有人格尊严受到尊重的权利；各平台客服规范将辱骂、嘲讽、威胁买家列为严重违规';
