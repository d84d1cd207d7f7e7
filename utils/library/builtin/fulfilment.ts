import type { Phrase } from '../types';
import { definePhrases } from './define';

// 售中: shipping time and courier, delivery areas, order changes, cancellation, tracking and delays.

const shippingTime = definePhrases({ group: '发货物流', stage: '售中' }, [
  {
    id: 'ship-time-01', title: '发货时效', code: 'fh1', tags: ['亲切'], intents: ['shipping.time'],
    body: '亲，付款后一般{发货时间}内发出哦，发货后订单页会更新物流单号，可以随时查看~',
    triggers: ['发货', '几时发', '啥时候发', '什么时候发货', '多久发货', '什么时候寄'],
    examples: ['什么时候发货', '几时发啊'],
  },
  {
    id: 'ship-time-02', title: '截单时间', code: 'fh2', tags: ['正式'], intents: ['shipping.time'],
    body: '您好，{截单时间}前付款的订单通常当日安排打包出库，之后付款的顺延到下一个工作日，遇到活动高峰可能略有延后。',
    triggers: ['今天能发吗', '今天发吗', '当天发', '几点截单', '现在拍今天发吗'],
    examples: ['现在拍今天能发吗', '几点前拍当天发'],
  },
  {
    id: 'ship-time-03', title: '多久能到', code: 'fh3', tags: ['亲切'], intents: ['shipping.time', 'logistics.track'],
    body: '发货后一般{配送时效}左右送达哦，具体要看地区和快递情况~方便告诉我收货城市吗？我帮您估一下。',
    triggers: ['多久到', '几天到', '多久能收到', '到我这要几天', '什么时候到'],
    examples: ['发到上海要几天', '多久能收到'],
  },
  {
    id: 'ship-time-04', title: '急用催发', code: 'fh4', tags: ['安抚'], intents: ['shipping.time'],
    orderFacts: ['ordered', 'not-shipped'],
    body: '理解您着急用，我已经在订单上备注了尽快安排，也和仓库同事打了招呼，出库后会在这里告诉您。',
    triggers: ['急用', '着急', '快点发', '能早点发吗', '催一下发货', '加急'],
    examples: ['急用能快点发吗', '帮我催一下发货'],
  },
  {
    id: 'ship-time-05', title: '活泼发货', code: 'fh5', tags: ['活泼'], intents: ['shipping.time'],
    orderFacts: ['paid', 'not-shipped'],
    body: '仓库小伙伴正在加速打包中~您的宝贝排在队伍里啦，{发货时间}内发出，发了会有物流提醒哦！',
    triggers: ['发了吗', '还没发吗', '发货没', '怎么还不发', '打包了吗'],
    examples: ['发货没呀', '打包了吗'],
  },
  {
    id: 'ship-time-06', title: '周末发货', code: 'fh6', tags: ['正式'], intents: ['shipping.time'],
    body: '您好，仓库周末{周末发货安排}，周末付款的订单会按顺序处理，请留意订单页的发货状态。',
    triggers: ['周末发货吗', '周六发吗', '周日', '星期天', '周末'],
    examples: ['周末发货吗', '周六能发吗'],
  },
  {
    id: 'ship-time-07', title: '定制发货', code: 'fh7', tags: ['正式'], intents: ['shipping.time'],
    body: '您好，定制类商品需要单独制作，制作周期以商品页说明为准，完成后会尽快发出并在这里通知您。',
    triggers: ['定制多久', '做多久', '制作周期', '定制发货', '订做多久'],
    examples: ['定制要做多久', '刻字的多久发'],
  },
  {
    id: 'ship-time-08', title: '发货延迟致歉', code: 'fh8', tags: ['安抚'], intents: ['shipping.time', 'logistics.delay'],
    orderFacts: ['paid', 'not-shipped'],
    body: '非常抱歉，因近期订单较多，您的订单发货比预期晚了一些。目前已在优先处理，出库后我会在这里告诉您，给您添麻烦了。',
    triggers: ['怎么还没发', '拍了好几天', '说好的发货呢', '超时了', '延迟发货'],
    examples: ['拍了三天了怎么还没发', '超过发货时间了'],
  },
  {
    id: 'ship-time-09', title: '分批发货', code: 'fh9', tags: ['正式'], intents: ['shipping.time', 'logistics.track'],
    body: '您好，您的订单商品在不同仓库，会分开发出，因此会有多个物流单号，订单详情页可以分别查看。',
    triggers: ['分开发', '只收到一件', '为什么两个单号', '分批', '一起发吗'],
    examples: ['为什么只收到一件', '是分开发的吗'],
  },
  {
    id: 'ship-time-10', title: '预约时间发', code: 'fh10', tags: ['亲切'], intents: ['shipping.time', 'order.change'],
    orderFacts: ['not-shipped'],
    body: '可以的亲，您希望哪天发出告诉我，我在订单备注里写清楚，仓库会按备注时间安排~',
    triggers: ['晚点发', '过几天发', '指定时间发', '先别发', '延迟发'],
    examples: ['能过几天再发吗', '下周再发可以吗'],
  },
]);

