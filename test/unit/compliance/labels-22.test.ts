// Round 22 (labels22): labelling questions round 21 left, settled by WRITERS.md. Every piece genuine stated as 100 %
// (100%正品) is an absolute claim, as 100%全新 is (absolute.bai-fen-quality). Every sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('100% + 正品 / 真货 is absolute (absolute.bai-fen-quality)', () => {
  it.each(['这批耳机100%正品，放心下单', '百分百正品哦亲', '咱家的包包百分之百真货', '1OO%正品 欢迎验货'])('files %s as absolute', (text) =>
    expect(categoriesOf(text)).toContain('absolute'),
  );

  // Declined, quoted as the phrase nobody may use, asked back, or said of another shop: no claim; 正品 alone is a status.
  it.each([
    '“100%正品”这种话广告法不让说，我们支持专柜验货',
    '您问是不是100%正品？是品牌授权的，授权书在店铺资质里',
    '不敢说百分百正品，每件都附鉴定证书',
    '我们不能说100%真货，但有进货凭证',
    '别家说百分百正品，我们只说有鉴定报告',
    '正品，支持专柜验货',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});
