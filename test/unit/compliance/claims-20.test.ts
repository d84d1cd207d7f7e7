// Round 20: claims read by their shape — what is claimed, of what, by whom. A province or region as the field of a
// ranking, titles of the top one, a licence credited to a big issuer, a local office's endorsement, the official
// store's batch, health outcomes said as what happens, the courier's day, another person's answer, a price held for a
// term, free repair past the warranty, a review repaid. Every sentence is written for the test; each shape has its
// risky form and the clean neighbours that share its words.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);
const clean = (text: string) => expect(serious(text), text).toEqual([]);
const filedAs = (category: string) => (text: string) => expect(categoriesOf(text), text).toContain(category);

describe('a province or region as the field of a ranking', () => {
  it.each([
    '我们合作社是江西最大的脐橙种植基地',
    '这家是云南最老的普洱茶厂之一',
    '我家腊肠在广东销量最高',
    '这款米粉是湖南第一，吃过都说香',
    '华东第一的羽绒工厂直发',
    '整个福建卖得最好的就是这款铁观音',
  ])('files %s as absolute', filedAs('absolute'));

  it.each([
    '发新疆最快也要四天哦',
    '江浙沪最快次日达，其他地区两到三天',
    '西藏最多要一周才能到',
    '寄到黑龙江最迟周五送到',
    '广东最近回南天，衣服记得晾干再收',
    '东北最冷的时候零下三十度，建议选加厚款',
    '四川第一批货明天到仓',
    '最大码是 4XL，按体重选就好',
  ])('leaves %s clean: delivery, weather and sizes', clean);

  it('files a price ranked over the whole platform', () => filedAs('absolute')('这个价全平台最低了，不能再少了'));

  it('files nothing lower anywhere, the scope named', () => filedAs('absolute')('这是底价了，全网没有更低的'));

  it.each(['您可以多比比，看看网上有没有更便宜的', '这是我能给的最低了，没有更低的券了'])('leaves %s clean', clean);

  it('keeps a region-led claim when the learned models are on', () => {
    const full = createChecker();
    const claim = '我们这批荔枝干是整个广西卖得最多的';
    expect(full.check(claim).some((f) => f.category === 'absolute' && f.severity !== 'info'), claim).toBe(true);
  });
});

describe('titles of the top one', () => {
  it.each(['这款车载冰箱是冠军级的制冷', '我们师傅是翡翠圈内一哥', '他家是茶叶行业一哥', '唯一正宗的东北黑木耳就在这', '这款是独一无二的配色，别处没有'])(
    'files %s as absolute',
    filedAs('absolute'),
  );

  it.each(['最受欢迎的配色是雾霾蓝，其次是米白', '“行业一哥”是网友起的外号，我们不这么说'])('leaves %s clean', clean);
});

describe('authority: an issuer credited, a local office, the official store’s batch', () => {
  it.each([
    '我们手里有阿迪总部颁发的授权书',
    '店里有迪士尼发的授权书，放心买',
    '这套瓷器有国家博物馆授权证书',
    '我们有官方授权书的，正规渠道',
    '镇农业局推荐的种子，种了都说好',
    '这个是跟专柜同批次的面霜',
    '这是官方旗舰店同批次的粉底液',
    '联通总部直供的流量卡',
    '我们厂是羽绒服行业标准的起草单位',
    '有个女明星来我们直播间拍走了两件',
  ])('files %s as authority', filedAs('authority'));

  it.each([
    '品牌方给的授权书在详情页第三张图',
    '您要看授权？授权书在店铺资质里可以看',
    '有厂家授权书，您要看的话我发图片给您',
    '农业局的技术员来果园指导过修枝',
    '不同批次的颜色会有一点点差别',
    '我们是官方旗舰店，同批次的货色差很小',
    '这款按国家标准生产，检测报告在详情页',
    '这个色昨天被拍走了，补货到了通知您',
  ])('leaves %s clean', clean);
});

describe('health outcomes said as what happens', () => {
  it.each([
    '孩子假性近视戴这副能戴回来',
    '戴上它，孩子度数不会再涨',
    '用了这个，度数就不会再往上跑',
    '穿这款鞋垫，足底筋膜炎很快就好了',
    '老人戴两个月听力就能回来了',
    '过敏性鼻炎用它就不会再犯了',
    '贴了这个暖贴，大姨妈就不疼了',
    '产后穿三个月骨盆就正回来了',
    '这盏台灯能降低眼压，保护视神经',
    '床头放这个监测器，预防婴儿猝死',
    '用了按摩椅，您的降压药可以慢慢减了',
  ])('files %s as medical', filedAs('medical'));

  it.each([
    '近视要去医院验光，度数以医院的为准',
    '度数涨得快的话，建议去医院复查',
    '听力下降的话建议去医院检查',
    '老人听力不好，可以选大音量的款',
    '姨妈期间也可以穿，面料是纯棉的',
    '这副眼镜不能让近视戴回来，近视还是要去医院',
    '眼压高的话请去医院检查',
    '降压药该吃还得吃，别自己减',
    '骨盆带是产后固定用的，可以配合医生建议',
  ])('leaves %s clean', clean);
});

describe('promises the shop cannot back', () => {
  it.each([
    '今天拍今天发，京东包次日达',
    '顺丰包隔天到，放心拍',
    '送她这束花，她肯定会答应你',
    '这条项链送过去，他一定会原谅你的',
    '银价给您锁一个月不变',
    '这价格锁死了，以后只会更贵',
    '保修期外坏了也免费给您修',
    '过了保修期照样免费换新',
    '今天付款，周六之前肯定给您装好',
  ])('files %s as a promise', filedAs('promise'));

  it.each([
    '今天下单的话一般今天发，顺丰一般次日达',
    '包次日达吗？这个我们不敢保证，看快递',
    '送她这束花，她一定会喜欢的',
    '您可以先下单锁价，活动结束就恢复原价',
    '门锁锁死了的话，按一下复位键就好',
    '保修期外维修要收费，可以联系品牌售后',
    '过了保修期就不免费了，可以付费维修',
    '师傅上门后会帮您装好，时间以预约为准',
  ])('leaves %s clean', clean);
});

describe('a review repaid', () => {
  it.each(['晒装修效果图的前20位返现二十', '评价那块您帮帮忙，我这边不会亏待您'])('files %s as review bait', filedAs('reviewbait'));

  it.each(['晒照片不是必须的，评价您随意', '效果图在详情页，包邮到家'])('leaves %s clean', clean);
});