const couriers = definePhrases({ group: '发货物流', stage: '售中' }, [
  {
    id: 'courier-01', title: '默认快递', code: 'kd1', tags: ['正式'], intents: ['shipping.courier'],
    body: '您好，本店默认发{默认快递}，系统会根据收货地址匹配，发货后可在订单页查看具体快递。',
    triggers: ['发什么快递', '哪个快递', '什么快递', '快递公司', '走什么快递'],
    examples: ['发什么快递', '哪家快递'],
  },
  {
    id: 'courier-02', title: '指定快递', code: 'kd2', tags: ['亲切'], intents: ['shipping.courier'],
    orderFacts: ['not-shipped'],
    body: '亲，想指定快递的话我先帮您备注并问一下仓库能否安排，可能会有运费差价，确认好再告诉您哦~',
    triggers: ['能发顺丰吗', '指定快递', '发顺丰', '换快递', '能发京东吗', '发中通'],
    examples: ['能发顺丰吗', '可以指定快递吗'],
  },
  {
    id: 'courier-03', title: '快递到不了', code: 'kd3', tags: ['正式'], intents: ['shipping.courier', 'shipping.coverage'],
    body: '您好，如您所在地默认快递不派送，请告诉我您那边能收到的快递，我们备注后尽量为您更换。',
    triggers: ['这个快递不到', '我们这没有', '到不了', '不派送', '收不到这个快递'],
    examples: ['我们这里没有这个快递', '这个快递到不了'],
  },
  {
    id: 'courier-04', title: '送货上门', code: 'kd4', tags: ['亲切'], intents: ['shipping.courier'],
    body: '亲，快递员是否送上门要看当地网点安排哦~您可以在订单备注里写“请送货上门”，我也帮您备注上。',
    triggers: ['送上门吗', '送货上门', '放驿站', '放快递柜', '上门'],
    examples: ['能送上门吗', '别放驿站'],
  },
  {
    id: 'courier-05', title: '大件物流', code: 'kd5', tags: ['正式'], intents: ['shipping.courier', 'shipping.time'],
    body: '您好，{商品名}体积较大，走物流配送，到达后配送师傅会提前与您预约送货时间，请留意配送师傅的预约消息。',
    triggers: ['大件', '物流配送', '送货', '家具怎么送', '搬上楼'],
    examples: ['沙发怎么送', '能送上楼吗'],
  },
  {
    id: 'courier-06', title: '活泼快递', code: 'kd6', tags: ['活泼'], intents: ['shipping.courier'],
    body: '默认走{默认快递}哦，覆盖面挺广，跑得也不慢~有特别想用的快递也可以告诉我！',
    triggers: ['啥快递', '快递是哪个', '什么物流', '用哪家', '快递'],
    examples: ['啥快递啊', '用哪家发'],
  },
  {
    id: 'courier-07', title: '不发某快递', code: 'kd7', tags: ['安抚'], intents: ['shipping.courier'],
    orderFacts: ['ordered', 'not-shipped'],
    body: '明白您对之前的快递体验不满意，我已经在订单上备注了避开您说的那家快递，仓库会尽量按备注安排。',
    triggers: ['不要这个快递', '别发这个', '不要发', '这快递太慢', '换一家'],
    examples: ['别给我发这个快递', '这个快递太慢了'],
  },
  {
    id: 'courier-08', title: '自提', code: 'kd8', tags: ['正式'], intents: ['shipping.courier'],
    body: '您好，本店暂不提供线下自提，所有订单统一通过快递发出，感谢理解。',
    triggers: ['自提', '自己去拿', '上门取', '能来店里拿吗', '门店'],
    examples: ['能自提吗', '我自己去拿行吗'],
  },
  {
    id: 'courier-09', title: '生鲜冷链', code: 'kd9', tags: ['亲切'], intents: ['shipping.courier', 'shipping.time'],
    categories: ['生鲜', '食品'],
    body: '亲，生鲜类会用保温包装并走时效较快的快递，收到后请及时开箱冷藏哦~',
    triggers: ['冷链', '会化吗', '保温', '生鲜', '冰袋'],
    examples: ['路上会化吗', '有冰袋吗'],
  },
]);

