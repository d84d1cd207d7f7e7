// Round 25 (recall25a): a one-character near cue typed in pinyin is read as the cue (checker.ts, groupOf): 治 as zhi beside
// a condition, 药 as yao after 安眠. Every sentence is written for the test; each claim has a clean twin. The rules alone
// are read (no learned model).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('a spelled one-character near cue', () => {
  it.each([
    ['这款真丝眼罩zhi失眠，晚上戴上试试', 'medical'],
    ['失眠的亲泡这个，以后不用再吃安眠yao了', 'medical'],
    ['这个枕头zhi颈椎痛，睡一周就知道', 'medical'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    // The claim denied, the spelled word alone, a spelled syllable that is no cue of a condition.
    '这款真丝眼罩不能zhi失眠，只是遮光',
    'zhi失眠这种说法我们不敢讲，它就是个眼罩',
    '您买的那盒yao我们这边不卖，只卖眼罩',
    '这款叫zhi字款，配色是藏青',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});
