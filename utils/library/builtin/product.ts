import type { Phrase } from '../types';
import { definePhrases } from './define';

// 售前 product questions: size, material, usage and care, stock, recommendations.

const sizing = definePhrases({ group: '售前咨询', stage: '售前' }, [
  {
    id: 'size-01', title: '问身高体重', code: 'cm1', tags: ['亲切'], intents: ['product.size'],
    categories: ['服饰', '运动户外'],
    body: '亲，方便告诉我您的身高、体重和平时穿的码数吗？我帮您对照{商品名}的尺码表推荐合适的码~',
    triggers: ['尺码', '穿多大', '什么码', '选哪个码', '多大码', '码数'],
    examples: ['我穿多大码', '这个选什么码合适'],
  },
  {
    id: 'size-02', title: '按尺码表选', code: 'cm2', tags: ['正式'], intents: ['product.size'],
    categories: ['服饰', '运动户外'],
    body: '您好，商品详情页有详细尺码表，建议拿一件平时合身的衣服平铺测量后对照选择；如在两个码之间，喜欢宽松可选大一码。',
    triggers: ['尺码表', '怎么选码', '尺寸', '肩宽', '胸围', '衣长'],
    examples: ['尺码表在哪看', '胸围多少'],
  },
  {
    id: 'size-03', title: '版型偏小', code: 'cm3', tags: ['亲切'], intents: ['product.size'],
    categories: ['服饰'],
    body: '这款是修身版型，上身会比较贴合哦。如果您喜欢宽松一点或者冬天要内搭，建议拍大一码~',
    triggers: ['偏小吗', '偏大吗', '正码吗', '修身', '宽松吗', '标准码'],
    examples: ['这个偏小吗', '是正码吗'],
  },
  {
    id: 'size-04', title: '鞋码建议', code: 'cm4', tags: ['亲切'], intents: ['product.size'],
    // Running, hiking and football shoes are filed under 运动户外 by some writers and marketplaces.
    categories: ['鞋靴', '运动户外'],
    body: '亲可以量一下脚长（脚跟到脚尖），对照详情页的鞋码表选择哦。脚背偏高或脚偏宽的话，建议选大半码~',
    triggers: ['鞋码', '穿多少码', '脚长', '脚宽', '半码', '码偏大吗'],
    examples: ['我平时穿38这个穿多少', '脚宽穿哪个码'],
  },
  {
    id: 'size-05', title: '规格型号', code: 'cm5', tags: ['正式'], intents: ['product.size'],
    body: '您好，{商品名}每个规格的尺寸和容量在下单页都有标注。请告诉我使用场景或设备型号，我帮您确认适配的规格。',
    triggers: ['哪个规格', '型号', '适配', '兼容吗', '能用吗', '多大的'],
    examples: ['我的手机型号能用吗', '要选哪个规格'],
  },
  {
    id: 'size-06', title: '童装尺码', code: 'cm6', tags: ['亲切'], intents: ['product.size'],
    categories: ['服饰', '母婴'],
    body: '宝宝的身高和体重告诉我一下哦~童装一般按身高选，小朋友长得快，身高在两个码之间可以选大一码，能多穿一阵子。',
    triggers: ['宝宝穿多大', '孩子', '童装', '几岁穿', '小孩', '身高'],
    examples: ['宝宝100cm穿多大', '5岁孩子穿哪个码'],
  },
  {
    id: 'size-07', title: '尺寸测量说明', code: 'cm7', tags: ['正式'], intents: ['product.size'],
    body: '您好，页面标注的尺寸为平铺手工测量，可能存在1-3cm误差，属于正常范围，请以实物为准。',
    triggers: ['误差', '准吗', '尺寸准不准', '测量', '差多少'],
    examples: ['尺码表准吗', '尺寸有误差吗'],
  },
  {
    id: 'size-08', title: '活泼推荐码', code: 'cm8', tags: ['活泼'], intents: ['product.size'],
    categories: ['服饰', '运动户外'],
    body: '报上身高体重，{客服昵称}来帮您选码啦！顺便说说喜欢合身还是宽松，推荐得更准哦~',
    triggers: ['帮我选码', '推荐尺码', '穿啥码', '多大号', '选个码'],
    examples: ['帮我选个码', '我该穿啥码'],
  },
  {
    id: 'size-09', title: '家居尺寸', code: 'cm9', tags: ['正式'], intents: ['product.size'],
    // Furniture and appliances stand somewhere; bedding is chosen by the bed's width (size-13).
    categories: ['家具建材', '家电'],
    body: '您好，{商品名}的长宽高在详情页参数里有写。建议下单前量一下摆放位置，并预留一点空间，避免放不下。',
    triggers: ['多大', '尺寸多少', '长宽高', '放得下吗', '占地', '多高'],
    examples: ['这个柜子多高', '1.5米的床能用吗'],
  },
  {
    id: 'size-10', title: '码数不确定', code: 'cm10', tags: ['安抚'], intents: ['product.size', 'return.policy'],
    categories: ['服饰', '鞋靴', '运动户外', '母婴'],
    body: '亲别担心，您把身高体重发我，我按尺码表帮您推荐。收到后如果不合适，在不影响二次销售的情况下可以按平台规则申请换码哦。',
    triggers: ['不合适怎么办', '怕不合适', '拿不准', '穿不了能换吗', '买错码'],
    examples: ['怕尺码不合适', '穿不了能换吗'],
  },
]);

