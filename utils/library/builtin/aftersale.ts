import type { Phrase } from '../types';
import { definePhrases } from './define';

// 售后: returns and refunds, quality problems, damage, wrong items, warranty, complaints, reviews, price protection.

const returnPolicy = definePhrases({ group: '退换售后', stage: '售后' }, [
  {
    id: 'return-policy-01', title: '七天无理由', code: 'th1', tags: ['正式'], intents: ['return.policy'],
    body: '您好，本商品支持7天无理由退换（以商品页标注为准），需保持商品完好、吊牌和配件齐全，不影响二次销售。',
    triggers: ['能退吗', '可以退货吗', '七天无理由', '7天无理由', '能换吗', '退换'],
    examples: ['不喜欢能退吗', '支持七天无理由吗'],
  },
  {
    id: 'return-policy-02', title: '拆封能否退', code: 'th2', tags: ['亲切'], intents: ['return.policy'],
    body: '亲，拆开包装检查是没问题的哦~只要商品没有使用、不影响二次销售，配件齐全，就可以按规则申请退换。',
    triggers: ['拆了能退吗', '拆封', '试穿了', '打开了', '拆开了'],
    examples: ['拆开了还能退吗', '试穿过能退吗'],
  },
  {
    id: 'return-policy-03', title: '不支持无理由', code: 'th3', tags: ['正式'], intents: ['return.policy'],
    body: '您好，{商品名}属于{不适用类目}，按平台规则不适用7天无理由退货，商品页已有提示。如遇质量问题，仍可联系我们处理。',
    triggers: ['为什么不能退', '不支持退', '定制能退吗', '食品能退吗', '贴身衣物'],
    examples: ['为什么这个不能退', '内衣能退吗'],
  },
  {
    id: 'return-policy-04', title: '超过退货期', code: 'th4', tags: ['安抚'], intents: ['return.policy'],
    body: '理解您的情况。这单已超过无理由退货期，没办法按无理由处理了；如果是质量问题，请拍照发给我，我们按售后规则为您处理。',
    triggers: ['过期了能退吗', '超过七天', '半个月了', '时间过了', '还能退吗'],
    examples: ['买了半个月还能退吗', '超过7天了能退吗'],
  },
  {
    id: 'return-policy-05', title: '换货政策', code: 'th5', tags: ['亲切'], intents: ['return.policy', 'return.howto'],
    body: '可以换的亲~不合适的尺码或颜色在签收7天内、商品完好的情况下都能申请换，有库存就为您换新规格发出哦。',
    triggers: ['能换码吗', '换货', '换个颜色', '换尺码', '能换吗'],
    examples: ['能换个大一码吗', '颜色不喜欢能换吗'],
  },
  {
    id: 'return-policy-06', title: '活泼退换', code: 'th6', tags: ['活泼'], intents: ['return.policy'],
    body: '放心买！不合适的话签收7天内、商品完好就能申请退换，售后流程也很简单~',
    triggers: ['不喜欢怎么办', '不合适怎么办', '能退不', '售后怎么样', '退换方便吗'],
    examples: ['买了不喜欢怎么办', '售后方便吗'],
  },
  {
    id: 'return-policy-07', title: '赠品退回', code: 'th7', tags: ['正式'], intents: ['return.policy'],
    body: '您好，参与活动获得的赠品需要随商品一起退回；赠品缺失的，将按页面标注价值从退款中扣除，请您知悉。',
    triggers: ['赠品要退吗', '赠品用了', '赠品', '送的要寄回吗', '小样'],
    examples: ['赠品要一起退吗', '送的东西用了怎么办'],
  },
  {
    id: 'return-policy-08', title: '仅退款说明', code: 'th8', tags: ['正式'], intents: ['return.policy', 'refund.progress'],
    body: '您好，未收到货或商品有问题可申请仅退款；已收到货且商品完好的，需退回商品后办理退款，具体以平台审核为准。',
    triggers: ['仅退款', '不退货退款', '只退钱', '不寄回', '退款不退货'],
    examples: ['能只退款不退货吗', '不想寄回去'],
  },
  {
    id: 'return-policy-09', title: '食品退换', code: 'th9', tags: ['亲切'], intents: ['return.policy'],
    body: '亲，食品拆封后出于卫生原因不支持无理由退货哦，未拆封可以申请退换；如果有变质、异物等问题，请拍照发我，会为您处理~',
    triggers: ['吃的能退吗', '不好吃', '食品退货', '拆了能退吗', '口味不喜欢'],
    examples: ['不好吃能退吗', '拆了包装还能退吗'],
  },
]);

