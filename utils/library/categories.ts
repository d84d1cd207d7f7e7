// Product categories, and which one a product title (or, less surely, the buyer's words) is about. The
// taxonomy follows the top-level categories the marketplaces share; the words are data: each category lists
// the product nouns sellers put in titles (`strong`) and words that only lean towards it (`weak`: materials,
// audiences, uses). A title is read by leftmost-longest matching, so 运动鞋 counts as shoes, not as sport,
// and 纯棉四件套 as bedding, not as clothing.
import { compactText } from './text';

export const CATEGORIES = [
  '服饰', '鞋靴', '箱包', '美妆护肤', '个护清洁', '食品', '生鲜', '母婴', '数码配件', '家电', '家居家纺', '家具建材', '宠物', '运动户外', '其他',
] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

interface CategoryWords {
  strong: string;
  weak?: string;
}

/** Space-separated words; latin words are matched case-insensitively. */
export const CATEGORY_LEXICON: Record<Category, CategoryWords> = {
  服饰: {
    strong:
      '衣服 棉裤 保暖裤 妈妈裤 登山服 冲锋衣 连衣裙 半身裙 百褶裙 裙子 短裙 长裙 衬衫 衬衣 t恤 体恤 短袖 长袖 卫衣 毛衣 针织衫 开衫 外套 夹克 风衣 大衣 羽绒服 棉服 棉衣 ' +
      '马甲 西装 西服 裤子 长裤 短裤 牛仔裤 阔腿裤 休闲裤 运动裤 打底裤 打底衫 睡衣 睡裙 家居服 内衣 文胸 内裤 袜子 丝袜 连裤袜 ' +
      '背心 吊带 polo衫 防晒衣 防晒帽 遮阳帽 孕妇装 汉服 旗袍 上衣 秋衣 秋裤 保暖内衣 冲锋衣 围巾 帽子 棒球帽 渔夫帽 手套 领带 腰带 皮带 ' +
      '女装 男装 工装 校服 礼服 婚纱 泳衣 泳装 雪纺衫 毛呢 呢子 加绒裤 打底 唐装 童装 羊绒衫 羊毛衫 连体衣 哈衣 爬服',
    weak: '套装 修身 宽松 显瘦 oversize 女款 男款 春秋 秋冬 冬季 夏季 纯棉 雪纺 真丝 冰丝 莫代尔 加绒 加厚 鸭绒 鹅绒 码',
  },
  鞋靴: {
    strong:
      '鞋 鞋子 运动鞋 跑鞋 跑步鞋 板鞋 帆布鞋 皮鞋 高跟鞋 单鞋 凉鞋 拖鞋 凉拖 棉拖 靴子 短靴 长靴 雪地靴 马丁靴 切尔西靴 ' +
      '老爹鞋 小白鞋 乐福鞋 豆豆鞋 布鞋 老北京布鞋 洞洞鞋 休闲鞋 篮球鞋 足球鞋 登山鞋 徒步鞋 童鞋 学步鞋 雨靴 雨鞋 鞋垫 鞋带',
    weak: '鞋面 鞋底 内增高 软底 防滑底',
  },
  箱包: {
    strong:
      '双肩包 背包 书包 手提包 单肩包 斜挎包 挎包 托特包 钱包 卡包 零钱包 手拿包 腰包 胸包 行李箱 拉杆箱 旅行箱 登机箱 ' +
      '旅行包 行李包 电脑包 公文包 化妆包 收纳包 帆布包 腋下包 水桶包 女包 男包 包包 箱包 妈咪包 钥匙包 旅行袋 行李袋 健身包',
    weak: '真皮 牛皮 pu 大容量 万向轮',
  },
  美妆护肤: {
    strong:
      '素颜霜 面霜 乳液 精华 精华液 精华水 爽肤水 化妆水 柔肤水 洁面 洁面乳 洗面奶 面膜 眼霜 防晒 防晒霜 防晒乳 隔离霜 粉底 粉底液 ' +
      '气垫 bb霜 遮瑕 口红 唇釉 唇膏 唇彩 眼影 眼线 眼线笔 睫毛膏 眉笔 腮红 高光 散粉 蜜粉 定妆 卸妆 卸妆水 卸妆油 香水 ' +
      '护肤 护肤品 彩妆 化妆品 美妆 身体乳 护手霜 精油 面部 祛痘 水乳 套盒 安瓶 冻干粉 美甲 指甲油',
    weak: '保湿 补水 滋润 控油 提亮 敏感肌 油皮 干皮 色号 持妆',
  },
  个护清洁: {
    strong:
      '驱蚊液 驱蚊 防蚊 花露水 蚊香 身体乳 洗发水 洗发露 护发素 发膜 沐浴露 沐浴乳 香皂 肥皂 洗手液 牙膏 牙刷 电动牙刷 漱口水 牙线 剃须刀 剃须 刮胡刀 卫生巾 ' +
      '护垫 洗衣液 洗衣粉 洗衣凝珠 柔顺剂 消毒液 洗洁精 清洁剂 去污 除菌 纸巾 抽纸 卷纸 湿巾 厨房纸 垃圾袋 拖把 扫把 ' +
      '抹布 洁厕 马桶刷 除螨 洗衣 清洁 个护 梳子 脱毛 染发 发胶 护理液 隐形眼镜 口罩 指甲刀 指甲剪 修脚 暖宝宝 暖贴 发热贴 护理垫 成人护理垫 成人纸尿裤 成人尿不湿 ' +
      '地板清洁剂 地板清洁液 地板清洗剂 瓷砖清洁剂 瓷砖清洗剂 玻璃清洁剂 玻璃水 厨房清洁剂 油污清洁剂 拖地液 洗地液 除垢剂 去污剂 洗碗块 洗碗粉 洗碗机清洁剂 果蔬清洗剂 奶瓶清洗剂 湿厕纸',
    weak: '去屑 控油 留香 温和',
  },
  食品: {
    strong:
      '饮用水 矿泉水 纯净水 牛肉酱 拌饭酱 辣酱 下饭菜 酱菜 零食 饼干 薯片 坚果 瓜子 花生 核桃 巧克力 糖果 辣条 肉干 牛肉干 鸭脖 卤味 方便面 泡面 螺蛳粉 酸辣粉 火锅底料 ' +
      '调料 酱油 醋 食用油 大米 面粉 挂面 月饼 粽子 茶叶 绿茶 红茶 普洱 白茶 咖啡 咖啡豆 奶茶 牛奶 酸奶 饮料 果汁 ' +
      '矿泉水 白酒 啤酒 红酒 葡萄酒 黄酒 蜂蜜 麦片 燕麦 藕粉 芝麻糊 代餐 蛋白粉 阿胶 枸杞 红枣 桂圆 银耳 燕窝 ' +
      '面包 蛋糕 糕点 果干 果脯 罐头 香肠 腊肠 腊肉 火腿 粉丝 米粉 食品 小吃 特产 冻干 即食 速食 自热 小米粥 杂粮 鱿鱼丝 梨膏 木耳 黑木耳 碗耳 红糖 粉条 红薯粉 红薯粉条 火锅粉 成长奶 ' +
      '益生菌 钙片 鱼油 维生素 保健品 营养品 西洋参 人参 铁观音 龙井 毛峰 乌龙茶 大红袍 茶油 山茶油 芝麻丸 黄豆 绿豆 红豆 黑豆',
    weak: '口味 香辣 麻辣 原味 五香 无糖 低脂 独立包装 散装 礼盒装 酥 脆 克',
  },
  生鲜: {
    strong:
      '水果 苹果 香蕉 橙子 脐橙 橘子 沃柑 砂糖橘 柚子 葡萄 提子 草莓 车厘子 樱桃 芒果 榴莲 猕猴桃 奇异果 火龙果 荔枝 ' +
      '龙眼 桃子 水蜜桃 梨子 雪梨 香梨 皇冠梨 西瓜 哈密瓜 蓝莓 菠萝 凤梨 山竹 牛油果 柠檬 石榴 枇杷 杨梅 百香果 蔬菜 土豆 红薯 玉米 ' +
      '鸡蛋 鸭蛋 土鸡蛋 海鲜 虾 大虾 基围虾 小龙虾 螃蟹 大闸蟹 帝王蟹 鲜鱼 活鱼 鲈鱼 鳕鱼 黄鱼 三文鱼 带鱼 鲍鱼 扇贝 生蚝 海参 牛排 牛肉 ' +
      '羊肉 猪肉 五花肉 排骨 鸡肉 鸡翅 鸡腿 整鸡 鸭肉 整鸭 老鸭 鲜肉 冷鲜 冻品 鲜花 生鲜 现摘 现挖 鲜活 新鲜采摘 鲜果',
    weak: '产地直发 当季 斤装 果园 冷链 单果',
  },
  母婴: {
    strong:
      '奶粉 纸尿裤 尿不湿 拉拉裤 奶瓶 奶嘴 吸奶器 婴儿车 推车 安全座椅 辅食 米粉 婴儿 新生儿 宝宝 儿童 幼儿 孕妇 ' +
      '待产包 月子 哺乳 学步车 婴儿床 口水巾 隔尿垫 湿巾 玩具 积木 拼图 绘本 早教 磨牙棒 爬行垫 围兜 婴童 母婴 童车 ' +
      '儿童座椅 儿童餐椅 宝宝餐椅 孕妇装 防胀气 童装 连体衣 哈衣 爬服 童鞋 学步鞋',
    weak: '男童 女童 中大童 小童 宝宝用 儿童款 亲子',
  },
  数码配件: {
    strong:
      '扫码枪 扫描枪 打印机 收银机 手机壳 手机膜 钢化膜 充电器 充电头 数据线 充电线 充电宝 移动电源 耳机 蓝牙耳机 无线耳机 头戴式耳机 音箱 蓝牙音箱 ' +
      '键盘 鼠标 鼠标垫 u盘 硬盘 移动硬盘 内存卡 sd卡 读卡器 路由器 支架 手机支架 平板 平板电脑 笔记本电脑 电脑 显示器 ' +
      '手机 智能手表 手环 手表 相机 镜头 自拍杆 云台 麦克风 话筒 摄像头 游戏手柄 手柄 转接头 扩展坞 拓展坞 hub 插排 ' +
      '插座 排插 电池 ipad iphone 华为 苹果手机 苹果15 苹果14 苹果13 苹果12 苹果11 安卓 type-c typec usb 快充 pd 蓝牙 数码 保护套 耳机套 耳机壳 airpods',
    weak: '无线 降噪 兼容 适用 5g 128g 256g mah 毫安',
  },
  家电: {
    strong:
      '热水壶 冰柜 雪柜 展示柜 冷藏柜 保鲜柜 饮料柜 开水器 开水机 电水壶 电煮锅 电火锅 电蒸锅 一体锅 空调 冰箱 洗衣机 电视 电视机 热水器 微波炉 烤箱 空气炸锅 电饭煲 电饭锅 电压力锅 电磁炉 电热水壶 烧水壶 豆浆机 破壁机 ' +
      '料理机 榨汁机 搅拌机 咖啡机 电风扇 风扇 暖风机 取暖器 电暖器 加湿器 除湿机 空气净化器 净水器 扫地机 扫地机器人 ' +
      '吸尘器 洗地机 电吹风 吹风机 卷发棒 直发器 挂烫机 熨斗 电熨斗 油烟机 燃气灶 洗碗机 消毒柜 电饼铛 养生壶 电炖锅 ' +
      '煮蛋器 按摩仪 按摩椅 足浴盆 电热毯 理发器 剃毛器 冷风扇 小家电 家电 电器 暖手宝 热水袋 电热水袋 暖水袋',
    weak: '功率 瓦 档位 定时 智能 遥控 插电',
  },
  家居家纺: {
    strong:
      '玻璃杯 四件套 三件套 床单 被套 被罩 枕套 枕头 枕芯 被子 被芯 羽绒被 鸭绒被 鹅绒被 蚕丝被 空调被 夏凉被 毛毯 毯子 床垫 床褥 床笠 凉席 ' +
      '窗帘 地毯 地垫 脚垫 沙发垫 沙发套 抱枕 靠垫 桌布 毛巾 浴巾 浴袍 收纳盒 收纳箱 收纳袋 衣架 挂钩 置物架 ' +
      '碗 盘子 筷子 勺子 杯子 水杯 保温杯 马克杯 茶具 餐具 锅 炒锅 不粘锅 汤锅 蒸锅 刀具 菜刀 砧板 菜板 保鲜盒 饭盒 ' +
      '花瓶 摆件 香薰 蜡烛 相框 台灯 夜灯 雨伞 晾衣架 家纺 家居 床品 被褥 蚊帐 坐垫 门帘 沥水篮 沥水架',
    weak: '全棉 纯棉 磨毛 水洗棉 1.5米 1.8米 2米 床 卧室 客厅 ins',
  },
  家具建材: {
    strong:
      '货架 展示架 置物架 仓储架 床垫 橱柜 柜子 台面 灶台柜 沙发 床架 实木床 双人床 单人床 上下床 衣柜 书柜 书架 鞋柜 电视柜 茶几 餐桌 餐椅 书桌 电脑桌 办公桌 椅子 办公椅 ' +
      '电竞椅 凳子 梳妆台 床头柜 五斗柜 边柜 斗柜 屏风 墙纸 壁纸 瓷砖 地板 地板砖 涂料 乳胶漆 油漆 水龙头 花洒 淋浴 ' +
      '马桶 智能马桶 浴室柜 洗手盆 台盆 地漏 门锁 指纹锁 智能锁 灯具 吊灯 吸顶灯 开关 插座面板 五金 合页 拉手 晾衣杆 ' +
      '榻榻米 家具 建材 装修 全屋定制 集成吊顶 吊顶 折叠床 陪护床 午休床 行军床 电脑椅 人体工学椅 扳手 套筒 螺丝刀 电动螺丝刀 电钻 手电钻 冲击钻 锂电钻 工具箱 五金工具',
    weak: '实木 板材 免安装 组装 承重',
  },
  宠物: {
    strong:
      '猫粮 狗粮 猫砂 猫砂盆 猫抓板 猫爬架 猫窝 狗窝 宠物窝 宠物 猫咪 狗狗 幼猫 成猫 幼犬 成犬 猫条 冻干猫粮 罐头猫 ' +
      '狗绳 牵引绳 项圈 宠物衣服 猫玩具 狗玩具 逗猫棒 驱虫 宠物驱虫 宠物沐浴露 宠物用品 鱼缸 鱼粮 仓鼠 鸟笼 猫 狗',
    weak: '全价 无谷 犬 喵 汪',
  },
  运动户外: {
    strong:
      '跑步腰包 运动腰包 马拉松 骑行手套 冲锋衣 登山服 抓绒 瑜伽垫 瑜伽服 瑜伽裤 哑铃 壶铃 杠铃 跳绳 健身 健身器材 跑步机 动感单车 健腹轮 拉力器 弹力带 篮球 足球 排球 ' +
      '羽毛球 羽毛球拍 乒乓球 乒乓球拍 网球拍 球拍 帐篷 睡袋 天幕 露营 登山杖 钓鱼 鱼竿 渔具 自行车 山地车 骑行 ' +
      '滑板 轮滑 护膝 护腕 泳镜 泳帽 游泳 冲锋裤 运动水壶 头灯 野餐垫 折叠椅 烧烤架 头盔 骑行头盔 电动车头盔',
    weak: '运动 户外 防水 速干 透气 轻量',
  },
  其他: {
    strong:
      '绘本 故事书 打印纸 复印纸 办公用纸 喷雾器 打药机 农用 老花镜 眼镜 拐杖 助行器 手杖 太阳能 光伏 发电板 气球 派对 背景墙 串珠 手链 项链 耳环 饰品 奖杯 刻字 花篮 血压计 体温计 工牌 卡套 拼图 文具 笔记本 中性笔 钢笔 铅笔 橡皮 本子 胶带 贴纸 图书 书籍 小说 教材 教辅 乐器 吉他 尤克里里 电子琴 汽车 车载 车用 ' +
      '行车记录仪 雨刮 汽车坐垫 座套 车座套 电动车 花盆 绿植 多肉 种子 园艺 玩具 毛笔 书法 宣纸 墨汁 砚台 文房四宝',
  },
};

