// Where a comparison with other sellers happens ("全网", "同类", "市面上"…): one list for the rules, which read "最"
// right after one as a claim (rules/absolute.ts), and the confirm model, which never lowers an absolute claim one
// leads (inComparisonScope in model.ts). Its own module, without the rules, because the checker imports it and the
// content script gets the rules as data.

/** Words that name the scope of a comparison (simplified, as the checker folds text). */
export const COMPARISON_SCOPES: readonly string[] = (
  '世界 业内 业界 全国 全城 全市 全平台 全淘 全球 全省 全站 全网 别家 历史上 史上 ' +
  '同价位 同价位里 同品类 同档次 同类 同类中 同类里 同级别 同行 同行里 品牌中 品牌里 ' +
  '国内 圈内 圈里 市场上 市面上 所有 整个平台 有史以来 牌子里 牌子里面 行业 ' +
  // "全快手最低": the whole of the platform the shop sells on.
  '全京东 全多多 全快手 全抖音 全拼多多 全淘宝 ' +
  // Goods of the same size or price ("同尺寸里最大", "这个价位里是顶配").
  '同尺寸 同规格 同等价位 这个价位 这个价位里 任何平台 ' +
  // "同类产品中 最快的一条": the scope named with the goods' kind.
  '同类产品中 同类产品里 同类商品中 同类商品里 所有产品中 所有产品里 ' +
  // A price band ("千元机里是无敌的存在", "百元档最好用"): the goods of that price, as 同价位 is.
  '百元机 百元档 百元价位 百元级 千元机 千元档 千元价位 千元级 万元机 万元档 万元价位 万元级'
).split(' ');

/**
 * A province or a region of the country named as the field of a ranking ("湖北最大的散养鸡基地", "四川第一", "整个海南卖得
 * 最多的"): the same comparison with every other seller, narrowed to a place. Apart from COMPARISON_SCOPES because the
 * everyday superlatives of delivery read right after a place ("新疆最快三天到", "江浙沪最快次日达") are no claim: only
 * the rules that rank the goods take these as cues, and the confirm model keeps a claim they lead (inComparisonScope).
 * Train: 22 risky drafts of 19 writers rank the goods in a place this way, no clean one.
 */
export const REGION_SCOPES: readonly string[] = (
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 ' +
  '陕西 甘肃 青海 台湾 内蒙古 内蒙 广西 西藏 宁夏 新疆 香港 澳门 ' +
  '华南 华北 华东 华中 西南 西北 东北 江浙沪 长三角 珠三角 两广 闽南 岭南 ' +
  // Cities ("全哈尔滨最高的收书价", "佛山第一腊味店", "全长沙第一"): c295, c297, c298. Those that are also ordinary words
  // only with 全 (长沙发, 大连帽, 大理石); 开封 (开封后), 包头 are left out.
  '哈尔滨 齐齐哈尔 大庆 长春 沈阳 石家庄 太原 济南 青岛 烟台 潍坊 郑州 洛阳 武汉 宜昌 襄阳 株洲 湘潭 岳阳 南京 苏州 无锡 ' +
  '常州 徐州 扬州 杭州 宁波 温州 嘉兴 金华 绍兴 台州 义乌 合肥 南昌 赣州 福州 厦门 泉州 广州 深圳 佛山 东莞 珠海 中山 ' +
  '惠州 江门 湛江 汕头 潮汕 南宁 桂林 柳州 海口 三亚 成都 绵阳 贵阳 遵义 昆明 丽江 拉萨 西安 兰州 西宁 银川 乌鲁木齐 ' +
  '呼和浩特 全长沙 全大连 全大理'
).split(' ');
