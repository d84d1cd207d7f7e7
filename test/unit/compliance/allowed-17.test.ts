// Round 17, allowed phrases against the writers' guide: where the rules let a phrase through on purpose and the
// writers' guide files it as risky. Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('权威背书: official authorisation stretched to the only seller (authority.official-sole-authorisation)', () => {
  it.each([
    '我们家是品牌官方授权的唯一专卖店，放心拍',
    '本店为厂家官方授权独家经销，别处买不到',
    '我们是官方授权的独家代理哦',
    '咱们是品牌官方授权唯一网店',
    '这边是官方授权唯一渠道，别家的来路不明',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('authority'));

  it.each([
    '我们不是官方授权店，是普通经销商',
    '我们没有品牌官方授权，是自己工厂做的',
    '是不是官方授权店，您可以看店铺资质',
    '我们不是什么官方授权的独家代理，别家也有卖',
  ])('leaves %s alone', (text) => expect(checker.check(text)).toEqual([]));
});

// Round 19 (WRITERS.md): the official authorisation stated in the chat is a 提醒 (it was a 提示 here); pointed to
// where the buyer can check it, it is the checkable status and stays quiet.
describe('权威背书: the shop’s own official authorisation is a 提醒 unless pointed to its proof (authority.official-authorisation)', () => {
  it.each(['我们是官方授权经销商，发票正常开', '亲，本店是官方授权的店，售后走品牌'])('flags %s as authority', (text) => {
    const [finding] = serious(text);
    expect(finding).toMatchObject({ category: 'authority', severity: 'warn', rule: 'authority.official-authorisation' });
    expect(finding!.reason).toContain('授权书');
    // A 提醒 never says the basis forbids it.
    expect(finding!.reason).not.toContain('禁止');
  });

  it.each(['我们是品牌官方授权店，授权书在店铺资质里能看到', '我们是官方授权店，支持专柜验货'])('leaves %s without a serious finding', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('权威背书: a brand’s endorsement of the goods as its accessory is no usage note (authority.usage without 的配件)', () => {
  it.each(['这款数据线是华为官方推荐的配件，放心用', '我们是小米官方授权的配件店，质量放心'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('authority'),
  );

  it.each(['官方推荐的安装方式是挂墙，说明书第三页有', '官方推荐的保养方法是用软布擦', '少发的配件我马上给您补寄'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});
