// Round 25 (branch ff25): clean drafts flagged by rules no learned part may lower (medical 拦截, abuse 拦截, reviewbait
// 拦截, promise), each shape with a risky twin that must still be caught. Every sentence is written for the test, none is
// taken from the data; each clean one is flagged by the start engine's rules (fbe9cb2).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('a condition sent to a ward (medical.stop-use: SENT_TO_WARD)', () => {
  it.each(['这款除湿机能让衣柜不发潮，荨麻疹的话还是要看皮肤科', '护眼台灯能让光线柔和些，干眼得看眼科'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['荨麻疹不用看皮肤科，涂这款药膏就好了', '这款乳膏能让荨麻疹好得快，不用去看皮肤科'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});

describe('the matter handed to a doctor (medical.stop-use)', () => {
  it.each(['这款茶喝着清爽，降血糖的事您问医生', '这个坐垫能防座椅返潮，颈椎不好得看医生'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it('still flags the doctor made needless', () => expect(categoriesOf('喝这款茶降血糖，不用问医生')).toContain('medical'));
});

describe('a health claim called a rumour (medical.debunked)', () => {
  it.each(['这款核桃粉口感香，白头发变黑那都是瞎传的', '这款鞋垫走路软和，治脚气嗰啲唔好信'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
  it.each(['这核桃粉吃了白头发变黑，这可不是瞎说', '鞋垫能治脚气，不是瞎传的'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});

describe('the condition none of the goods\' business (medical.not-its-business, medical.kind-denied, medical.denied-after)', () => {
  it.each(['这款地垫能防潮，关节痛的事跟它没关系', '护膝冬天保暖，疏通经络这事儿它干不了', '这肥料能增产，降血压那我说不上'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
  it.each(['这款护膝戴上关节痛就好了，跟价格没关系', '护膝能疏通经络，这事儿它干得了'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});

describe('a claim named and called a rumour is no abuse of the buyer (abuse.lying)', () => {
  it.each(['这款鱼油就是普通食品，抗癌那是瞎说', '喝了能长高这话是乱说的，我们不这么讲'])('leaves %s alone', (text) =>
    expect(categoriesOf(text)).not.toContain('abuse'),
  );
  it.each(['你那是瞎说，我们家没卖过假货', '您这话是乱讲，再这样我就拉黑了', '你别瞎说'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );
});

describe('a promise said not to be offered here (negated.after, negated.refused-next-clause)', () => {
  it.each(['假一赔三我们店没开通哦，发票可以给您开', '退一赔二没这规矩，质量问题包退换', '过安检保证一点事没有，这话我不敢说'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
  it.each(['假一赔三，我们店早就开通了', '保证一点事没有，这话我敢说'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('a warranty\'s span, an estimate, a free service, any way of use (promise)', () => {
  it.each(['这个包很耐用的，页面写了一年质保', '皮面越擦越亮，大概一年会变暗一点', '这单有运费险，退货不要钱', '这个夹子怎么用都可以，别夹太厚就行'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
  it.each(['这双鞋很耐穿，一年不坏', '不好用不要钱', '这个夹子怎么用都不坏'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('the missing goods sent whatever the review (reviewbait.unrelated)', () => {
  it.each(['评价您看着写，少的照样给您补发'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['下单减五块，发好评再返三块', '好评晒图发我，照样给你返五块'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));
});