const coverage = definePhrases({ group: '发货物流', stage: '售中' }, [
  {
    id: 'coverage-01', title: '能否送达', code: 'qy1', tags: ['亲切'], intents: ['shipping.coverage'],
    body: '亲，方便告诉我收货地址的省市区吗？我帮您查一下能不能送到哦~',
    triggers: ['能送到吗', '能发到', '送得到吗', '到得了吗', '能寄到'],
    examples: ['能送到乡下吗', '能发到我们这吗'],
  },
  {
    id: 'coverage-02', title: '包邮范围', code: 'qy2', tags: ['正式'], intents: ['shipping.coverage'],
    body: '您好，大部分地区免运费，{偏远地区}需补运费，具体以下单页面显示的运费为准。',
    triggers: ['包邮吗', '运费', '邮费', '免运费吗', '要运费吗'],
    examples: ['包邮吗', '邮费多少'],
  },
  {
    id: 'coverage-03', title: '偏远地区', code: 'qy3', tags: ['安抚'], intents: ['shipping.coverage'],
    body: '抱歉，{偏远地区}路程较远，快递公司收费更高，所以需要补一部分运费，时效也会稍长一些，感谢理解。',
    triggers: ['新疆', '西藏', '偏远', '为什么要运费', '青海'],
    examples: ['新疆包邮吗', '为什么我这要运费'],
  },
  {
    id: 'coverage-04', title: '港澳台海外', code: 'qy4', tags: ['正式'], intents: ['shipping.coverage'],
    body: '您好，本店目前仅支持发往中国大陆地区，港澳台及海外暂不支持直接寄送，非常抱歉。',
    triggers: ['香港', '台湾', '海外', '国外', '澳门', '能寄出国吗'],
    examples: ['能寄到香港吗', '发国外吗'],
  },
  {
    id: 'coverage-05', title: '乡镇配送', code: 'qy5', tags: ['亲切'], intents: ['shipping.coverage', 'shipping.courier'],
    body: '乡镇一般能送到哦，只是有些地方会放在镇上的网点，需要自取~地址写详细一点，快递到了会通知您。',
    triggers: ['乡下', '农村', '镇上', '村里', '能送到村'],
    examples: ['能送到村里吗', '乡下收得到吗'],
  },
  {
    id: 'coverage-06', title: '活泼查区域', code: 'qy6', tags: ['活泼'], intents: ['shipping.coverage'],
    body: '发地址给我~{客服昵称}帮您瞅瞅能不能到、要几天！',
    triggers: ['能到吗', '我这能收吗', '发得过来吗', '寄得到吗', '到我这'],
    examples: ['我这能收到吗', '发得过来不'],
  },
  {
    id: 'coverage-07', title: '停发地区', code: 'qy7', tags: ['安抚'], intents: ['shipping.coverage', 'logistics.delay'],
    orderFacts: ['ordered', 'not-shipped'],
    body: '非常抱歉，受天气或管控影响，部分地区快递暂时停止收派，订单会先保留，恢复后按顺序发出；介意等待可以申请退款。',
    triggers: ['停发', '发不了', '暂停', '不能发', '管控'],
    examples: ['我们这停发了吗', '为什么发不了'],
  },
  {
    id: 'coverage-08', title: '运费说明', code: 'qy8', tags: ['正式'], intents: ['shipping.coverage'],
    body: '您好，运费按收货地区和商品重量计算，下单页面会自动显示，多件同一订单一般合并计算运费。',
    triggers: ['运费怎么算', '多件运费', '运费多少', '加运费', '合并运费'],
    examples: ['买两件运费怎么算', '运费是多少'],
  },
  {
    id: 'coverage-09', title: '学校单位收货', code: 'qy9', tags: ['亲切'], intents: ['shipping.coverage'],
    body: '学校和单位一般都能送哦，有些地方快递会放在门口的收发点，地址里写上具体楼栋和收件人会更方便~',
    triggers: ['学校', '宿舍', '公司', '单位', '写字楼'],
    examples: ['能送到学校宿舍吗', '公司能收吗'],
  },
]);

