// The learned catcher's words per category (riskFinding in risk-model.ts): data of their own, which the workbench's
// content script reads from compliance-builtins.json instead of bundling them (scripts/packaged-modules.ts).

/**
 * Advice per category: how to say it instead. Advice, not a wording: it goes in the reason, never among the
 * suggestions, which the tooltip and the panel offer as one-click replacements of the underlined clause.
 */
export const RISK_HINTS: Record<string, string> = {
  absolute: '用具体的事实代替“最”“第一”“唯一”之类的说法，例如材质、参数、销量的实际数字',
  authority: '只说能出示的资质或检测报告，不借国家机关、专家、名人的名义',
  medical: '只说产品本身的成分和用法，功效问题请买家咨询医生',
  offplatform: '所有沟通、付款和售后都留在平台内完成，不给站外联系方式',
  reviewbait: '只请买家按真实感受评价，不拿返现、礼品或售后条件换好评',
  promise: '只承诺店铺规则里写明的服务，其余说“我们会尽力帮您处理”',
  abuse: '就事论事，不评价买家本人',
  attitude: '先回应买家的问题，再耐心说明，例如“亲，我再帮您看一下”',
};

/** How the reason names a category's kind of claim (the learned judgement says what it reads, not which word). */
export const RISK_READS: Record<string, string> = {
  absolute: '绝对化用语（最、第一之类的说法）',
  authority: '借权威背书',
  medical: '医疗功效宣传',
  offplatform: '引导站外交易或联系',
  reviewbait: '诱导好评',
  promise: '做不到的承诺',
  abuse: '辱骂或贬低买家',
  attitude: '服务态度生硬',
};