const returnHowto = definePhrases({ group: '退换售后', stage: '售后' }, [
  {
    id: 'return-howto-01', title: '退货步骤', code: 'tlc1', tags: ['正式'], intents: ['return.howto'],
    body: '您好，请在订单页点击“申请售后”，选择“退货退款”并填写原因，审核通过后按页面显示的退货地址寄回，再填写退货单号即可。',
    triggers: ['怎么退货', '退货流程', '怎么退', '怎么申请退款', '退货怎么弄'],
    examples: ['怎么退货', '退货流程是什么'],
  },
  {
    id: 'return-howto-02', title: '退货地址', code: 'tlc2', tags: ['正式'], intents: ['return.howto'],
    body: '您好，退货地址以审核通过后售后页面显示的为准：{退货地址}。寄件时请在包裹内附一张纸条，写上订单号，方便仓库核对。',
    triggers: ['退货地址', '寄到哪', '地址发我', '退到哪里', '寄回哪'],
    examples: ['退货地址是哪', '寄回哪里'],
  },
  {
    id: 'return-howto-03', title: '换货步骤', code: 'tlc3', tags: ['亲切'], intents: ['return.howto'],
    body: '亲，在订单页申请“换货”，选好想换的规格提交，审核后把原商品寄回，仓库收到后就会发出新的哦~',
    triggers: ['怎么换货', '换货流程', '换码怎么弄', '怎么换', '换货申请'],
    examples: ['换货怎么操作', '怎么换码'],
  },
  {
    id: 'return-howto-04', title: '上门取件', code: 'tlc4', tags: ['亲切'], intents: ['return.howto'],
    body: '申请退货后可以选择“上门取件”，快递员会按预约时间上门，不用自己跑网点哦~',
    triggers: ['上门取件', '快递来拿', '不想去寄', '怎么寄回', '预约取件'],
    examples: ['能上门取件吗', '我不想自己去寄'],
  },
  {
    id: 'return-howto-05', title: '退货注意', code: 'tlc5', tags: ['正式'], intents: ['return.howto'],
    body: '您好，寄回时请保持商品、吊牌、配件和原包装完整，不建议使用到付，以免仓库拒收影响退款进度。',
    triggers: ['退货注意什么', '吊牌', '包装丢了', '能到付吗', '寄回要求'],
    examples: ['包装盒扔了能退吗', '可以到付吗'],
  },
  {
    id: 'return-howto-06', title: '活泼退货指引', code: 'tlc6', tags: ['活泼'], intents: ['return.howto'],
    body: '三步搞定：申请售后→寄回包裹→填单号！仓库收到验完就给您处理，有卡住的地方随时叫我~',
    triggers: ['退货麻烦吗', '教我退货', '不会退', '退货', '怎么操作'],
    examples: ['退货麻烦吗', '教我怎么退'],
  },
  {
    id: 'return-howto-07', title: '填写单号', code: 'tlc7', tags: ['正式'], intents: ['return.howto', 'refund.progress'],
    body: '您好，寄出后请在售后详情页填写退货快递单号，未填写单号会影响仓库匹配，可能导致退款延迟。',
    triggers: ['单号填哪', '寄出了', '已经寄回', '填单号', '退货单号'],
    examples: ['寄回去了单号填哪', '我已经寄出了'],
  },
  {
    id: 'return-howto-08', title: '申请被拒', code: 'tlc8', tags: ['安抚'], intents: ['return.howto', 'return.policy'],
    body: '抱歉让您不愉快。申请被驳回是因为{驳回原因}，您可以补充照片或说明后重新提交，我会帮您跟进审核。',
    triggers: ['被拒绝了', '驳回', '为什么拒绝', '不给退', '审核不通过'],
    examples: ['为什么拒绝我的退款', '申请被驳回了'],
  },
  {
    id: 'return-howto-09', title: '换货发出', code: 'tlc9', tags: ['亲切', '主动'], intents: ['return.howto', 'logistics.track'],
    body: '{买家昵称}，您换的{商品名}已经重新发出啦，单号{快递单号}，近期注意查收哦~',
    triggers: ['换的发了吗', '换货发了没', '新的什么时候发', '换货进度', '换的到哪了'],
    examples: ['换的货发了吗', '新的什么时候寄'],
  },
]);

const returnFees = definePhrases({ group: '退换售后', stage: '售后' }, [
  {
    id: 'return-fee-01', title: '运费险', code: 'yf1', tags: ['正式'], intents: ['return.shipping-fee'],
    body: '您好，订单如有运费险，退货寄出并填写单号后，理赔会按保险规则自动处理，赔付金额以订单页显示为准。',
    triggers: ['运费险', '有运费险吗', '退货运费', '运费谁出', '邮费谁出'],
    examples: ['有运费险吗', '退货运费谁出'],
  },
  {
    id: 'return-fee-02', title: '质量问题运费', code: 'yf2', tags: ['安抚'], intents: ['return.shipping-fee', 'quality.issue'],
    body: '给您添麻烦了。经核实属于质量问题的，退换产生的运费由我们承担，您先垫付并保留寄件凭证，退款时一并处理。',
    triggers: ['质量问题运费', '我不出运费', '凭什么我出运费', '运费你们出', '垫付'],
    examples: ['是质量问题运费你们出吧', '凭什么我出运费'],
  },
  {
    id: 'return-fee-03', title: '无理由运费', code: 'yf3', tags: ['正式'], intents: ['return.shipping-fee'],
    body: '您好，非质量问题的无理由退换，来回运费需由买家承担；如订单有运费险，可按保险规则获得理赔。',
    triggers: ['不喜欢退运费', '无理由运费', '退货要运费吗', '寄回多少钱', '换货运费'],
    examples: ['不喜欢退货要运费吗', '换货运费谁出'],
  },
  {
    id: 'return-fee-04', title: '运费险理赔', code: 'yf4', tags: ['亲切'], intents: ['return.shipping-fee', 'refund.progress'],
    body: '亲，运费险一般在退款完成后由保险方理赔到账，时间以保险页面为准~可以在订单详情的运费险入口查看进度哦。',
    triggers: ['运费险多久到', '理赔', '运费险没到', '赔多少', '运费险怎么用'],
    examples: ['运费险什么时候到账', '运费险赔多少'],
  },
  {
    id: 'return-fee-05', title: '没买运费险', code: 'yf5', tags: ['亲切'], intents: ['return.shipping-fee'],
    body: '这单没有运费险呢~无理由退货的话运费需要自己承担，建议选择上门取件或附近网点寄回，价格会清楚显示。',
    triggers: ['没有运费险', '没买运费险', '运费好贵', '运费怎么办', '能报销运费吗'],
    examples: ['我没买运费险怎么办', '运费能报吗'],
  },
  {
    id: 'return-fee-06', title: '发错运费', code: 'yf6', tags: ['安抚'], intents: ['return.shipping-fee', 'wrong-item'],
    body: '是我们发错了，真的很抱歉！寄回的运费由我们承担，您寄出后把运费金额和凭证发给我，我们会一并处理。',
    triggers: ['发错了运费', '你们的错', '运费补给我', '寄回运费', '发错谁出'],
    examples: ['你们发错了运费谁出', '运费要补给我吧'],
  },
  {
    id: 'return-fee-07', title: '运费退回方式', code: 'yf7', tags: ['正式'], intents: ['return.shipping-fee'],
    body: '您好，需店铺承担的退货运费，将在确认收到退货后随退款一并退回，或通过平台补偿渠道单独处理。',
    triggers: ['运费怎么退', '运费退到哪', '运费一起退吗', '运费给我了吗', '补运费'],
    examples: ['运费会一起退吗', '运费怎么给我'],
  },
  {
    id: 'return-fee-08', title: '活泼运费', code: 'yf8', tags: ['活泼'], intents: ['return.shipping-fee'],
    body: '好消息：您这单有运费险哦~退货寄出后理赔自动走流程，不用操心！',
    triggers: ['运费险有吗', '退货要钱吗', '寄回收费吗', '免费退吗', '退货运费'],
    examples: ['退货要花钱吗', '我这单有运费险吗'],
  },
  {
    id: 'return-fee-09', title: '拒收到付', code: 'yf9', tags: ['正式'], intents: ['return.shipping-fee', 'return.howto'],
    body: '您好，到付件仓库无法签收，请先自行支付运费寄回。如属于店铺承担运费的情况，我们会在验收后补给您。',
    triggers: ['到付', '能到付吗', '运费到付', '不想垫钱', '你们付运费'],
    examples: ['能寄到付吗', '我不想先垫运费'],
  },
]);