const addressChanges = definePhrases({ group: '订单处理', stage: '售中' }, [
  {
    id: 'address-01', title: '未发货改地址', code: 'gdz1', tags: ['亲切'], intents: ['order.change-address'],
    orderFacts: ['ordered', 'not-shipped'],
    body: '还没发货可以改哦~麻烦把新的收货人、地址完整发给我，我核对后帮您修改。',
    triggers: ['改地址', '地址写错了', '换地址', '修改地址', '地址填错'],
    examples: ['地址写错了能改吗', '帮我改一下地址'],
  },
  {
    id: 'address-02', title: '订单页自助改', code: 'gdz2', tags: ['正式'], intents: ['order.change-address'],
    orderFacts: ['ordered', 'not-shipped'],
    body: '您好，订单未发货时，您可以在订单详情页点击“修改地址”自行提交，提交后我们这边确认即可生效。',
    triggers: ['怎么改地址', '在哪改地址', '自己改', '修改收货信息', '改收件人'],
    examples: ['在哪里改地址', '我自己能改吗'],
  },
  {
    id: 'address-03', title: '已发货改地址', code: 'gdz3', tags: ['安抚'], intents: ['order.change-address', 'logistics.track'],
    orderFacts: ['in-transit'],
    body: '抱歉，包裹已经发出，系统无法直接改地址。我这边尝试联系快递拦截改派，能否成功以快递反馈为准，有结果就在这里告诉您。',
    triggers: ['发货了能改吗', '已经发了', '改派', '拦截', '寄错地址'],
    examples: ['已经发货了还能改地址吗', '能改派吗'],
  },
  {
    id: 'address-04', title: '核对新地址', code: 'gdz4', tags: ['正式'], intents: ['order.change-address'],
    orderFacts: ['ordered', 'not-shipped'],
    body: '您好，地址已按您发来的信息修改好了，麻烦在订单页再核对一下收件人和地址是否正确。',
    triggers: ['改好了吗', '改了没', '地址对吗', '确认地址', '核对'],
    examples: ['地址改好了吗', '帮我确认一下'],
  },
  {
    id: 'address-05', title: '改收件人', code: 'gdz5', tags: ['亲切'], intents: ['order.change-address'],
    orderFacts: ['not-shipped'],
    body: '可以的亲，把新的收件人姓名发给我就行，改好后我再跟您核对一遍~',
    triggers: ['改收件人', '换个人收', '收件人写错', '名字错了', '别人代收'],
    examples: ['收件人名字写错了', '能换个人收吗'],
  },
  {
    id: 'address-06', title: '改收件号码', code: 'gdz6', tags: ['正式'], intents: ['order.change-address'],
    orderFacts: ['ordered'],
    body: '您好，收件人号码请在订单详情页的“修改地址”中自行更新，以保护您的个人信息，更新后告诉我一声即可。',
    triggers: ['号码写错了', '改号码', '手机号错了', '换号码', '收件号码'],
    examples: ['收货号码填错了', '能改号码吗'],
  },
  {
    id: 'address-07', title: '活泼改地址', code: 'gdz7', tags: ['活泼'], intents: ['order.change-address'],
    orderFacts: ['ordered', 'not-shipped'],
    body: '小事一桩！趁还没发货，新地址发我，{客服昵称}这就帮您改好~',
    triggers: ['地址错了', '搬家了', '寄到公司', '寄到家', '换个地方'],
    examples: ['我搬家了地址要改', '改寄到公司'],
  },
  {
    id: 'address-08', title: '拦截失败', code: 'gdz8', tags: ['安抚'], intents: ['order.change-address', 'logistics.delay'],
    orderFacts: ['in-transit'],
    body: '非常抱歉，快递反馈包裹已在派送途中，拦截没有成功。建议您联系原地址附近的人帮忙代收，或拒收后我们为您重新安排，给您添麻烦了。',
    triggers: ['没拦住', '拦截失败', '还是送去了', '怎么办', '送错地方'],
    examples: ['没拦截成功怎么办', '还是送到老地址了'],
  },
  {
    id: 'address-09', title: '隐私保护提醒', code: 'gdz9', tags: ['正式'], intents: ['order.change-address'],
    body: '您好，为保护您的信息，修改地址请通过订单页或在本对话内提交，我们不会通过其他渠道向您索要收货信息。',
    triggers: ['要我地址', '发地址给你', '地址安全吗', '信息泄露', '隐私'],
    examples: ['地址直接发你安全吗', '会泄露信息吗'],
  },
]);

