// Round 15, second pass (issue #12): the largest kinds of missed drafts in train writers c219–c223 (supplements, toys,
// phone accessories, cleaning products, hair), each by its shape, with close clean twins that must stay unflagged.
// Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('服务态度: whatever the buyer wants, given up on, or sent off with a bare 你…吧 (attitude.as-you-like, brush-off)', () => {
  it.each(['那你想怎么样就怎么样吧', '你想咋办就咋办，我管不了', '想咋整咋整吧', '这事你问快递吧', '你找厂家吧，我们这边处理不了'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('attitude'),
  );

  it.each([
    '您想怎么搭配都可以，我给您推荐几套',
    '您可以问一下快递，也可以我帮您问',
    '我帮您找厂家问问，稍等',
    '您是想问快递吧？我帮您查',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('站外引流: 裙 for 群 after a QQ name or a joining verb (offplatform.qq, other-app)', () => {
  it.each(['进我们的Q裙，活动都在里面', '扣扣裙里每天发券', '入裙的宝子有专属价', '群满了，加下裙二号'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );

  it.each(['这条半身裙加裙撑更蓬', '裙摆加长款也有货', '连衣裙号码偏小，建议拍大一码'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('好评诱导: reviews asked to be faked, 刷 + the review; the hp spelling with a small gift (reviewbait.shua, reward)', () => {
  it.each(['麻烦帮我们刷几个好评呗', '能帮忙刷一下五星吗，谢谢亲', '宝子刷点评价支持下小店', '给个hp，送小挂件一个'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('reviewbait'),
  );

  it.each([
    '我们店从来不刷好评，评价都是买家写的',
    '严禁刷评价，平台查到会封店',
    '之前有人让我们刷好评，这种事我们不做',
    '刷子用完记得晾干，好用的话欢迎分享真实感受',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('医疗用语: a drug named, a speech disorder, an infection stopped, a reading raised (medical.bi-yao, ji-bing, mian-yi)', () => {
  it.each([
    '这款生发精华能替代非那雄胺',
    '比布洛芬还管用，头疼贴一片就行',
    '喝了一段时间，结巴都改善了',
    '家里用这个洗衣液，手足口就不传染了',
    '奶粉喝三个月，骨密度都上去了',
    '这款眼霜用着没啥副作用',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));

  it.each([
    '宝宝口吃的话建议找语言老师看看哦',
    '布洛芬这类药请遵医嘱，我们这是洗发水',
    '骨密度要看医生的检查结果',
    '您问有没有副作用？这是普通护发素，敏感肌先试用',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('权威背书: the goods said to be the official store\'s own or the original itself (authority.tui-jian)', () => {
  it.each(['跟旗舰店同一批货，放心', '和专卖店卖的一模一样哦', '这条线相当于原装', '与官网一个货源'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('authority'),
  );

  it.each(['这条线的功率跟原装一样，都是20W', '价格和官网一样，还送膜', '跟旗舰店一样支持七天无理由'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('类别: waiting or using left to the buyer is 服务态度, not 辱骂 (attitude.as-you-like)', () => {
  it.each(['爱等不等，仓库就这速度', '爱用不用，说明书都写了'])('files %s under attitude', (text) =>
    expect(categoriesOf(text)).toEqual(['attitude']),
  );

  it.each(['爱买不买，就这价', '爱退不退，随便'])('keeps %s under abuse', (text) => expect(categoriesOf(text)).toContain('abuse'));
});

describe('好评诱导: 送小 only with a small gift named (reviewbait.reward)', () => {
  it('leaves a parcel delivered to the estate alone', () => expect(serious('好评您方便时再写，快递已经送小区门口了')).toEqual([]));
});
