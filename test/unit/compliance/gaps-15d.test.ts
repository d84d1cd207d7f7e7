// Round 15, two holes the rule helpers left: the warranty stretched for a review, behind promise's allowed phrase
// 保修期, and the double negative around a drug-like effect that medical.not-effect reads as a denial. Each shape with
// close clean twins that must stay unflagged. Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('好评诱导: the warranty stretched for the review, 保修期 + 延/加长/加一…, 延长保修 (reviewbait.reward)', () => {
  it.each(['给好评，保修期给你延长', '给好评保修延长', '五星好评的话，质保期帮您延半年', '好评后延长保修到两年', '保修期加一年，好评就行'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('reviewbait'),
  );

  it.each(['保修期是一年，满意的话请给个好评', '保修期一年，质量问题随时找我们', '保修期加上质保卡的日期都写在详情页了', '质保期从签收当天算起，亲'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});

describe('医疗用语: the effect denied only to be asserted, 哪能/怎么可能/谁说 + 不 + the effect, 不 + the effect + 才怪 (medical.double-negative)', () => {
  it.each(['喝了它哪能不降压', '不降压才怪', '怎么可能不降糖', '谁说不降血糖，好多老人喝了都说好', '坚持泡着喝，怎么会不降血脂呢', '这药酒抹上去不消炎才怪'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('medical'),
  );

  it.each(['这个不降血糖，您别误会', '它不降压，只是普通茶', '怎么可能不降价，双十一肯定有活动', '谁说不降价，下周就有优惠券', '不降价才怪，等等再买也行'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});