const orderChanges = definePhrases({ group: '订单处理', stage: '售中' }, [
  {
    id: 'change-01', title: '改颜色尺码', code: 'gd1', tags: ['亲切'], intents: ['order.change'],
    orderFacts: ['not-shipped'],
    body: '还没发货的话可以改哦~告诉我想换成的颜色和尺码，我看一下库存，有货就帮您备注修改。',
    triggers: ['改颜色', '改尺码', '换个码', '拍错颜色', '换颜色', '改规格'],
    examples: ['拍错颜色了能改吗', '帮我换成L码'],
  },
  {
    id: 'change-02', title: '加购合并', code: 'gd2', tags: ['正式'], intents: ['order.change'],
    orderFacts: ['not-shipped'],
    body: '您好，可以再拍下需要的商品，未发货时我们会尽量把两个订单合并发出，并在订单上备注。',
    triggers: ['再加一件', '合并发货', '一起发', '加购', '再买一个'],
    examples: ['我再拍一件能一起发吗', '两个订单合并发'],
  },
  {
    id: 'change-03', title: '改数量', code: 'gd3', tags: ['正式'], intents: ['order.change', 'order.cancel'],
    orderFacts: ['paid', 'not-shipped'],
    body: '您好，已付款订单无法直接修改数量。需要减少的话可以申请部分退款，需要增加的话请再拍一单，我们合并发货。',
    triggers: ['改数量', '少买一件', '多拍了', '拍多了', '减一件'],
    examples: ['拍多了一件', '能改数量吗'],
  },
  {
    id: 'change-04', title: '已备注', code: 'gd4', tags: ['亲切'], intents: ['order.change'],
    orderFacts: ['ordered', 'not-shipped'],
    body: '已经按您说的帮您备注好啦，仓库打包时会按备注处理哦~',
    triggers: ['备注了吗', '帮我备注', '记得备注', '备注一下', '别忘了'],
    examples: ['帮我备注一下', '备注好了吗'],
  },
  {
    id: 'change-05', title: '已发货无法改', code: 'gd5', tags: ['安抚'], intents: ['order.change', 'return.howto'],
    orderFacts: ['shipped'],
    body: '非常抱歉，订单已经发出，没办法再修改了。收到后如果规格不合适，可以按平台规则申请换货，我会协助您处理。',
    triggers: ['来不及了吗', '发了还能改吗', '改不了了', '已经发了', '怎么办'],
    examples: ['已经发货了还能换码吗', '来不及改了吗'],
  },
  {
    id: 'change-06', title: '缺货改款', code: 'gd6', tags: ['正式', '主动'], intents: ['order.change', 'product.stock'],
    orderFacts: ['ordered', 'not-shipped'],
    body: '{买家昵称}您好，您拍的{商品名}该规格暂时缺货，可以为您换成其他有货的规格，或为您办理退款，请问您倾向哪种？',
    triggers: ['缺货了', '没货怎么办', '换别的', '换一个', '退款吧'],
    examples: ['没货了那怎么办', '那换一个吧'],
  },
  {
    id: 'change-07', title: '活泼改单', code: 'gd7', tags: ['活泼'], intents: ['order.change'],
    orderFacts: ['ordered', 'not-shipped'],
    body: '收到！改成您说的规格对吧？确认一下我就去通知仓库~',
    triggers: ['改一下', '换一下', '我要改', '改成', '不要这个了换'],
    examples: ['改成白色吧', '我要改一下订单'],
  },
  {
    id: 'change-08', title: '礼品包装', code: 'gd8', tags: ['亲切'], intents: ['order.change'],
    orderFacts: ['not-shipped'],
    body: '送人的话我可以帮您备注不放价格单哦~是否有礼盒包装以商品页选项为准，需要的话下单时可以选上。',
    triggers: ['礼盒', '包装', '送人', '不要价格单', '别放发票'],
    examples: ['送人的别放价格', '有礼盒吗'],
  },
  {
    id: 'change-09', title: '改单须知', code: 'gd9', tags: ['正式'], intents: ['order.change'],
    orderFacts: ['ordered', 'not-shipped'],
    body: '您好，订单修改需在发货前完成。已打包的订单需要仓库拆包处理，我先为您提交申请，结果会在这里回复您。',
    triggers: ['能改吗', '修改订单', '改订单', '换规格', '换款'],
    examples: ['订单还能改吗', '我要修改订单'],
  },
]);