/**
 * Products filed under either of several categories, depending on the marketplace and on who files them
 * (吹风机: 家电 or 个护; 拖把: 个护清洁 or 家居; 登山包: 箱包 or 运动户外). A title naming one is read as all of
 * them ("one of these"), so a phrase written for only one of them is not offered for it.
 */
const FILED_EITHER_WAY: [words: string, categories: Category[]][] = [
  ['吹风机 电吹风 卷发棒 直发器 直板夹 理发器 电推剪 剃毛器 剃须刀 电动牙刷 冲牙器 脱毛仪 按摩仪 按摩器 美容仪', ['家电', '个护清洁']],
  ['拖把 扫把 扫帚 拖布 墩布 簸箕 垃圾桶 马桶刷 晾衣架', ['个护清洁', '家居家纺']],
  // Bath textiles: home textiles to most, 个护 to some; bedding replies (床宽, 床品清洗) fit neither reading.
  ['毛巾 浴巾 方巾 面巾 浴袍 浴帽', ['家居家纺', '个护清洁']],
  ['精油 护发精油 洗脸巾 洁面巾 身体乳 护手霜', ['美妆护肤', '个护清洁']],
  // Baby wipes and baby laundry liquid: 母婴 to most writers, 个护清洁 to others (the product beside its audience).
  ['湿巾 湿纸巾 手口湿巾 婴儿湿巾 宝宝湿巾 婴儿手口湿巾 棉柔巾 婴儿棉柔巾 婴儿洗衣液 宝宝洗衣液 儿童洗衣液', ['母婴', '个护清洁']],
  ['登山包 徒步包 徒步背包 骑行包 运动腰包 跑步腰包 户外背包', ['箱包', '运动户外']],
  ['冲锋衣 冲锋裤 登山服 登山裤 速干衣 速干裤 抓绒 瑜伽服 瑜伽裤 骑行服', ['服饰', '运动户外']],
  ['运动手表 智能手表 运动手环', ['数码配件', '运动户外']],
  ['投影仪 投影机', ['家电', '数码配件']],
  ['保温杯 水杯 茶杯 茶具 摆件 花盆', ['家居家纺', '其他']],
  // A flask for outdoors: 运动户外 to the writers who read the title's 户外 登山.
  ['保温壶 登山水壶 户外水壶', ['家居家纺', '其他', '运动户外']],
  ['雨伞 遮阳伞 太阳伞 晴雨伞 折叠伞', ['家居家纺', '其他']],
  // Lamps: home furnishing to most, fittings or an electrical appliance to others.
  ['台灯 护眼灯 护眼台灯 阅读灯 床头灯 夜灯 小夜灯 落地灯 灯具', ['家居家纺', '家具建材', '家电']],
  ['行车记录仪', ['其他', '数码配件']],
  // Sportswear: clothing, or sport when the title says 运动 (three writers of four).
  ['运动服 运动套装 运动短袖 运动t恤 运动裤 运动背心 运动内衣 健身服 泳衣 泳装 泳裤', ['服饰', '运动户外']],
  // Hair dye: 个护 (hair care) to some, 美妆 to others.
  ['染发 染发剂 染发膏', ['个护清洁', '美妆护肤']],
  // Baby things beside their kind: an appliance, a floor mat, a powder.
  ['调奶器 温奶器 暖奶器 冲奶机 消毒器 奶瓶消毒器 辅食机', ['母婴', '家电']],
  ['爬行垫 爬爬垫', ['母婴', '家居家纺']],
  ['爽身粉 痱子粉', ['母婴', '个护清洁']],
  ['电热毯 电褥子', ['家电', '家居家纺']],
  ['电热饭盒 加热饭盒', ['家电', '家居家纺']],
  ['玉米 糯玉米 甜玉米 黏玉米 粘玉米 牛肉丸 牛筋丸 肉丸 鱼丸 丸子', ['食品', '生鲜']],
  ['衣帽架 置物架 婴儿床 儿童床', ['家居家纺', '家具建材']],
  ['水饺 饺子 速冻 汤圆 馄饨 冻品', ['食品', '生鲜']],
  ['鲜花 花束', ['生鲜', '其他']],
  ['玩具 积木 拼图 拼装 益智玩具 毛绒玩具 遥控车 绘本', ['母婴', '其他']],
];

