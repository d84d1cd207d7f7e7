// Shapes where a context or a rule word misread who makes a claim, or what a word is (issue #12): a claim raised above
// other sellers', a claim about a named attribute, a measure or a setting, a platform's own features, a name, and the
// second problem a finding names. Each sentence has a twin worded close to it that keeps its verdict. Every sentence
// is written for the test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('a claim other sellers dare not make is still the shop’s', () => {
  it.each([
    ['这款面霜能祛斑，别家都不敢这么说', 'medical'],
    ['能祛斑，别人都不敢打包票', 'medical'],
    ['别家都不敢说能祛斑，我们敢', 'medical'],
    ['这款是全网最低价，同行根本不敢这么写', 'absolute'],
  ])('reads %s as %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each(['这款面霜能祛斑这种话我们不敢这么说', '祛斑这个我们不敢说', '“全网最低价”我们不敢这么说', '我们不敢说是最好的，只能说用料实在'])(
    'leaves the shop’s own refusal %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});

describe('a claim about a named attribute stands', () => {
  it.each([
    ['这个色号 100％ 不挑皮，谁涂都好看', 'absolute'],
    ['这个色号最显白', 'absolute'],
    ['色号最显白', 'absolute'],
    ['所有款式里这款最好', 'absolute'],
    ['全部色号里这个卖得最快的', 'absolute'],
    ['全网最低价的套装', 'absolute'],
  ])('reads %s as %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    '色号 No.1 很显白',
    '型号TOP1 是厂家编号',
    '100%纯棉 谁都能穿',
    '这个色号不挑皮，挺百搭的',
    '所有款式都可以七天无理由',
    '所有款式里您最喜欢哪款',
    '至尊修护套装',
    '‘极致黑’这个颜色',
  ])('leaves the name or the plain remark %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('a measure, a setting, a platform’s own feature and a name are no claim', () => {
  it.each(['最远能送到乡镇', '我们最远发到新疆，再远就不包邮了', '遥控最远10米', '开到最高挡十分钟就热了', '我们的无敌兔系列是爆款', '王者荣耀系列手办到货了', '这是第一代产品', '极致黑配色很好看'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it.each([
    ['这款是全网射程最远的水枪', 'absolute'],
    ['同价位里续航最远的', 'absolute'],
    ['这是最高档次的羊绒', 'absolute'],
    ['全网最火系列', 'absolute'],
    ['这款无敌好用 新系列刚上', 'absolute'],
  ])('still reads %s as %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it('reads a platform’s fan group as its own feature on its workbench only', () => {
    const text = '欢迎加入我们的快手粉丝群，开播会有通知';
    const seriousOn = (platform?: string) => createChecker({ confirm: false, learned: false, platform }).check(text).filter((f) => f.severity !== 'info');
    expect(seriousOn('kuaishou')).toEqual([]);
    expect(seriousOn('pinduoduo').map((f) => f.category)).toContain('offplatform');
    // Where the workbench is unknown, another app's group still sends the buyer away.
    expect(categoriesOf('加下咱快手粉丝群 群主给你单独退 比后台快')).toContain('offplatform');
    expect(categoriesOf('加我粉丝群 有福利')).toContain('offplatform');
  });

  it('reads a platform’s own service desk as the platform, the shop’s store elsewhere as steering', () => {
    expect(serious('不满意可以私信拼多多官方客服')).toEqual([]);
    expect(serious('您可以拨打抖音官方客服热线反馈')).toEqual([]);
    expect(categoriesOf('私信我们抖音小店客服更便宜')).toContain('offplatform');
    expect(categoriesOf('可以私信拼多多 那边更便宜')).toContain('offplatform');
  });
});

describe('the second problem a finding names', () => {
  const notes = (text: string) =>
    serious(text)
      .filter((finding) => finding.reason.includes('；同一处还有'))
      .map((finding) => `${finding.category}+${finding.reason.slice(finding.reason.indexOf('同一处还有') + 5, finding.reason.indexOf('的问题'))}`);

  it.each(['凡给予五星好评并上传三张以上实物图者，均可获得现金奖励', '对对对 都是我们的错 您最有理行了吧', '亲 去dou音搜一下我们店名 直播间比这边便宜'])(
    'is not a milder reading of the winner’s own words in %s',
    (text) => {
      expect(serious(text).length).toBeGreaterThan(0);
      expect(notes(text)).toEqual([]);
    },
  );

  it.each([
    ['好评后加微信返现', 'reviewbait+站外引流'],
    ['唯一能真正降血糖的茶 没有之一', 'medical+绝对化用语'],
    ['亲 这款面膜是医美机构术后专用同款 很多诊所都在找我们进货', 'medical+权威背书'],
  ])('is named when it is as severe, never lowered, or holds the winner: %s', (text, note) => expect(notes(text)).toEqual([note]));

  it('reads 现金奖励 as a cash reward, not 金奖', () => {
    expect(serious('完成问卷有现金奖励')).toEqual([]);
    expect(categoriesOf('这款茶拿过国际金奖')).toContain('authority');
  });
});