const cancellations = definePhrases({ group: '订单处理', stage: '售中' }, [
  {
    id: 'cancel-01', title: '未发货取消', code: 'qx1', tags: ['亲切'], intents: ['order.cancel'],
    orderFacts: ['paid', 'not-shipped'],
    body: '没问题亲，还没发货的话在订单页点“申请退款”，原因选“不想要了”就行，我们看到后会尽快处理~',
    triggers: ['取消订单', '不要了', '拍错了', '退款', '怎么取消', '不想要了'],
    examples: ['不想要了怎么取消', '拍错了能取消吗'],
  },
  {
    id: 'cancel-02', title: '挽留了解原因', code: 'qx2', tags: ['正式'], intents: ['order.cancel'],
    orderFacts: ['ordered', 'not-shipped'],
    body: '您好，可以为您取消。方便问一下是什么原因吗？如果是尺码、颜色或发货时间的问题，我们也可以帮您调整。',
    triggers: ['取消', '不买了', '算了', '退了吧', '不要了'],
    examples: ['算了不买了', '取消吧'],
  },
  {
    id: 'cancel-03', title: '已发货取消', code: 'qx3', tags: ['安抚'], intents: ['order.cancel', 'return.howto'],
    orderFacts: ['in-transit'],
    body: '抱歉，包裹已经发出了，不能直接取消。您可以收到后拒收或申请退货退款，包裹退回仓库后会按平台流程退款。',
    triggers: ['发货了还能取消吗', '拒收', '已经发货', '不想要了', '退回去'],
    examples: ['已经发货了还能取消吗', '我拒收可以吗'],
  },
  {
    id: 'cancel-04', title: '重复下单', code: 'qx4', tags: ['正式'], intents: ['order.cancel'],
    orderFacts: ['ordered'],
    body: '您好，看到您有两笔相同订单，请确认是否重复拍下。如需取消其中一笔，请对该订单申请退款，我们会优先处理。',
    triggers: ['拍重复了', '下了两单', '重复下单', '多拍一单', '拍了两次'],
    examples: ['不小心拍了两单', '重复下单了'],
  },
  {
    id: 'cancel-05', title: '活泼取消', code: 'qx5', tags: ['活泼'], intents: ['order.cancel'],
    orderFacts: ['paid', 'not-shipped'],
    body: '好哒，您提交退款申请，我这边就去同意~下次有需要再来逛呀！',
    triggers: ['不要了', '退了', '取消吧', '不买啦', '反悔了'],
    examples: ['我反悔了不要了', '取消吧'],
  },
  {
    id: 'cancel-06', title: '取消退款时效', code: 'qx6', tags: ['正式'], intents: ['order.cancel', 'refund.progress'],
    orderFacts: ['ordered'],
    body: '您好，未发货订单退款同意后，款项会按原支付方式退回，到账时间以支付渠道为准，一般为{到账时效}。',
    triggers: ['取消了钱呢', '退款多久到', '钱什么时候退', '取消后', '退到哪'],
    examples: ['取消了钱多久到', '钱退到哪里'],
  },
  {
    id: 'cancel-07', title: '正在出库', code: 'qx7', tags: ['安抚'], intents: ['order.cancel'],
    orderFacts: ['paid', 'not-shipped'],
    body: '抱歉，订单已在打包出库中，我这就联系仓库尝试拦截，成功后为您处理退款；若已发出，也可以拒收，退回后退款。',
    triggers: ['快取消', '还来得及吗', '别发了', '拦下来', '赶紧取消'],
    examples: ['别发了我不要了', '还来得及取消吗'],
  },
  {
    id: 'cancel-08', title: '预售取消', code: 'qx8', tags: ['正式'], intents: ['order.cancel'],
    orderFacts: ['ordered'],
    body: '您好，预售订单的定金能否退回以活动页面规则为准；尾款未付时，订单会按规则自动关闭。',
    triggers: ['定金', '预售取消', '尾款不付', '定金能退吗', '不付尾款'],
    examples: ['定金能退吗', '不想付尾款了'],
  },
  {
    id: 'cancel-09', title: '亲切劝稍等', code: 'qx9', tags: ['亲切'], intents: ['order.cancel', 'shipping.time'],
    orderFacts: ['paid', 'not-shipped'],
    body: '亲是因为等太久想取消吗？您的订单预计{发货时间}就能发出了，要不要再等等？如果还是想取消，我也这就帮您处理~',
    triggers: ['太慢了不要了', '等不及', '取消算了', '不等了', '太久了'],
    examples: ['太慢了我不要了', '等不及了取消吧'],
  },
]);