const STRONG_WEIGHT = 1;
const WEAK_WEIGHT = 0.35;
/** A category within this share of the best one is still a candidate (a child's shoe: 鞋靴 and 母婴). */
const CANDIDATE_SHARE = 0.5;
/** Below this, the words say too little to name a category, or to make it a candidate (weak words alone). */
const MIN_EVIDENCE = 0.9;
/** The buyer's words are less sure than a product title: what they mention may not be what they bought. */
const MESSAGE_SHARE = 0.8;

interface LexiconEntry {
  category: number;
  weight: number;
  /** A product filed either way (FILED_EITHER_WAY): its categories stay candidates together. */
  eitherWay?: boolean;
}

let lexicon: { entries: Map<string, LexiconEntry[]>; longest: number } | undefined;

function getLexicon(): { entries: Map<string, LexiconEntry[]>; longest: number } {
  if (lexicon) return lexicon;
  const entries = new Map<string, LexiconEntry[]>();
  let longest = 1;
  CATEGORIES.forEach((category, index) => {
    const { strong, weak = '' } = CATEGORY_LEXICON[category];
    for (const [list, weight] of [[strong, STRONG_WEIGHT], [weak, WEAK_WEIGHT]] as const) {
      for (const raw of list.split(' ')) {
        const word = compactText(raw);
        if (!word) continue;
        const list = entries.get(word) ?? [];
        const same = list.find((entry) => entry.category === index);
        if (same) same.weight = Math.max(same.weight, weight);
        else list.push({ category: index, weight });
        entries.set(word, list);
        longest = Math.max(longest, word.length);
      }
    }
  });
  for (const [words, categories] of FILED_EITHER_WAY) {
    for (const raw of words.split(' ')) {
      const word = compactText(raw);
      const list = (entries.get(word) ?? []).filter((entry) => !categories.includes(CATEGORIES[entry.category]!));
      for (const category of categories) list.push({ category: CATEGORIES.indexOf(category), weight: STRONG_WEIGHT, eitherWay: true });
      entries.set(word, list);
      longest = Math.max(longest, word.length);
    }
  }
  lexicon = { entries, longest };
  return lexicon;
}