const refunds = definePhrases({ group: '退换售后', stage: '售后' }, [
  {
    id: 'refund-01', title: '退款时效', code: 'tk1', tags: ['正式'], intents: ['refund.progress'],
    body: '您好，退款已同意的，会按原支付方式退回，到账时间以支付渠道为准，一般为{到账时效}。',
    triggers: ['退款多久到', '钱什么时候到', '退款到账', '什么时候退钱', '多久退款'],
    examples: ['退款多久到账', '钱什么时候退给我'],
  },
  {
    id: 'refund-02', title: '仓库验收中', code: 'tk2', tags: ['亲切'], intents: ['refund.progress'],
    body: '亲，您寄回的包裹仓库已经签收啦，正在验收中，验收完成后{验收时效}内就会给您处理退款哦~',
    triggers: ['退款进度', '收到退货了吗', '怎么还没退', '退款怎么样了', '验收'],
    examples: ['我的退款怎么样了', '你们收到退货了吗'],
  },
  {
    id: 'refund-03', title: '退款已处理', code: 'tk3', tags: ['正式'], intents: ['refund.progress'],
    body: '您好，您的退款已于{退款时间}处理完成，金额{退款金额}已原路退回，请留意对应支付渠道的到账通知。',
    triggers: ['退了吗', '退款好了吗', '钱退了没', '退款成功了吗', '没收到退款'],
    examples: ['钱退了吗', '退款成功了没'],
  },
  {
    id: 'refund-04', title: '未到账安抚', code: 'tk4', tags: ['安抚'], intents: ['refund.progress'],
    body: '理解您着急。退款已从我们这边退出，到账可能因银行处理略有延迟；超过{到账时效}仍未到的话，请截图告诉我，我帮您向平台查询。',
    triggers: ['还没到账', '钱呢', '退款没收到', '显示退款成功但没钱', '退哪去了'],
    examples: ['显示退款成功但我没收到钱', '钱呢？'],
  },
  {
    id: 'refund-05', title: '催处理退款', code: 'tk5', tags: ['安抚'], intents: ['refund.progress'],
    body: '抱歉让您等了这么久，我已经把您的退款申请标记加急，并提醒售后同事优先审核，处理后会在这里告诉您。',
    triggers: ['快点退款', '退款太慢', '怎么还不处理', '拖着', '几天了还没退'],
    examples: ['退款申请几天了还不处理', '能快点退吗'],
  },
  {
    id: 'refund-06', title: '活泼退款完成', code: 'tk6', tags: ['活泼'], intents: ['refund.progress'],
    body: '搞定啦！退款已经处理好了，留意一下到账提醒哦~有其他问题随时找我！',
    triggers: ['退款了没', '处理了吗', '好了没', '退了没有', '到了吗'],
    examples: ['退款处理了没', '好了没呀'],
  },
  {
    id: 'refund-07', title: '部分退款', code: 'tk7', tags: ['正式'], intents: ['refund.progress', 'quality.issue'],
    body: '您好，根据您反馈的问题，双方协商的部分退款{退款金额}已提交，同意后将原路退回，请在售后页面确认。',
    triggers: ['部分退款', '退点钱', '补偿一点', '退差额', '不退货退点'],
    examples: ['不退货能退点钱吗', '部分退款多少'],
  },
  {
    id: 'refund-08', title: '退款查询需信息', code: 'tk8', tags: ['亲切'], intents: ['refund.progress', 'wait'],
    body: '亲，麻烦把订单号发我一下，我帮您看看退款走到哪一步了~',
    triggers: ['查退款', '帮我看退款', '我的退款', '退款状态', '退款在哪看'],
    examples: ['帮我查查退款', '退款状态在哪看'],
  },
  {
    id: 'refund-09', title: '退款金额说明', code: 'tk9', tags: ['正式'], intents: ['refund.progress'],
    body: '您好，退款金额按实际支付金额计算，使用的店铺优惠会按比例分摊；平台券是否退回以平台规则为准。',
    triggers: ['退款金额不对', '怎么少退了', '退多少', '优惠券退吗', '少了钱'],
    examples: ['为什么退的钱少了', '优惠券会退回吗'],
  },
]);