const tracking = definePhrases({ group: '发货物流', stage: '售中' }, [
  {
    id: 'track-01', title: '查物流方法', code: 'wl1', tags: ['正式'], intents: ['logistics.track'],
    orderFacts: ['ordered'],
    body: '您好，进入“我的订单”，点开对应订单的“查看物流”即可看到实时轨迹和快递单号。',
    triggers: ['查物流', '物流在哪看', '快递单号', '单号多少', '怎么查快递'],
    examples: ['怎么查物流', '单号是多少'],
  },
  {
    id: 'track-02', title: '帮查物流', code: 'wl2', tags: ['亲切'], intents: ['logistics.track'],
    orderFacts: ['in-transit'],
    body: '帮您查到啦~包裹目前在{物流节点}，预计{预计到达}左右送达，到了快递会通知您哦。',
    triggers: ['到哪了', '快递到哪了', '包裹在哪', '帮我查快递', '物流呢'],
    examples: ['我的快递到哪了', '帮我看看到哪了'],
  },
  {
    id: 'track-03', title: '物流未更新', code: 'wl3', tags: ['安抚'], intents: ['logistics.track', 'logistics.delay'],
    orderFacts: ['in-transit'],
    body: '理解您着急。刚发货的包裹揽收后一般要几个小时到一天才会更新轨迹，明天还没有更新的话告诉我，我来催快递。',
    triggers: ['物流没更新', '没有物流信息', '不动了', '查不到', '没信息'],
    examples: ['怎么没有物流信息', '单号查不到'],
  },
  {
    id: 'track-04', title: '显示签收未收到', code: 'wl4', tags: ['安抚'], intents: ['logistics.track', 'logistics.delay'],
    orderFacts: ['shipped'],
    body: '别着急，显示签收但没收到，可能是放在了驿站、快递柜或门口。请先看看附近和取件提醒，找不到的话我这就联系快递核实。',
    triggers: ['显示签收', '没收到', '签收了但没拿到', '被签收了', '谁签收的'],
    examples: ['显示签收了我没收到', '谁帮我签收的'],
  },
  {
    id: 'track-05', title: '派送中', code: 'wl5', tags: ['活泼'], intents: ['logistics.track'],
    orderFacts: ['in-transit'],
    body: '好消息！包裹已经在派送路上啦，今天留意一下消息和取件提醒哦~',
    triggers: ['今天能到吗', '派送', '快到了吗', '什么时候送', '在派送'],
    examples: ['今天能送到吗', '是不是快到了'],
  },
  {
    id: 'track-06', title: '发单号', code: 'wl6', tags: ['正式'], intents: ['logistics.track'],
    orderFacts: ['shipped'],
    body: '您好，您的订单由{快递公司}承运，快递单号：{快递单号}，订单页的物流信息会同步更新。',
    triggers: ['单号', '运单号', '快递号', '物流单号', '发我单号'],
    examples: ['把单号发我', '运单号多少'],
  },
  {
    id: 'track-07', title: '到驿站了', code: 'wl7', tags: ['亲切'], intents: ['logistics.track'],
    orderFacts: ['shipped'],
    body: '亲，物流显示已经放在驿站或快递柜啦，取件码在快递通知里，记得带上去取哦~',
    triggers: ['驿站', '快递柜', '取件码', '代收点', '放哪了'],
    examples: ['放哪个驿站了', '取件码是多少'],
  },
  {
    id: 'track-08', title: '物流异地', code: 'wl8', tags: ['正式'], intents: ['logistics.track'],
    orderFacts: ['in-transit'],
    body: '您好，轨迹显示经过其他城市一般是快递中转路线，属于正常情况，之后会派送到您的收货地址。',
    triggers: ['怎么跑到', '绕路', '去别的城市', '发错地方', '转运'],
    examples: ['怎么跑到外省去了', '是不是发错地方了'],
  },
  {
    id: 'track-09', title: '退货物流', code: 'wl9', tags: ['正式'], intents: ['logistics.track', 'return.howto'],
    orderFacts: ['received'],
    body: '您好，退货寄出后请在退款页面填写退货快递单号，仓库签收后会尽快验收处理，您在退款详情里可以看到进度。',
    triggers: ['退货单号', '退回去的到了吗', '寄回的', '退货物流', '仓库收到了吗'],
    examples: ['我退回去的到了吗', '退货单号填哪'],
  },
]);