export interface CategoryReading {
  /** Candidates best first; one candidate is a known category, several mean "one of these". */
  candidates: Category[];
  /** The words that decided, for the panel's reason line. */
  words: string[];
  /** 'title' when read from the product card, 'messages' when only the buyer's words named the product. */
  from: 'title' | 'messages';
  /** The best category's evidence: 1 per product noun, less per leaning word. */
  evidence: number;
}

/**
 * Evidence per category from leftmost-longest lexicon words in `text`, added to `scores`; the categories of
 * each product filed either way that the text names go to `eitherWay`, one group per word.
 */
function scoreText(text: string, share: number, weakShare: number, scores: Float32Array, words: Map<number, string[]>, eitherWay: number[][]): void {
  const { entries, longest } = getLexicon();
  const compact = compactText(text);
  for (let i = 0; i < compact.length; ) {
    let matched = 0;
    for (let length = Math.min(longest, compact.length - i); length >= 1; length--) {
      const found = entries.get(compact.slice(i, i + length));
      if (!found) continue;
      // A latin word inside a longer latin run (pd in "ipad") is not that word.
      const word = compact.slice(i, i + length);
      if (/[a-z]$/.test(word) && /[a-z]/.test(compact[i + length] ?? '')) continue;
      if (/^[a-z]/.test(word) && /[a-z]/.test(compact[i - 1] ?? '')) continue;
      if (found.some((entry) => entry.eitherWay)) eitherWay.push(found.map((entry) => entry.category));
      for (const entry of found) {
        const weight = entry.weight === STRONG_WEIGHT ? share : entry.weight * weakShare;
        if (weight === 0) continue;
        scores[entry.category]! += weight;
        const list = words.get(entry.category) ?? [];
        if (!list.includes(word)) list.push(word);
        words.set(entry.category, list);
      }
      matched = length;
      break;
    }
    i += Math.max(1, matched);
  }
}