const materials = definePhrases({ group: '售前咨询', stage: '售前' }, [
  {
    id: 'material-01', title: '面料成分', code: 'cz1', tags: ['正式'], intents: ['product.material'],
    categories: ['服饰', '家居家纺', '运动户外', '母婴'],
    body: '您好，面料成分在详情页的吊牌图和商品参数里都有标注，您可以放大查看；拿不准的地方告诉我，我帮您确认。',
    triggers: ['什么面料', '材质', '成分', '含棉吗', '什么料子', '面料'],
    examples: ['这是什么面料', '含棉量多少'],
  },
  {
    id: 'material-02', title: '面料手感', code: 'cz2', tags: ['亲切'], intents: ['product.material'],
    categories: ['服饰'],
    body: '这款面料的薄厚和适穿季节，详情页面料说明里都写了哦~怕冷的亲可以搭件外套，想看实物细节我也可以发给您。',
    triggers: ['厚吗', '薄吗', '透不透', '起球吗', '手感', '会扎吗', '掉毛'],
    examples: ['这个厚不厚', '透不透啊'],
  },
  {
    id: 'material-03', title: '护肤成分', code: 'cz3', tags: ['正式'], intents: ['product.material'],
    categories: ['美妆护肤', '个护清洁'],
    body: '您好，{商品名}的全成分表在详情页和外包装上都有标注。敏感肌建议先在耳后或手腕内侧小范围试用，没有不适再正常使用。',
    triggers: ['成分', '敏感肌', '孕妇能用吗', '含酒精吗', '刺激吗', '过敏'],
    examples: ['敏感肌能用吗', '有酒精吗'],
  },
  {
    id: 'material-04', title: '食品配料', code: 'cz4', tags: ['正式'], intents: ['product.material'],
    categories: ['食品', '母婴', '宠物'],
    body: '您好，{商品名}的配料表、生产日期和保质期都印在包装上，详情页也有实拍图。对某些成分过敏的话，请先仔细核对配料哦。',
    triggers: ['配料', '保质期', '生产日期', '添加剂', '过敏原', '含糖吗'],
    examples: ['保质期多久', '有添加剂吗'],
  },
  {
    id: 'material-05', title: '电子参数', code: 'cz5', tags: ['正式'], intents: ['product.material'],
    categories: ['数码配件', '家电'],
    body: '您好，{商品名}的主要参数都在详情页参数表里。您关心哪一项（续航、功率、接口等）告诉我，我帮您确认。',
    triggers: ['参数', '功率', '电池', '续航', '多少瓦', '配置'],
    examples: ['续航多久', '功率多大'],
  },
  {
    id: 'material-06', title: '色差说明', code: 'cz6', tags: ['亲切'], intents: ['product.material'],
    body: '亲，图片都是实物拍摄的，但不同屏幕和光线下颜色会略有差别，请以收到的实物为准哦~需要的话我可以帮您描述一下实际颜色。',
    triggers: ['色差', '颜色准吗', '实物颜色', '和图片一样吗', '偏色'],
    examples: ['有色差吗', '实物和图片一样吗'],
  },
  {
    id: 'material-07', title: '活泼介绍材质', code: 'cz7', tags: ['活泼'], intents: ['product.material'],
    body: '问到点子上啦！材质在详情页参数里写着呢，细节特写图放大看更清楚，想看哪个部位我再发实拍给您~',
    triggers: ['什么材质', '啥做的', '质量怎么样', '做工', '用料'],
    examples: ['这是啥做的', '做工怎么样'],
  },
  {
    id: 'material-08', title: '家居材质', code: 'cz8', tags: ['正式'], intents: ['product.material'],
    categories: ['家居家纺', '家具建材'],
    body: '您好，{商品名}的主体材质详情页有标注。新品到手有轻微气味属正常，开窗通风几天再使用会更好。',
    triggers: ['有味道吗', '甲醛', '什么板材', '环保吗', '实木吗', '异味'],
    examples: ['有没有味道', '是实木的吗'],
  },
  {
    id: 'material-09', title: '质检信息', code: 'cz9', tags: ['正式'], intents: ['product.material'],
    body: '您好，{商品名}的检测报告已上传在详情页，您可以查看具体的检测项目和结果。',
    triggers: ['质检报告', '检测报告', '合格证', '质量靠谱吗', '有证书吗'],
    examples: ['有检测报告吗', '质量靠谱吗'],
  },
  {
    id: 'material-10', title: '亲切讲重量', code: 'cz10', tags: ['亲切'], intents: ['product.material'],
    body: '亲，{商品名}的净重在详情页参数里有标注，具体以实物为准，拿取方不方便也可以问我哦~',
    triggers: ['多重', '重量', '几斤', '重不重', '轻吗'],
    examples: ['这个多重', '重不重啊'],
  },
]);

