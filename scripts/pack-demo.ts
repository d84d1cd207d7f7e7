// The demo team pack the pack server publishes: a fictional shop, 小满家居旗舰店, with replies written
// for this project (compliant: no absolute claims, no off-platform contact, no promises we cannot keep).
import type { Phrase } from '../utils/library/types';
import { buildPack } from '../utils/pack/build';
import type { UnsignedPack } from '../utils/pack/types';

type DemoPhrase = Pick<Phrase, 'id' | 'title' | 'body' | 'code' | 'stage' | 'intents' | 'triggers' | 'examples'>;

const DEMO_PHRASES: DemoPhrase[] = [
  {
    id: 'xiaoman.greeting',
    title: '进店问候',
    body: '您好，欢迎来到小满家居旗舰店～我是客服{客服昵称}，想了解哪件家居好物，直接发给我就可以。',
    code: 'xmwh',
    stage: '通用',
    intents: ['greeting'],
    triggers: ['在吗', '你好', '有人吗'],
    examples: ['在吗？', '你好，有人在吗'],
  },
  {
    id: 'xiaoman.bedding-size',
    title: '床品尺寸',
    body: '这款四件套有 1.5 米和 1.8 米两种床型，被套分别是 200×230 cm 和 220×240 cm，您量一下床垫，我帮您对一对尺寸。',
    code: 'xmcc',
    stage: '售前',
    intents: ['product.size'],
    triggers: ['尺寸', '多大', '几米', '床型'],
    examples: ['1.8 米的床用哪个尺寸？', '被套多大'],
  },
  {
    id: 'xiaoman.fabric',
    title: '面料说明',
    body: '这款用的是 60 支长绒棉，摸起来柔软、透气，详情页里有面料的检测报告，您可以先看一下。',
    code: 'xmml',
    stage: '售前',
    intents: ['product.material'],
    triggers: ['面料', '材质', '什么棉', '起球'],
    examples: ['是纯棉的吗？', '这个什么面料'],
  },
  {
    id: 'xiaoman.washing',
    title: '清洗保养',
    body: '第一次使用前建议先过一遍水，30℃ 以下冷水轻柔洗，避免暴晒，颜色能保持得更久。',
    code: 'xmqx',
    stage: '售前',
    intents: ['product.usage'],
    triggers: ['怎么洗', '清洗', '保养', '掉色'],
    examples: ['可以机洗吗', '会不会掉色'],
  },
  {
    id: 'xiaoman.ship-time',
    title: '发货时间',
    body: '亲，当天 16 点前付款的订单当天发出，16 点以后的第二天发出，节假日会稍有顺延，发货后订单页就能看到物流。',
    code: 'xmfh',
    stage: '售中',
    intents: ['shipping.time'],
    triggers: ['什么时候发货', '几天发', '发货'],
    examples: ['今天能发吗？', '什么时候发货呀'],
  },
  {
    id: 'xiaoman.courier',
    title: '快递说明',
    body: '我们默认发中通或韵达，会按您的地址安排更合适的一家，暂时没办法指定快递，还请您理解。',
    code: 'xmkd',
    stage: '售中',
    intents: ['shipping.courier'],
    triggers: ['什么快递', '发顺丰', '指定快递'],
    examples: ['能发顺丰吗', '发什么快递'],
  },
  {
    id: 'xiaoman.change-address',
    title: '修改地址',
    body: '还没发货的订单可以改地址：您在订单页点“修改地址”就行，或者把新地址发在这里，我帮您备注给仓库。',
    code: 'xmgd',
    stage: '售中',
    intents: ['order.change-address'],
    triggers: ['改地址', '地址错了', '换地址'],
    examples: ['地址填错了怎么办', '能改一下收货地址吗'],
  },
  {
    id: 'xiaoman.return-policy',
    title: '七天无理由',
    body: '本店支持七天无理由退换，商品不影响二次销售就可以，寄回时麻烦把吊牌和包装一起放好哦。',
    code: 'xmth',
    stage: '售后',
    intents: ['return.policy'],
    triggers: ['退货', '退换', '七天无理由'],
    examples: ['不喜欢可以退吗', '支持七天无理由吗'],
  },
  {
    id: 'xiaoman.damaged',
    title: '破损处理',
    body: '真的很抱歉让您收到这样的商品！麻烦拍一下破损位置和外包装发给我，核实后马上为您安排补发或退款。',
    code: 'xmps',
    stage: '售后',
    intents: ['damaged'],
    triggers: ['破了', '坏了', '破损', '压坏'],
    examples: ['收到的时候就破了', '包装压坏了'],
  },
  {
    id: 'xiaoman.delay',
    title: '物流延误安抚',
    body: '让您久等了，我已经联系快递帮您催件，有新进展会第一时间告诉您，您也可以在订单页随时查看物流。',
    code: 'xmcj',
    stage: '售中',
    intents: ['logistics.delay'],
    triggers: ['还没到', '物流不动', '催一下'],
    examples: ['怎么好几天物流都没动', '快递什么时候到'],
  },
];

/** The demo pack at a given version; the server signs it. */
export function demoPack(version: number, publishedAt: Date): UnsignedPack {
  const built = buildPack(
    {
      meta: { id: 'xiaoman-home', name: '小满家居旗舰店 · 客服话术', version, publisher: '小满家居客服组', syncIntervalMinutes: 60 },
      phrases: DEMO_PHRASES.map((phrase) => ({ ...phrase, group: '小满家居', tags: ['团队'] })),
    },
    publishedAt,
  );
  if (!built.ok) throw new Error(built.error.message);
  return built.pack;
}