const quality = definePhrases({ group: '退换售后', stage: '售后' }, [
  {
    id: 'quality-01', title: '先道歉要照片', code: 'zl1', tags: ['安抚'], intents: ['quality.issue'],
    body: '非常抱歉给您带来不好的体验！麻烦拍几张问题部位的照片或视频发给我，我们核实后会尽快给您处理方案。',
    triggers: ['质量问题', '坏了', '有问题', '质量太差', '不能用', '用不了'],
    examples: ['东西有质量问题', '刚用就坏了'],
  },
  {
    id: 'quality-02', title: '处理方案选择', code: 'zl2', tags: ['正式'], intents: ['quality.issue', 'return.howto'],
    body: '您好，经确认属于质量问题，可为您办理退货退款或换新，运费由店铺承担，请问您希望哪种方式？',
    triggers: ['怎么处理', '给个说法', '换新', '退了吧', '怎么解决'],
    examples: ['质量问题怎么处理', '你们怎么解决'],
  },
  {
    id: 'quality-03', title: '衣物起球掉色', code: 'zl3', tags: ['安抚'], intents: ['quality.issue', 'product.usage'],
    body: '抱歉让您失望了。深色衣物前几次洗可能会有轻微浮色，建议冷水单独洗；如果掉色或起球比较明显，请拍照发我，我们按售后规则处理。',
    triggers: ['掉色', '起球', '缩水', '开线', '褪色', '染色'],
    examples: ['洗了一次就掉色', '穿两天就起球了'],
  },
  {
    id: 'quality-04', title: '电器故障排查', code: 'zl4', tags: ['正式'], intents: ['quality.issue', 'repair.warranty'],
    body: '您好，请先确认电源和充电线连接正常，并按说明书复位一次。仍无法使用的话，请录一段视频发给我们，核实后安排换新或维修。',
    triggers: ['开不了机', '充不进电', '不亮', '没反应', '故障', '失灵'],
    examples: ['开不了机了', '充不进电'],
  },
  {
    id: 'quality-05', title: '有异味', code: 'zl5', tags: ['亲切'], intents: ['quality.issue', 'product.material'],
    body: '亲，新品在密封包装里放久了可能会有一点味道，拆开放通风处几天一般会散去；如果味道刺鼻或一直不散，拍给我看看，我们来处理~',
    triggers: ['有味道', '臭', '异味', '刺鼻', '难闻'],
    examples: ['有股味道', '味道好大'],
  },
  {
    id: 'quality-06', title: '食品问题', code: 'zl6', tags: ['安抚'], intents: ['quality.issue'],
    body: '非常抱歉！请先暂停食用，并拍下问题食品、包装上的生产日期和批号发给我，我们核实后优先为您处理。',
    triggers: ['变质', '发霉', '有异物', '过期', '不新鲜', '吃坏了'],
    examples: ['里面发霉了', '吃出异物'],
  },
  {
    id: 'quality-07', title: '护肤品不适', code: 'zl7', tags: ['安抚'], intents: ['quality.issue'],
    body: '非常抱歉让您不舒服！请先停止使用并用清水洗净，症状没有缓解的话建议及时就医。麻烦把产品批号和使用情况告诉我，我们为您跟进处理。',
    triggers: ['过敏', '起疹子', '刺痛', '泛红', '用了不舒服', '烂脸'],
    examples: ['用了脸上起疹子', '涂了刺痛'],
  },
  {
    id: 'quality-08', title: '活泼报修', code: 'zl8', tags: ['活泼'], intents: ['quality.issue'],
    body: '哎呀，给您添堵了！把问题拍个照发我，{客服昵称}来帮您搞定~',
    triggers: ['不好使', '出毛病', '坏掉了', '有毛病', '不太对'],
    examples: ['这东西出毛病了', '好像不太对劲'],
  },
  {
    id: 'quality-09', title: '与描述不符', code: 'zl9', tags: ['正式'], intents: ['quality.issue', 'return.policy'],
    body: '您好，您反馈的与描述不符之处，请拍照对比页面描述发给我。核实属实的，可为您办理退货退款，运费由店铺承担。',
    triggers: ['和描述不一样', '跟图片不一样', '货不对板', '描述不符', '和详情页不同'],
    examples: ['和图片完全不一样', '货不对板'],
  },
  {
    id: 'quality-10', title: '个别瑕疵', code: 'zl10', tags: ['亲切'], intents: ['quality.issue'],
    body: '亲，看到照片了，这里确实有瑕疵，给您添麻烦了~您看是换一件新的，还是退货，或者协商部分退款，都可以按您的意思来。',
    triggers: ['有瑕疵', '线头', '污渍', '划痕', '小问题'],
    examples: ['有点小瑕疵', '衣服上有污渍'],
  },
]);