const usage = definePhrases({ group: '售前咨询', stage: '售前' }, [
  {
    id: 'usage-01', title: '衣物洗涤', code: 'sy1', tags: ['亲切'], intents: ['product.usage'],
    // Clothes are worn (穿得更久); bedding has its own washing reply (usage-12).
    categories: ['服饰', '运动户外'],
    body: '亲，这款建议冷水手洗或放洗衣袋轻柔机洗，深浅色分开洗，不要暴晒和长时间浸泡，这样能穿得更久哦~',
    triggers: ['怎么洗', '能机洗吗', '洗涤', '会缩水吗', '掉色吗', '能烘干吗'],
    examples: ['能机洗吗', '会不会缩水'],
  },
  {
    id: 'usage-02', title: '安装说明', code: 'sy2', tags: ['正式'], intents: ['product.usage'],
    categories: ['家具建材', '家电', '家居家纺', '运动户外', '母婴', '数码配件'],
    body: '您好，{商品名}包装内附安装说明书，详情页也有安装步骤图。按步骤操作一般不需要专业工具，遇到问题可以随时把照片发给我们。',
    triggers: ['怎么装', '安装', '组装', '难装吗', '要工具吗', '说明书'],
    examples: ['这个难装吗', '怎么组装'],
  },
  {
    id: 'usage-03', title: '护肤用法', code: 'sy3', tags: ['亲切'], intents: ['product.usage'],
    categories: ['美妆护肤'],
    body: '亲，洁面后取适量{商品名}均匀涂抹，轻拍至吸收就可以啦。一般早晚各用一次，白天出门记得做好防晒哦~',
    triggers: ['怎么用', '用法', '早晚用', '用量', '先用哪个', '使用顺序'],
    examples: ['这个怎么用', '早上能用吗'],
  },
  {
    id: 'usage-04', title: '食品储存', code: 'sy4', tags: ['正式'], intents: ['product.usage'],
    categories: ['食品', '生鲜'],
    body: '您好，{商品名}请存放在阴凉干燥处，避免阳光直射；开封后请密封并尽快食用，具体以包装上的储存说明为准。',
    triggers: ['怎么保存', '要冷藏吗', '储存', '开封后', '放多久', '冷冻'],
    examples: ['要放冰箱吗', '开封后能放多久'],
  },
  {
    id: 'usage-05', title: '电器初次使用', code: 'sy5', tags: ['正式'], intents: ['product.usage'],
    categories: ['家电', '数码配件'],
    body: '您好，初次使用请先完整阅读说明书，按要求充满电或清洗配件后再使用。操作中有疑问可以描述现象或拍视频发给我们。',
    triggers: ['第一次用', '怎么开机', '怎么充电', '怎么操作', '不会用', '教程'],
    examples: ['第一次用要注意什么', '怎么开机'],
  },
  {
    id: 'usage-06', title: '鞋子保养', code: 'sy6', tags: ['亲切'], intents: ['product.usage'],
    categories: ['鞋靴'],
    body: '亲，皮面可以用软布蘸少量清水擦拭，不建议整只泡水或暴晒哦；穿完放通风处，偶尔用鞋撑能帮助保持鞋型~',
    triggers: ['怎么保养', '能水洗吗', '怎么清洁', '脏了怎么办', '保养'],
    examples: ['鞋子脏了怎么洗', '皮鞋能水洗吗'],
  },
  {
    id: 'usage-07', title: '活泼教使用', code: 'sy7', tags: ['活泼'], intents: ['product.usage'],
    body: '超简单的！使用步骤在说明书和详情页里都有，卡在哪一步告诉我，我一步步教您~',
    triggers: ['好用吗', '麻不麻烦', '简单吗', '怎么弄', '步骤'],
    examples: ['用起来麻烦吗', '怎么弄啊'],
  },
  {
    id: 'usage-08', title: '使用注意事项', code: 'sy8', tags: ['正式'], intents: ['product.usage'],
    body: '您好，使用{商品名}前请先看一下说明书里的注意事项。正确使用可以减少损耗，也有助于后续售后判断。',
    triggers: ['注意什么', '注意事项', '禁忌', '能不能', '可以吗'],
    examples: ['使用要注意什么', '有什么禁忌'],
  },
  {
    id: 'usage-09', title: '日常清洁', code: 'sy9', tags: ['亲切'], intents: ['product.usage'],
    categories: ['家具建材', '家电', '家居家纺', '箱包', '数码配件', '运动户外'],
    body: '日常用湿布擦拭就可以啦，避免用硬毛刷或强腐蚀性清洁剂，以免刮花表面哦~',
    triggers: ['怎么清洗', '怎么擦', '能用洗洁精吗', '清洁', '脏了'],
    examples: ['用什么擦比较好', '能用洗洁精吗'],
  },
  {
    id: 'usage-10', title: '适用人群场景', code: 'sy10', tags: ['正式'], intents: ['product.usage', 'product.recommend'],
    body: '您好，您说一下具体用途和使用环境，我帮您判断{商品名}合不合适。',
    triggers: ['适合谁', '老人能用吗', '适合什么场合', '户外能用吗', '电磁炉', '能放微波炉吗'],
    examples: ['老人能用吗', '户外能用吗'],
  },
]);

