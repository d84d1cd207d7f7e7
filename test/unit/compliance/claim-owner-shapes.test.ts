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
