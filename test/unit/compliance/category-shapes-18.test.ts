// Round 18: a caught draft reported under the category its writer gave it (issue #12), fixed where the wrong category
// came from (train confusions "labelled → reported", counted per writer over all train). Each shape has twins that keep
// their category or stay clean. Every sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('the official channel offered as proof that every other seller is fake is an endorsement', () => {
  it.each(['咱们店是品牌官方授权的，别人家全是假的', '我家是厂家直营，别的店都是高仿', '本店官方旗舰，别处都是仿货哦'])('reads %s as authority', (text) =>
    expect(categoriesOf(text)).toContain('authority'),
  );

  it.each(['别家都是仿的，就我们家是真的', '别家都是假的，认准我们家就行'])('keeps the bare disparagement %s absolute', (text) =>
    expect(categoriesOf(text)).toEqual(['absolute']),
  );

  it.each(['我们是官方授权店，支持专柜验货', '我们是官方旗舰店，不敢说别家都是假的', '咱家是品牌直营，别家是不是假的我们不清楚'])(
    'leaves the twin %s without a serious finding',
    (text) => expect(serious(text)).toEqual([]),
  );
});