const stock = definePhrases({ group: '售前咨询', stage: '售前' }, [
  {
    id: 'stock-01', title: '有现货', code: 'kc1', tags: ['亲切'], intents: ['product.stock'],
    body: '亲，页面上能选的颜色和尺码一般都有现货哦，预售款会单独标注，拍下后按顺序安排发货~',
    triggers: ['有货吗', '有现货吗', '还有吗', '现货', '有没有货'],
    examples: ['这个有货吗', '还有现货吗'],
  },
  {
    id: 'stock-02', title: '暂时缺货', code: 'kc2', tags: ['正式'], intents: ['product.stock'],
    body: '您好，{商品名}该规格暂时缺货，补货时间还没确定，以页面更新为准。您可以先收藏商品，补货后方便查看。',
    triggers: ['没货了', '缺货', '什么时候补货', '补货', '断货', '无货', '到货', '啥时候有货'],
    examples: ['什么时候补货', '怎么没货了'],
  },
  {
    id: 'stock-03', title: '颜色售罄', code: 'kc3', tags: ['亲切'], intents: ['product.stock', 'product.recommend'],
    categories: ['服饰'],
    body: '这个颜色卖得快，暂时没有了呢~页面上还能选的颜色都有货，需要的话我发实拍给您参考？',
    triggers: ['这个颜色没了', '还有别的颜色吗', '颜色', '卖完了', '售罄'],
    examples: ['黑色没有了吗', '还有什么颜色'],
  },
  {
    id: 'stock-04', title: '预售说明', code: 'kc4', tags: ['正式'], intents: ['product.stock', 'shipping.time'],
    body: '您好，{商品名}目前为预售商品，预计{发货时间}发货，下单页面有标注。介意等待的话可以看看其他现货款。',
    triggers: ['预售', '要等多久', '是现货吗', '什么时候有', '预订'],
    examples: ['是预售吗', '要等多久才发'],
  },
  {
    id: 'stock-05', title: '库存不多', code: 'kc5', tags: ['活泼'], intents: ['product.stock'],
    body: '这款库存不多啦，剩余件数以页面显示为准，喜欢的话可以早点拍下哦~',
    triggers: ['还剩多少', '库存', '多少件', '够吗', '能买几件'],
    examples: ['还有多少件', '库存够吗'],
  },
  {
    id: 'stock-06', title: '大量采购', code: 'kc6', tags: ['正式'], intents: ['product.stock'],
    body: '您好，大量采购的话，麻烦告诉我需要的件数，我先帮您向仓库确认库存，确认后在这里回复您。',
    triggers: ['批量', '要很多', '团购', '大量', '几十件', '库存够不够'],
    examples: ['我要50件有吗', '能批量买吗'],
  },
  {
    id: 'stock-07', title: '会不会补货', code: 'kc7', tags: ['亲切'], intents: ['product.stock'],
    body: '亲，这款已经在安排补货啦，到货时间暂时还没确定哦。您可以先收藏或加购，补货后在商品页就能看到~',
    triggers: ['还会补吗', '会补货吗', '还上架吗', '还有吗', '下架了'],
    examples: ['还会补货吗', '下架了还会再上吗'],
  },
  {
    id: 'stock-08', title: '已停产', code: 'kc8', tags: ['正式'], intents: ['product.stock', 'product.recommend'],
    body: '您好，很抱歉，{商品名}已经停产不再补货了。店里有功能相近的同类款，需要的话我给您介绍一下区别。',
    triggers: ['停产', '不做了', '还有吗', '找不到了', '绝版'],
    examples: ['这款不做了吗', '以前那款还有吗'],
  },
  {
    id: 'stock-09', title: '拍下显示无货', code: 'kc9', tags: ['安抚'], intents: ['product.stock', 'order.howto'],
    body: '不好意思让您遇到这个情况。库存实时变动，页面提示无货说明该规格刚被拍完，您可以刷新看看其他规格，或等补货后再下单。',
    triggers: ['拍不了', '显示无货', '下不了单', '库存不足', '拍不下'],
    examples: ['怎么显示库存不足', '拍不了啊'],
  },
  {
    id: 'stock-10', title: '活泼问颜色', code: 'kc10', tags: ['活泼'], intents: ['product.stock'],
    body: '在的在的！您想要哪个颜色和尺码？我帮您瞄一眼库存~',
    triggers: ['有这个码吗', 'M码有吗', '还有白色吗', '有货没', '有吗'],
    examples: ['白色M码还有吗', '这个还有没'],
  },
]);