const damage = definePhrases({ group: '退换售后', stage: '售后' }, [
  {
    id: 'damaged-01', title: '破损道歉', code: 'ps1', tags: ['安抚'], intents: ['damaged'],
    body: '真的很抱歉让您收到破损的商品！麻烦拍一下外包装和破损处的照片，我们核实后为您补发或退款。',
    triggers: ['破了', '碎了', '摔坏了', '破损', '压坏了', '烂了'],
    examples: ['收到就碎了', '东西压坏了'],
  },
  {
    id: 'damaged-02', title: '漏液', code: 'ps2', tags: ['安抚'], intents: ['damaged'],
    body: '非常抱歉，运输中挤压导致漏液了，给您添麻烦了。请拍下漏液情况和瓶身，确认后为您补发新的，漏出的不用寄回。',
    triggers: ['漏了', '漏液', '洒了', '渗出来', '瓶子裂了'],
    examples: ['瓶子漏了', '洗发水洒了一箱'],
  },
  {
    id: 'damaged-03', title: '外箱破损', code: 'ps3', tags: ['正式'], intents: ['damaged'],
    body: '您好，外箱破损时请先检查内部商品是否完好；商品受损的，请拍照留存并联系我们，同时可请快递员在面单上注明破损情况。',
    triggers: ['箱子破了', '包装破了', '外包装坏了', '盒子压扁', '纸箱'],
    examples: ['箱子破了要签收吗', '盒子压扁了'],
  },
  {
    id: 'damaged-04', title: '补发安排', code: 'ps4', tags: ['亲切'], intents: ['damaged'],
    body: '照片收到啦，给您补发一份新的哦~补发单号出来后会发给您，原来坏的那件不用寄回，您处理掉就好。',
    triggers: ['补发', '重新发', '再发一个', '给我补', '能补吗'],
    examples: ['能给我补发一个吗', '重新发一个吧'],
  },
  {
    id: 'damaged-05', title: '破损退款', code: 'ps5', tags: ['正式'], intents: ['damaged', 'refund.progress'],
    body: '您好，已为您登记破损，您可在订单页申请“仅退款”，原因选择“商品破损”并上传照片，我们会尽快同意。',
    triggers: ['破了退款', '直接退钱', '不要补发', '退款吧', '不想要了'],
    examples: ['破了直接退款吧', '不要补发了'],
  },
  {
    id: 'damaged-06', title: '生鲜损坏', code: 'ps6', tags: ['安抚'], intents: ['damaged', 'quality.issue'],
    body: '太抱歉了，生鲜路上受损真的让人很扫兴。请拍下坏果或损坏部分并放一张面单在画面里，我们按损坏比例为您处理。',
    triggers: ['烂了', '坏果', '化了', '压烂', '不新鲜'],
    examples: ['水果烂了好几个', '冰淇淋化了'],
  },
  {
    id: 'damaged-07', title: '活泼破损', code: 'ps7', tags: ['活泼'], intents: ['damaged'],
    body: '天呐快递太粗暴了！别心疼，拍张照给我，咱们这就安排补救~',
    triggers: ['摔了', '瘪了', '变形了', '凹进去', '磕坏了'],
    examples: ['盒子都瘪了', '磕了一个角'],
  },
  {
    id: 'damaged-08', title: '拒收建议', code: 'ps8', tags: ['正式', '主动'], intents: ['damaged', 'logistics.track'],
    body: '您好，如签收时发现外包装严重破损，可当场开箱查看，商品损坏可直接拒收，拒收后我们为您补发或退款。',
    triggers: ['要不要签收', '能拒收吗', '当面验货', '先验货', '签收前'],
    examples: ['外包装破了要签吗', '能当面验货吗'],
  },
  {
    id: 'damaged-09', title: '破损已签收', code: 'ps9', tags: ['安抚'], intents: ['damaged'],
    body: '没关系，签收了也能处理的，您别担心。拍下商品损坏情况和快递面单发给我，我们这边和快递核实，尽力为您争取合理的处理。',
    triggers: ['已经签了', '签收了才发现', '签了还能赔吗', '拆开才发现', '已签收'],
    examples: ['签收后才发现坏了', '签了还能处理吗'],
  },
]);

const wrongItems = definePhrases({ group: '退换售后', stage: '售后' }, [
  {
    id: 'wrong-01', title: '发错道歉', code: 'cw1', tags: ['安抚'], intents: ['wrong-item'],
    body: '非常抱歉是我们的失误发错了！麻烦拍一下收到的商品和标签，我们核实后为您安排换发正确的商品，来回运费由我们承担。',
    triggers: ['发错了', '不是我买的', '发错货', '东西不对', '收到的不对'],
    examples: ['你们发错货了', '这不是我买的'],
  },
  {
    id: 'wrong-02', title: '漏发少件', code: 'cw2', tags: ['安抚'], intents: ['wrong-item'],
    body: '抱歉让您少收了东西！请确认一下是否分包发货，方便的话拍下收到的全部物品，我们核对出库记录后为您补发。',
    triggers: ['少了', '漏发', '少发', '缺件', '只有一个', '没有配件'],
    examples: ['少了一件', '配件没有'],
  },
  {
    id: 'wrong-03', title: '颜色尺码发错', code: 'cw3', tags: ['亲切'], intents: ['wrong-item'],
    body: '亲，是仓库拿错规格了，实在不好意思~您申请换货就好，我们这边先把正确的{商品规格}发出，原件您寄回即可，运费我们出。',
    triggers: ['颜色发错', '尺码不对', '发错码', '拍的黑色发白色', '规格不对'],
    examples: ['我拍的黑色给我发了白色', '码发错了'],
  },
  {
    id: 'wrong-04', title: '赠品未收到', code: 'cw4', tags: ['正式'], intents: ['wrong-item', 'price.coupon'],
    body: '您好，活动赠品有时单独发出，我先核对一下出库记录；确认漏发的话，会为您补寄。',
    triggers: ['赠品没收到', '没有赠品', '送的没收到', '赠品呢', '少了赠品'],
    examples: ['赠品没收到', '说好送的呢'],
  },
  {
    id: 'wrong-05', title: '核对出库', code: 'cw5', tags: ['正式'], intents: ['wrong-item', 'wait'],
    body: '您好，已提交仓库核对出库重量和打包记录，结果出来后在这里回复您，请您稍候。',
    triggers: ['你查一下', '真的少了', '核对', '仓库查', '称重'],
    examples: ['真的少了你们查一下', '查查仓库'],
  },
  {
    id: 'wrong-06', title: '活泼补发', code: 'cw6', tags: ['活泼'], intents: ['wrong-item'],
    body: '我们的锅！已经安排补发啦，单号出来就告诉您~',
    triggers: ['补发了吗', '补给我', '缺的呢', '什么时候补', '补寄'],
    examples: ['少的什么时候补', '补发了没'],
  },
  {
    id: 'wrong-07', title: '错发可留用', code: 'cw7', tags: ['亲切'], intents: ['wrong-item'],
    body: '亲，错发的那件如果您也喜欢，可以按差价留下，不喜欢就寄回，选哪种都行，您看怎么方便~',
    triggers: ['发错的怎么办', '要寄回吗', '能留下吗', '错的那个', '多发了'],
    examples: ['发错的要寄回去吗', '发错的能留着吗'],
  },
  {
    id: 'wrong-08', title: '套装缺件', code: 'cw8', tags: ['正式'], intents: ['wrong-item', 'quality.issue'],
    body: '您好，请对照说明书的清单核对部件，拍下缺少的部件名称或编号发给我们，核实后单独为您补寄。',
    triggers: ['零件少了', '螺丝少了', '缺零件', '装不上少东西', '配件缺'],
    examples: ['少了几个螺丝', '缺个零件装不上'],
  },
  {
    id: 'wrong-09', title: '多次发错安抚', code: 'cw9', tags: ['安抚'], intents: ['wrong-item', 'complaint'],
    body: '真的非常抱歉，这次又给您添了麻烦。我已经把您的订单交给主管专门跟进，换发的商品会复核后再发出。',
    triggers: ['又发错', '第二次了', '怎么老是', '能不能认真点', '又少了'],
    examples: ['怎么又发错了', '第二次了你们认真点'],
  },
]);