const delays = definePhrases({ group: '发货物流', stage: '售中' }, [
  {
    id: 'delay-01', title: '催快递', code: 'yw1', tags: ['安抚'], intents: ['logistics.delay'],
    orderFacts: ['in-transit'],
    body: '非常抱歉让您久等了！我已经联系快递催件，并登记了您的订单，有反馈会在这里告诉您。',
    triggers: ['催一下', '催快递', '好几天没动', '怎么这么慢', '快递太慢'],
    examples: ['帮我催一下快递', '好几天没动了'],
  },
  {
    id: 'delay-02', title: '中转滞留', code: 'yw2', tags: ['正式'], intents: ['logistics.delay'],
    orderFacts: ['in-transit'],
    body: '您好，包裹目前在中转站滞留，近期件量较大导致延迟。我们已提交催件，有新的轨迹会及时告诉您。',
    triggers: ['卡住了', '滞留', '停在', '不走了', '一直在中转'],
    examples: ['一直卡在中转站', '物流停了三天'],
  },
  {
    id: 'delay-03', title: '亲切安抚延迟', code: 'yw3', tags: ['亲切'], intents: ['logistics.delay'],
    orderFacts: ['in-transit'],
    body: '亲别着急，天气和件量影响，近期快递普遍慢一点点~我一直帮您盯着，有动静就告诉您！',
    triggers: ['还没到', '怎么还不到', '等好久', '慢死了', '还要多久'],
    examples: ['怎么还不到啊', '还要等多久'],
  },
  {
    id: 'delay-04', title: '疑似丢件', code: 'yw4', tags: ['安抚'], intents: ['logistics.delay'],
    orderFacts: ['in-transit'],
    body: '非常抱歉给您带来困扰。包裹长时间没有更新，我们已向快递发起查件，核实为丢件的话会为您补发或退款，请您放心。',
    triggers: ['丢了吧', '丢件', '是不是丢了', '找不到了', '一周没动'],
    examples: ['快递是不是丢了', '一周没动静了'],
  },
  {
    id: 'delay-05', title: '活泼催件', code: 'yw5', tags: ['活泼'], intents: ['logistics.delay'],
    orderFacts: ['in-transit'],
    body: '收到！已经去“敲打”快递小哥啦~包裹正在努力赶路，咱们再耐心等一等！',
    triggers: ['快点', '催催', '慢吞吞', '还不来', '快递呢'],
    examples: ['快递怎么还不来', '帮我催催'],
  },
  {
    id: 'delay-06', title: '急用晚到', code: 'yw6', tags: ['安抚'], intents: ['logistics.delay', 'order.cancel'],
    orderFacts: ['in-transit'],
    body: '真的很抱歉耽误了您的安排。已为您加急催件；如果到货时间确实赶不上，您可以拒收或申请退款，我们会全力配合处理。',
    triggers: ['来不及了', '急用', '赶不上', '耽误事', '不要了'],
    examples: ['周末就要用，来不及了', '耽误我事了'],
  },
  {
    id: 'delay-07', title: '派送异常', code: 'yw7', tags: ['正式'], intents: ['logistics.delay'],
    orderFacts: ['in-transit'],
    body: '您好，物流显示派送异常，我们已联系网点核实，会安排重新派送，请保持收件信息畅通。',
    triggers: ['派送失败', '异常', '退回', '地址不详', '无法派送'],
    examples: ['显示派送异常', '怎么显示退回了'],
  },
  {
    id: 'delay-08', title: '恶劣天气', code: 'yw8', tags: ['正式'], intents: ['logistics.delay'],
    orderFacts: ['in-transit'],
    body: '您好，受天气影响，部分路段运输延迟，快递会在条件允许后尽快派送。给您带来不便，敬请谅解。',
    triggers: ['下雪', '暴雨', '台风', '天气', '封路'],
    examples: ['下雪会延迟吗', '台风天还送吗'],
  },
  {
    id: 'delay-09', title: '节假日延迟', code: 'yw9', tags: ['亲切'], intents: ['logistics.delay', 'shipping.time'],
    orderFacts: ['in-transit'],
    body: '亲，假期期间快递运力紧张，送达时间可能比平时晚1-3天哦，包裹一直在路上，我们会帮您留意的~',
    triggers: ['放假', '过节', '假期慢', '春节', '节后'],
    examples: ['过节快递会慢吗', '假期还送吗'],
  },
  {
    id: 'delay-10', title: '已投诉快递', code: 'yw10', tags: ['安抚'], intents: ['logistics.delay', 'complaint'],
    orderFacts: ['in-transit'],
    body: '您反馈的派送问题我们已向快递公司提交投诉并要求尽快派送，处理结果出来后会在这里告诉您，辛苦您再等一等。',
    triggers: ['快递员态度', '不送上门', '投诉快递', '乱签收', '快递员'],
    examples: ['快递员不送上门', '我要投诉快递'],
  },
]);

/** Parcels of an after-sale (an exchange, a reissue, a return on its way back): tracking and delays while the order is 售后中. */
const afterSaleParcels = definePhrases({ group: '发货物流', stage: '售中' }, [
  {
    id: 'as-parcel-01', title: '售后包裹慢了', code: 'shbg1', tags: ['安抚'], intents: ['logistics.delay', 'logistics.track'],
    orderFacts: ['after-sale'],
    body: '让您久等了，实在抱歉！售后这边的包裹（换货、补发或您寄回的退货）我这就联系仓库和快递核实到哪一步了，一有结果就在这里告诉您。',
    triggers: ['换货还没到', '补发还没到', '补发的呢', '换的还没寄', '新的还没寄', '寄回去还没到'],
    examples: ['换的那件寄出来没有', '补发的货怎么还不到'],
  },
  {
    id: 'as-parcel-02', title: '售后包裹单号', code: 'shbg2', tags: ['正式'], intents: ['logistics.track', 'shipping.time'],
    orderFacts: ['after-sale'],
    body: '亲，换货或补发的新包裹会有新的快递单号，我这边查好发给您；在订单的售后详情里也能看到物流进度哦。',
    triggers: ['换货单号', '补发单号', '新单号', '换的货发了没', '补发了吗'],
    examples: ['补发的单号给我一下', '换货的快递到哪了'],
  },
  {
    id: 'as-parcel-03', title: '换新何时发出', code: 'shbg3', tags: ['亲切'], intents: ['shipping.time', 'return.howto'],
    orderFacts: ['after-sale'],
    body: '亲，仓库收到您寄回的商品并核对无误后，就会为您安排换新发出，发出后我会把新单号发给您~',
    triggers: ['换货什么时候发', '换的什么时候寄', '新的什么时候发', '换新多久'],
    examples: ['换货多久能发出来', '寄回去了新的啥时候发'],
  },
]);

export const FULFILMENT_PHRASES: Phrase[] = [
  ...shippingTime,
  ...couriers,
  ...coverage,
  ...addressChanges,
  ...orderChanges,
  ...cancellations,
  ...tracking,
  ...delays,
  ...afterSaleParcels,
];