const recommendations = definePhrases({ group: '售前咨询', stage: '售前' }, [
  {
    id: 'recommend-01', title: '了解需求', code: 'tj1', tags: ['亲切'], intents: ['product.recommend'],
    body: '亲是自己用还是送人呀？大概预算多少、平时喜欢什么风格？告诉我后帮您挑几款合适的~',
    triggers: ['推荐', '推荐一下', '哪款好', '买哪个', '帮我选', '有什么推荐'],
    examples: ['推荐一下', '帮我选一款'],
  },
  {
    id: 'recommend-02', title: '两款区别', code: 'tj2', tags: ['正式'], intents: ['product.recommend'],
    body: '您好，两款的区别在详情页参数里可以对比着看。您更看重价格、功能还是外观，告诉我后帮您挑更合适的那款。',
    triggers: ['区别', '有什么不同', '哪个好', '对比', '差在哪', '怎么选'],
    examples: ['这两款有什么区别', 'A和B哪个好'],
  },
  {
    id: 'recommend-03', title: '搭配推荐', code: 'tj3', tags: ['活泼'], intents: ['product.recommend'],
    categories: ['服饰', '鞋靴', '箱包'],
    body: '这件很好搭配！通勤、约会都能穿。告诉我您平时的穿衣风格，我挑几件搭配的单品给您看看~',
    triggers: ['怎么搭', '配什么', '搭配', '配什么裤子', '一套'],
    examples: ['这件配什么裤子好看', '有搭配推荐吗'],
  },
  {
    id: 'recommend-04', title: '配件推荐', code: 'tj4', tags: ['正式'], intents: ['product.recommend'],
    body: '您好，{商品名}有配套的配件，在店铺首页搜索商品名就能找到。需要的话可以一起下单，合并发货。',
    triggers: ['配件', '需要另外买吗', '要配什么', '充电器', '送配件吗'],
    examples: ['需要另外买配件吗', '要配什么用'],
  },
  {
    id: 'recommend-05', title: '送礼推荐', code: 'tj5', tags: ['亲切'], intents: ['product.recommend'],
    body: '送礼的话可以看看店里的礼盒款，包装比较精致哦~方便说一下送给谁、大概多大年纪吗？我帮您参谋参谋。',
    triggers: ['送人', '送礼', '礼物', '送女朋友', '送长辈', '送妈妈'],
    examples: ['送女朋友买哪个', '送长辈合适吗'],
  },
  {
    id: 'recommend-06', title: '按肤质推荐', code: 'tj6', tags: ['亲切'], intents: ['product.recommend', 'product.material'],
    categories: ['美妆护肤', '个护清洁'],
    body: '亲平时是偏干、偏油还是混合肌呢？偏干可以选滋润型，偏油可以选清爽型，初次使用建议先买小规格试试~',
    triggers: ['干皮', '油皮', '混合皮', '什么肤质', '适合我吗'],
    examples: ['油皮用哪个', '干皮适合吗'],
  },
  {
    id: 'recommend-07', title: '客观说明', code: 'tj7', tags: ['正式'], intents: ['product.recommend'],
    body: '您好，{商品名}的特点和使用注意事项在详情页都有说明。您可以结合自己的使用习惯考虑，有疑问我再为您解答。',
    triggers: ['值得买吗', '好不好', '怎么样', '靠谱吗', '有什么缺点'],
    examples: ['这个怎么样', '有什么缺点吗'],
  },
  {
    id: 'recommend-08', title: '热销款推荐', code: 'tj8', tags: ['活泼'], intents: ['product.recommend'],
    body: '店里大家回购比较多的款在店铺首页的热销榜里，评价区有很多买家秀，可以先去看看真实反馈哦~',
    triggers: ['卖得好', '热销', '爆款', '大家买哪个', '回购', '人气'],
    examples: ['哪款卖得好', '大家都买哪个'],
  },
  {
    id: 'recommend-09', title: '预算内推荐', code: 'tj9', tags: ['亲切'], intents: ['product.recommend', 'price.bargain'],
    body: '明白啦，您说一下预算，我在这个价位里帮您挑性价比合适的，想要功能更全一些也可以对比看看~',
    triggers: ['便宜点的', '预算', '性价比', '平价', '学生党', '几百块'],
    examples: ['有便宜点的吗', '学生党买哪个'],
  },
  {
    id: 'recommend-10', title: '新老款区别', code: 'tj10', tags: ['正式'], intents: ['product.recommend'],
    body: '您好，新款和老款的区别在详情页有对比说明，老款价格更实惠，新款体验上更新一些，您可按需选择。',
    triggers: ['新款', '老款', '升级了什么', '新旧区别', '二代'],
    examples: ['新款和老款有啥区别', '二代升级了什么'],
  },
]);