const warranty = definePhrases({ group: '退换售后', stage: '售后' }, [
  {
    id: 'warranty-01', title: '保修期限', code: 'bx1', tags: ['正式'], intents: ['repair.warranty'],
    body: '您好，{商品名}的保修期为{保修期}，自签收之日起计算，保修期内非人为损坏的故障可按售后规则免费维修。',
    triggers: ['保修多久', '保修', '质保', '保几年', '有保修吗'],
    examples: ['保修多久', '质保几年'],
  },
  {
    id: 'warranty-02', title: '报修流程', code: 'bx2', tags: ['正式'], intents: ['repair.warranty'],
    body: '您好，报修请提供订单号、故障描述和视频，售后审核后会告知寄修地址或上门安排，维修完成后寄回给您。',
    triggers: ['怎么报修', '维修', '修一下', '寄修', '送修'],
    examples: ['坏了怎么报修', '能修吗'],
  },
  {
    id: 'warranty-03', title: '过保维修', code: 'bx3', tags: ['亲切'], intents: ['repair.warranty'],
    body: '亲，超过保修期也可以修的哦，只需要支付配件和维修费用，具体报价售后检测后会先告诉您，您确认了才维修~',
    triggers: ['过保了', '过了保修期', '收费吗', '维修多少钱', '出保'],
    examples: ['过保了还能修吗', '维修要多少钱'],
  },
  {
    id: 'warranty-04', title: '人为损坏', code: 'bx4', tags: ['安抚'], intents: ['repair.warranty'],
    body: '理解您的心情。进水、摔落等人为损坏不在免费保修范围，但我们可以提供付费维修，检测报价后由您决定是否维修。',
    triggers: ['摔了', '进水了', '不保修吗', '为什么收费', '人为'],
    examples: ['进水了保修吗', '摔坏的能免费修吗'],
  },
  {
    id: 'warranty-05', title: '维修进度', code: 'bx5', tags: ['正式'], intents: ['repair.warranty', 'wait'],
    body: '您好，您的维修单目前处于{维修状态}，维修周期一般为{维修周期}，完成后寄回单号会在这里发给您。',
    triggers: ['修好了吗', '维修进度', '修多久', '什么时候寄回', '还在修吗'],
    examples: ['修好了没', '维修要多久'],
  },
  {
    id: 'warranty-06', title: '保修凭证', code: 'bx6', tags: ['亲切'], intents: ['repair.warranty', 'invoice'],
    body: '亲，保修凭订单记录就可以，不需要纸质保修卡哦~有电子发票的话一起保存好，方便以后用。',
    triggers: ['保修卡', '要发票吗', '凭什么保修', '保修卡丢了', '凭证'],
    examples: ['保修卡丢了还能保修吗', '保修要发票吗'],
  },
  {
    id: 'warranty-07', title: '活泼保修', code: 'bx7', tags: ['活泼'], intents: ['repair.warranty'],
    body: '放心用！{保修期}保修在身，有问题随时来找我~',
    triggers: ['坏了怎么办', '保修吗', '有售后吗', '售后呢', '出问题怎么办'],
    examples: ['用坏了怎么办', '有售后吗'],
  },
  {
    id: 'warranty-08', title: '上门安装维修', code: 'bx8', tags: ['正式'], intents: ['repair.warranty', 'product.usage'],
    body: '您好，{商品名}支持上门安装或维修的地区以售后登记为准，登记后服务人员会提前与您预约上门时间。',
    triggers: ['上门安装', '上门维修', '师傅', '安装费', '预约安装'],
    examples: ['能上门安装吗', '师傅什么时候来'],
  },
  {
    id: 'warranty-09', title: '维修后仍故障', code: 'bx9', tags: ['安抚'], intents: ['repair.warranty', 'complaint'],
    body: '非常抱歉修好后又出现问题，给您添了很多麻烦。我已把情况升级给售后主管，会为您优先检测，同时评估换新方案。',
    triggers: ['修了还坏', '又坏了', '修不好', '反复坏', '没修好'],
    examples: ['修了又坏了', '修了两次还不好'],
  },
]);