/**
 * The product's category: from the title when there is one, else from the buyer's messages. Several
 * candidates come back when the words point to more than one (婴儿连体衣: 母婴 and 服饰); none when nothing
 * in the text names a product.
 */
export function readCategory(title: string | undefined, buyerTexts: readonly string[] = []): CategoryReading | null {
  const fromTitle = title ? rank(title, 1, 1) : null;
  if (fromTitle) return { ...fromTitle, from: 'title' };
  // In chat, materials and fits (纯棉, 宽松, 码) are asked about for every kind of product: only nouns count.
  const fromMessages = rank(buyerTexts.join('\n'), MESSAGE_SHARE, 0);
  return fromMessages ? { ...fromMessages, from: 'messages' } : null;
}

function rank(text: string, share: number, weakShare: number): Omit<CategoryReading, 'from'> | null {
  if (!text.trim()) return null;
  const scores = new Float32Array(CATEGORIES.length);
  const words = new Map<number, string[]>();
  const eitherWay: number[][] = [];
  scoreText(text, share, weakShare, scores, words, eitherWay);
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  const floor = MIN_EVIDENCE * share;
  if (scores[best]! < floor) return null;
  const kept = new Set([...scores.keys()].filter((i) => scores[i]! >= Math.max(floor, CANDIDATE_SHARE * scores[best]!)));
  // The product sold decides over the words around it: 婴儿洗衣液 with 宝宝 新生儿 in its title is still
  // laundry liquid to the writers who file it under 个护清洁, and 护手霜 with 保湿 补水 still 个护 to some.
  for (const group of eitherWay) if (group.some((category) => kept.has(category))) for (const category of group) kept.add(category);
  const order = [...kept].sort((a, b) => scores[b]! - scores[a]!);
  return { candidates: order.map((i) => CATEGORIES[i]!), words: order.flatMap((i) => words.get(i) ?? []), evidence: scores[best]! };
}