// Wording for any product where the phrases above are written for one kind, and wording for the categories
// whose questions need their own answer (bedding by bed width, pets by weight, babies by age).
const fitting = definePhrases({ group: '售前咨询', stage: '售前' }, [
  {
    id: 'size-11', title: '问尺寸需求', code: 'cm11', tags: ['亲切'], intents: ['product.size'],
    body: '亲，您把要放的位置尺寸，或者使用人的身高体重告诉我，我对照商品参数帮您选合适的规格~',
    triggers: ['多大', '选哪个', '够不够', '合适吗', '放得下吗', '尺寸'],
    examples: ['这个多大 我家放得下吗', '选哪个规格合适'],
  },
  {
    id: 'size-12', title: '规格参数对照', code: 'cm12', tags: ['正式'], intents: ['product.size'],
    body: '您好，每个规格的尺寸和容量在详情页参数表里都有标注，下单选规格时页面也会显示。拿不准的话告诉我用途，我帮您对照。',
    triggers: ['尺寸多少', '规格', '多长', '多宽', '容量', '参数'],
    examples: ['这个具体尺寸多少', '有哪几个规格'],
  },
  {
    id: 'size-13', title: '床品按床宽选', code: 'cm13', tags: ['亲切'], intents: ['product.size'],
    categories: ['家居家纺'],
    body: '床品按床的宽度选规格哦，1.5米床和1.8米床各有对应的规格，被套、床单的具体尺寸详情页都标了。您家是多宽的床呀？',
    triggers: ['米的床', '1.5米', '1.8米', '床能用吗', '被套多大', '床单多大'],
    examples: ['1.5米的床能用吗', '被套是多大的'],
  },
  {
    id: 'size-14', title: '宠物按体重选', code: 'cm14', tags: ['亲切'], intents: ['product.size'],
    categories: ['宠物'],
    body: '宠物用品按体重和体长选哦~您家毛孩子多重、背长多少，告诉我帮您对照尺码表选~',
    triggers: ['猫咪多大', '狗狗', '几斤的狗', '体重', '背长', '大型犬'],
    examples: ['我家狗20斤选哪个', '猫咪8斤能用吗'],
  },
  {
    id: 'size-15', title: '母婴按月龄选', code: 'cm15', tags: ['亲切'], intents: ['product.size'],
    categories: ['母婴'],
    body: '宝宝用品一般按月龄和体重选规格，您说一下宝宝多大、多重，我对照表格帮您选~',
    triggers: ['宝宝几个月', '月龄', '几段', '宝宝多重', '新生儿', '穿L还是XL'],
    examples: ['宝宝10个月穿哪个码', '几个月用几段'],
  },
  {
    id: 'material-11', title: '材质以参数为准', code: 'cz11', tags: ['正式'], intents: ['product.material'],
    body: '您好，材质和成分在详情页参数和包装上都有标注。您关心哪一点，告诉我帮您具体确认。',
    triggers: ['什么材质', '什么做的', '成分', '材料', '质量怎么样', '参数'],
    examples: ['这个是什么材质的', '质量怎么样'],
  },
  {
    id: 'material-12', title: '生鲜规格产地', code: 'cz12', tags: ['亲切'], intents: ['product.material'],
    categories: ['生鲜'],
    body: '亲，产地、规格和单果大小详情页都有说明哦~您更在意口感还是个头，告诉我帮您挑合适的规格~',
    triggers: ['甜不甜', '产地', '多大个', '新鲜吗', '单果', '口感'],
    examples: ['这个甜不甜', '单果多大'],
  },
  {
    id: 'usage-11', title: '用法看说明书', code: 'sy11', tags: ['亲切'], intents: ['product.usage'],
    body: '用法和注意事项在说明书和详情页里都有写，您说一下卡在哪一步，我帮您一步步看~',
    triggers: ['怎么用', '咋用', '怎么弄', '不会弄', '怎么操作', '用法'],
    examples: ['这个怎么用啊', '我不会弄'],
  },
  {
    id: 'usage-12', title: '床品清洗', code: 'sy12', tags: ['亲切'], intents: ['product.usage'],
    categories: ['家居家纺'],
    body: '新床品用前建议先清水漂洗一遍，冷水轻柔机洗或手洗，避免暴晒，这样更柔软也更耐用哦~',
    triggers: ['怎么洗', '能机洗吗', '先洗吗', '过水', '会缩水吗', '掉色吗'],
    examples: ['四件套要先洗一遍吗', '能机洗吗'],
  },
  {
    id: 'usage-13', title: '宠物换粮喂养', code: 'sy13', tags: ['亲切'], intents: ['product.usage'],
    categories: ['宠物'],
    body: '换粮建议用七天慢慢过渡，新旧粮按比例混着喂；每天喂多少，按包装上的体重对照表来哦~',
    triggers: ['怎么喂', '喂多少', '换粮', '一天喂', '幼猫能吃吗', '怎么用'],
    examples: ['一天喂多少', '换粮怎么换'],
  },
  {
    id: 'usage-14', title: '生鲜收货保存', code: 'sy14', tags: ['正式'], intents: ['product.usage'],
    categories: ['生鲜'],
    body: '您好，收到后请尽快开箱，冷藏保存并尽早食用；个别需要常温放软的水果，详情页有说明。',
    triggers: ['怎么保存', '放冰箱吗', '能放几天', '怎么吃', '常温', '冷藏'],
    examples: ['收到要放冰箱吗', '能放几天'],
  },
  {
    id: 'usage-15', title: '母婴用品用前', code: 'sy15', tags: ['安抚'], intents: ['product.usage'],
    categories: ['母婴'],
    body: '宝宝用品用前请先清洗消毒，按说明书上的月龄和用量来使用，有不确定的地方随时问我哦~',
    triggers: ['怎么消毒', '宝宝能用吗', '怎么冲', '怎么用', '几个月能用', '要先洗吗'],
    examples: ['奶瓶要先消毒吗', '宝宝几个月能用'],
  },
  {
    id: 'recommend-11', title: '按用途挑', code: 'tj11', tags: ['亲切'], intents: ['product.recommend'],
    body: '您说说用途和预算，我从店里挑两三款合适的给您对比一下~',
    triggers: ['推荐', '哪个好', '选哪个', '买哪款', '有什么推荐', '帮我挑'],
    examples: ['推荐一款吧', '买哪个好'],
  },
]);

export const PRODUCT_PHRASES: Phrase[] = [...sizing, ...materials, ...usage, ...stock, ...recommendations, ...fitting];