const complaints = definePhrases({ group: '投诉安抚', stage: '售后' }, [
  {
    id: 'complaint-01', title: '共情安抚', code: 'af1', tags: ['安抚'], intents: ['complaint'],
    body: '非常理解您现在的心情，遇到这种情况换成谁都会着急。请您把经过告诉我，我会负责跟进到底，给您一个明确的处理结果。',
    triggers: ['生气', '太过分了', '气死了', '什么破', '太差了', '无语'],
    examples: ['你们太过分了', '气死我了'],
  },
  {
    id: 'complaint-02', title: '投诉威胁', code: 'af2', tags: ['安抚'], intents: ['complaint'],
    body: '您反映的问题我们非常重视，也很抱歉让您有这么不好的体验。请给我一个机会先把问题处理好，我现在就为您核实。',
    triggers: ['投诉', '我要投诉', '举报', '12315', '找平台', '曝光'],
    examples: ['我要投诉你们', '不处理我就找平台'],
  },
  {
    id: 'complaint-03', title: '服务态度', code: 'af3', tags: ['安抚'], intents: ['complaint'],
    body: '对于之前沟通中让您不舒服的地方，我代表{店铺名}向您道歉。接下来由我为您处理，有任何要求都可以直接告诉我。',
    triggers: ['态度差', '服务太差', '客服态度', '不理人', '敷衍'],
    examples: ['你们客服态度太差了', '一直敷衍我'],
  },
  {
    id: 'complaint-04', title: '正式处理说明', code: 'af4', tags: ['正式'], intents: ['complaint'],
    body: '您好，您的问题已登记为加急工单，处理方案为{处理方案}，预计{处理时限}内完成，期间进展会在本对话同步给您。',
    triggers: ['给个说法', '怎么处理', '多久处理', '要个结果', '怎么赔'],
    examples: ['你们到底怎么处理', '给我个说法'],
  },
  {
    id: 'complaint-05', title: '亲切认错', code: 'af5', tags: ['亲切'], intents: ['complaint'],
    body: '亲，这次确实是我们做得不够好，真的对不起~我这就帮您把问题处理掉，尽量不让您再多跑一趟。',
    triggers: ['太失望了', '不满意', '什么玩意', '再也不买了', '坑人'],
    examples: ['太失望了再也不买了', '真坑'],
  },
  {
    id: 'complaint-06', title: '确认诉求', code: 'af6', tags: ['正式'], intents: ['complaint'],
    body: '为了尽快帮您解决，想跟您确认一下：您希望的处理方式是{买家诉求}，对吗？确认后我这边就提交。',
    triggers: ['我要求', '必须', '你们要', '不然', '赔偿'],
    examples: ['你们必须给我赔偿', '不然我就投诉'],
  },
  {
    id: 'complaint-07', title: '多次沟通未果', code: 'af7', tags: ['安抚'], intents: ['complaint', 'transfer-human'],
    body: '让您反复沟通真的很抱歉。我已经把完整记录交给主管，由主管直接负责您的问题，会尽快在这里给您答复。',
    triggers: ['说了好几遍', '一直没解决', '推来推去', '没人管', '第几次了'],
    examples: ['说了好几遍都没解决', '你们推来推去的'],
  },
  {
    id: 'complaint-08', title: '冷静回应', code: 'af8', tags: ['正式'], intents: ['complaint'],
    body: '您好，我们理解您的不满，也会认真对待。请您提供订单号和具体情况，我们依据平台规则和事实为您处理。',
    triggers: ['骗子', '欺诈', '虚假宣传', '黑店', '假的'],
    examples: ['你们就是骗子', '虚假宣传'],
  },
  {
    id: 'complaint-09', title: '跟进回访', code: 'af9', tags: ['安抚', '主动'], intents: ['complaint', 'thanks-bye'],
    body: '{买家昵称}您好，之前给您带来的问题已经处理完毕，想确认一下现在是否都解决了？如果还有不满意的地方，请直接告诉我。',
    triggers: ['解决了吗', '处理完了', '后续', '回访', '还有问题'],
    examples: ['处理完了吗', '后续怎么样了'],
  },
  {
    id: 'complaint-10', title: '活泼化解', code: 'af10', tags: ['活泼'], intents: ['complaint'],
    body: '先消消气~这次让您不开心了，是我们的不对！您说说具体情况，我尽力帮您处理好。',
    triggers: ['烦死了', '郁闷', '不爽', '心累', '服了'],
    examples: ['烦死了', '真服了你们'],
  },
]);

const reviews = definePhrases({ group: '评价', stage: '售后' }, [
  {
    id: 'review-01', title: '邀请真实评价', code: 'pj1', tags: ['亲切'], intents: ['review'],
    body: '亲，宝贝用着还满意吗？方便的话欢迎分享一下真实的使用感受，您的意见对其他买家很有参考价值哦~',
    triggers: ['评价', '评价一下', '怎么评价', '写评价', '收到了'],
    examples: ['收到了，挺好的', '在哪写评价'],
  },
  {
    id: 'review-02', title: '中差评沟通', code: 'pj2', tags: ['安抚'], intents: ['review', 'complaint'],
    body: '看到您的评价了，非常抱歉这次没让您满意。能说说具体是哪里的问题吗？我们先把问题处理好，您的反馈我们也会认真改进。',
    triggers: ['差评', '中评', '给差评', '打差评', '评价不好'],
    examples: ['我给了差评', '不满意给中评了'],
  },
  {
    id: 'review-03', title: '差评威胁', code: 'pj3', tags: ['正式'], intents: ['review', 'complaint'],
    body: '您好，评价是您的权利，我们尊重您的选择。您遇到的问题我们会按平台规则认真处理，请告诉我具体情况。',
    triggers: ['不退就差评', '给你差评', '不给就差评', '差评警告', '我就差评'],
    examples: ['不给我退款我就给差评', '等着差评吧'],
  },
  {
    id: 'review-04', title: '问题解决后', code: 'pj4', tags: ['亲切'], intents: ['review'],
    body: '问题解决了就好~如果您觉得之前的评价和现在的情况不太一样了，可以根据实际感受自行决定是否追加评价，我们尊重您的意见。',
    triggers: ['改评价', '修改评价', '追评', '删评', '能改吗'],
    examples: ['评价还能改吗', '怎么追评'],
  },
  {
    id: 'review-05', title: '感谢好评', code: 'pj5', tags: ['活泼'], intents: ['review', 'thanks-bye'],
    body: '看到您的评价啦，开心到转圈！谢谢您的认可，我们会继续用心做好每一件商品~',
    triggers: ['好评了', '给你好评', '五星', '已评价', '评了'],
    examples: ['已经给你好评了', '评价好了'],
  },
  {
    id: 'review-06', title: '如何评价', code: 'pj6', tags: ['正式'], intents: ['review'],
    body: '您好，确认收货后，在“我的订单”中找到该订单，点击“评价”即可填写文字和上传图片。',
    triggers: ['在哪评价', '怎么评', '评价入口', '怎么追评', '晒图'],
    examples: ['评价在哪里', '怎么晒图'],
  },
  {
    id: 'review-07', title: '拒绝利益交换', code: 'pj7', tags: ['正式'], intents: ['review', 'price.bargain'],
    body: '您好，按照平台规则，我们不能用任何形式换取评价，也请您按真实感受评价就好。您的售后问题我们会照常认真处理。',
    triggers: ['好评有什么', '好评有奖励吗', '评价给什么', '五星有啥', '好评送什么'],
    examples: ['好评有奖励吗', '给好评有什么好处'],
  },
  {
    id: 'review-08', title: '差评后处理结果', code: 'pj8', tags: ['安抚'], intents: ['review'],
    body: '您反馈的{问题描述}我们已经{处理结果}，非常感谢您的指正。再次为这次的体验向您道歉。',
    triggers: ['评价说的', '我评价里写了', '看评价', '差评内容', '反馈'],
    examples: ['我评价里写得很清楚', '你们看评价'],
  },
  {
    id: 'review-09', title: '使用感受回访', code: 'pj9', tags: ['亲切', '主动'], intents: ['review'],
    body: '{买家昵称}您好，{商品名}用了一段时间，感觉怎么样呀？有使用上的问题随时告诉我；觉得不错的话，也欢迎写下真实评价~',
    triggers: ['用着还行', '挺好用', '还可以', '不错', '满意'],
    examples: ['用着还不错', '挺满意的'],
  },
  {
    id: 'review-10', title: '默认评价说明', code: 'pj10', tags: ['正式'], intents: ['review'],
    body: '您好，评价时限和系统默认评价规则以平台说明为准，到期未评价的订单会由系统自动处理。',
    triggers: ['不评价会怎样', '默认好评', '评价期限', '多久评价', '忘了评价'],
    examples: ['不评价会怎么样', '评价有期限吗'],
  },
]);

