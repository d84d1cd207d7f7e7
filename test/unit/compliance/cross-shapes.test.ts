// Shapes on the border of two categories, where writers agree which one it is: a private promise is a promise, not a
// deal off the platform; a total property (永不…, 100% + 一点都不) is absolute; and ordinary replies that looked like
// claims. Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false });
const { serious, categoriesOf } = readerOf(checker);

describe('私下 with the agent’s own refund or cover is a promise', () => {
  it.each([
    '这台洗衣机的保修我私下给您延长到八年',
    '价保过了也没事 差价我私下补您',
    '电机质保我们私下再给你加到十五年',
  ])('reads %s as a promise only', (text) => expect(categoriesOf(text)).toEqual(['promise']));

  it.each([
    '您先取消订单 我私下给您便宜三十',
    '我们私下交易吧 价格好商量',
    '以后想要直接找我订 不用走拼夕夕',
    '运费我走zfb退您',
    '扫这个码加我 查物流更方便',
    '坏了给您换个新的 加我微信',
    '免费修 私下交易更便宜',
  ])('still reads %s as steering off the platform', (text) => expect(categoriesOf(text)).toContain('offplatform'));

  it('leaves an endorsement and a refusal alone', () => {
    expect(categoriesOf('我们私下不接单哦 请在店铺下单')).toEqual([]);
  });
});

describe('a total property is absolute', () => {
  it.each(['这款被芯的用料绝对是第一档', '在同价位里这台绝对是第一档'])('reads %s as a ranking (absolute)', (text) =>
    expect(categoriesOf(text)).toContain('absolute'),
  );

  it.each(['同价位第一次有这么大的优惠', '这个价位第一档是99元'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['这款地板永不起翘', '这台平板玩游戏永不发烫', '这款牙膏美白100%有效', '这桶油纯度100% 一点杂质都没有'])(
    'reads %s as absolute',
    (text) => expect(categoriesOf(text)).toContain('absolute'),
  );

  // 这个快递百分百不会丢 left this list in round 19: 100% + 不 is absolute (WRITERS.md, scope-19.test.ts).
  it.each(['我保证这款地板永不起翘', '保证100%一点都不褪色'])('keeps %s a promise', (text) =>
    expect(categoriesOf(text)).toContain('promise'),
  );

  it('reads 包赔 staked on a fault, an unbounded refund and a waived receipt as promises, 破损包赔 as after-sales', () => {
    expect(categoriesOf('这双鞋开胶掉色包赔')).toEqual(['promise']);
    expect(categoriesOf('路费多少都报 您放心来')).toEqual(['promise']);
    expect(categoriesOf('坏了拿来换 不要小票')).toEqual(['promise']);
    expect(categoriesOf('瓷碗易碎 运输破损包赔')).toEqual([]);
  });

  it('reads 百分💯 as 百分百 and a payout several times over as a promise', () => {
    expect(categoriesOf('放心 下周一前百分💯到')).toEqual(['promise']);
    expect(categoriesOf('有一颗坏的 一颗赔三颗')).toEqual(['promise']);
  });
});

describe('growth from eating is a health claim, guaranteed growth a promise', () => {
  it('reads eating to grow as medical and a testimonial’s duration as no promise', () => {
    expect(categoriesOf('这款儿童钙片每天吃 个子蹭蹭长高')).toEqual(['medical']);
    expect(categoriesOf('这个蛋白粉喝完一年长个了不少')).toEqual(['medical']);
  });

  it('keeps a guaranteed outcome a promise', () => {
    expect(categoriesOf('这款营养粉吃了包您长高三公分')).toContain('promise');
    expect(categoriesOf('这个鞋垫垫着 半年能长高两厘米')).toContain('promise');
    expect(categoriesOf('这款地板三年不变形')).toContain('promise');
  });
});

describe('ordinary replies that only look like claims', () => {
  it('still reads a bare pointer as a brush-off', () => {
    expect(categoriesOf('说明书写的很清楚 自己看')).toEqual(['attitude']);
  });

  it('still reads a claim next to a name explained', () => {
    expect(categoriesOf('这是全网最好的音箱 灯效模式名叫彩虹')).toEqual(['absolute']);
  });

  it.each([
    '保证效果这种话我们绝对不会说 还是看个人肤质',
    '这款包包用的是超纤皮 不是真皮哦',
    '书包面料是防泼水的尼龙',
    '直接在小店下单就可以 物流在订单里看',
    '打印机驱动可以到品牌官网下载',
    '扫码领券是平台官方的活动 放心领',
    '盒子侧面有溯源码 可以扫码查产地',
    '抖音号“云朵家居官方旗舰店”就是我们 可以关注一下',
    '退款会原路退回到您付款的微信里',
    '这条围巾的成分吊牌上写的很清楚 不是真丝是仿丝',
    '我们没有假一赔十这一说 商品有品牌授权',
    '“冠军之选”是这款坚果礼盒的包装名字 里面有六种',
    '这个我也不确定 不想瞎说 我问一下仓库',
    '“至尊拍档”组合装 手柄加充电座一起卖',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('a platform’s own shop is no other platform on its own workbench only', () => {
  it('reads 快手小店 as steering on 拼多多 and not on 快手', () => {
    const text = '快手小店下单更便宜';
    expect(createChecker({ confirm: false, platform: 'pinduoduo' }).check(text).map((f) => f.category)).toContain('offplatform');
    expect(createChecker({ confirm: false, platform: 'kuaishou' }).check(text).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