const priceProtection = definePhrases({ group: '退换售后', stage: '售后' }, [
  {
    id: 'price-protect-01', title: '价保说明', code: 'jb1', tags: ['正式'], intents: ['price-protect'],
    body: '您好，商品若参加价保服务，在价保期内降价可在订单页申请价保，差额按平台规则退回，以订单页显示为准。',
    triggers: ['降价了', '价保', '退差价', '买贵了', '保价'],
    examples: ['刚买就降价了', '能退差价吗'],
  },
  {
    id: 'price-protect-02', title: '亲切退差', code: 'jb2', tags: ['亲切'], intents: ['price-protect'],
    body: '理解亲刚买就看到降价的心情~我帮您看下订单是否在价保范围内，符合的话教您在订单页一键申请哦。',
    triggers: ['怎么又便宜了', '刚买就降', '亏了', '差价', '便宜了'],
    examples: ['我昨天买的今天便宜了', '怎么又降价了'],
  },
  {
    id: 'price-protect-03', title: '不在价保期', code: 'jb3', tags: ['安抚'], intents: ['price-protect'],
    body: '非常理解您的感受。这单已超过价保期限，系统无法申请退差，抱歉没能帮上忙。后续活动信息您可以关注店铺留意。',
    triggers: ['过了价保', '不能退差价吗', '为什么不给退', '价保过期', '太久了'],
    examples: ['为什么不能退差价', '价保过期了吗'],
  },
  {
    id: 'price-protect-04', title: '活动价不适用', code: 'jb4', tags: ['正式'], intents: ['price-protect'],
    body: '您好，限时秒杀、优惠券或满减等活动形成的价格变化，部分不在价保范围内，具体以价保规则说明为准。',
    triggers: ['秒杀价', '活动价', '用券后', '直播间便宜', '限时'],
    examples: ['直播间比我买的便宜', '秒杀价能退差吗'],
  },
  {
    id: 'price-protect-05', title: '退差处理中', code: 'jb5', tags: ['亲切'], intents: ['price-protect', 'refund.progress'],
    body: '亲，价保申请已经提交啦，审核通过后差额会原路退回，留意到账提醒就好~',
    triggers: ['差价退了吗', '价保到了吗', '申请了价保', '差价多久到', '价保进度'],
    examples: ['差价退了没', '价保多久到账'],
  },
  {
    id: 'price-protect-06', title: '活泼价保', code: 'jb6', tags: ['活泼'], intents: ['price-protect'],
    body: '别慌！这单在价保期内，去订单页点“价保”申请，差价就能回来啦~',
    triggers: ['亏大了', '白买了', '降价好多', '怎么办', '退差'],
    examples: ['降了好多怎么办', '感觉亏了'],
  },
  {
    id: 'price-protect-07', title: '未开价保', code: 'jb7', tags: ['正式'], intents: ['price-protect'],
    body: '您好，该商品未开通价保服务，价格变动属于正常调价，暂不支持退差，感谢您的理解。如有其他问题我乐意为您解答。',
    triggers: ['没有价保', '不保价吗', '为什么不退差', '凭什么', '价格变了'],
    examples: ['这个没价保吗', '凭什么不退差价'],
  },
  {
    id: 'price-protect-08', title: '退货重拍说明', code: 'jb8', tags: ['安抚'], intents: ['price-protect', 'return.policy'],
    body: '理解您想买得更划算。如果商品未拆封、符合无理由退货条件，您也可以按规则退货后再按当前价格下单，运费需您考虑一下。',
    triggers: ['退了重拍', '退货重买', '那我退了', '重新买', '退了再买'],
    examples: ['那我退了重新拍', '退货再买可以吗'],
  },
  {
    id: 'price-protect-09', title: '价保时限', code: 'jb9', tags: ['亲切'], intents: ['price-protect'],
    body: '亲，本店价保期为签收后{价保天数}天内哦，期间店铺降价都可以申请，超过时间就不能申请啦，记得留意~',
    triggers: ['价保几天', '价保多久', '保价期', '多少天', '价保期'],
    examples: ['价保几天', '保价期多久'],
  },
]);

export const AFTERSALE_PHRASES: Phrase[] = [
  ...returnPolicy,
  ...returnHowto,
  ...returnFees,
  ...refunds,
  ...quality,
  ...damage,
  ...wrongItems,
  ...warranty,
  ...complaints,
  ...reviews,
  ...priceProtection,
];
