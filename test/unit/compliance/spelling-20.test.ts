// Round 20 (spell20): rule words typed with any of their syllables in pinyin — two or more of them, non-neighbours,
// tone digits, a first letter alone — read by the respeller (utils/compliance/respell.ts), and contact shapes: a number
// in hanzi digits after a phone mark, a mobile read out across a sentence, the buyer asked for a number to be rung on,
// a link to another platform handed over, a group reached by the code in the parcel. Each shape with clean twins that
// must stay unflagged. Every sentence is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { respellerInSteps } from '../../../utils/compliance/respell';
import { runSteps } from '../../../utils/compliance/steps';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious } = readerOf(checker);

/** The finding of `rule` in `text`, its underline checked against the text. */
function findingOf(text: string, rule: string) {
  const found = serious(text).find((f) => f.rule === rule);
  expect(found, `${text} → ${JSON.stringify(serious(text))}`).toBeDefined();
  expect(found!.match).toBe(text.slice(found!.start, found!.end));
  return found!;
}

describe('a rule word with any of its syllables in pinyin', () => {
  it.each([
    // Two risky syllables that are no run: 降 and 压 spelled, 血 left.
    ['这个茶能jiang血ya，我爸天天喝', 'medical.ji-bing', '能jiang血ya'],
    // Spaced, and the last character left in hanzi.
    ['这款茶喝了能jiang xue 脂', 'medical.ji-bing', '能jiang xue 脂'],
    // Tone digits after each syllable.
    ['喝这个能jiang4 xue4 ya1', 'medical.ji-bing', '能jiang4 xue4 ya1'],
    // A first letter alone, for the one risky hanzi it can be beside 肥.
    ['这茶每天一杯能j肥', 'medical.bao-jian', 'j肥'],
    // A character that is only heard (懂), beside a spelled one (不): read from 就 back.
    ['看bu dong就算了，我也没办法', 'attitude.brush-off', '看bu dong就算了'],
  ])('flags %s', (text, rule, match) => {
    expect(findingOf(text, rule).match).toBe(match);
  });

  it('reads a syllable by the hanzi it pairs with on both sides ("j" beside 能 and 肥 is 减 of 减肥, not 降 of 能降)', () => {
    const tables = {
      spellings: new Map([['减', ['jian']], ['降', ['jiang']]]),
      sounds: new Map([['肥', ['fei']], ['能', ['neng']], ['血', ['xue']], ['压', ['ya']]]),
    };
    const respeller = runSteps(respellerInSteps(['减肥', '能降血压'], tables, 64));
    expect(respeller.respell('喝了能j肥')?.text).toBe('喝了能减肥');
    expect(respeller.respell('喝了能fei')?.text).toBeUndefined();
  });

  it.each([
    'S码偏小，建议拍M码',
    'M码 l码都有货',
    '每罐 100g 蛋白质，开罐 25g 一勺',
    '能装 5 L 水',
    '购物满299包you',
    '这是 fang 老师设计的款',
    '我们老板姓Fang，人很好',
    'Dior 的 bao 包',
    'ping 一下网络再试',
    'hong色和lan色都有货',
    'mini 款适合小空间',
    'xie xie 亲的支持',
    // A capitalised word is a name or a brand: "Nike" splits as ni ke, 有你 is a pair of rule words.
    '店里有Nike的授权，也有Fila的',
  ])('leaves %s alone', (text) => {
    expect(serious(text)).toEqual([]);
  });
});

describe('a phone number in hanzi digits after a phone mark, or read out across a sentence', () => {
  it.each([
    ['有事您打 ☎ 一三八 五五五 六六六六', '☎ 一三八 五五五 六六六六'],
    ['📞：幺三七 二二四六 八八零九，白天都在', '📞：幺三七 二二四六 八八零九'],
    ['记一下 1 5 9 后面是 3 3 6 0 8 8 2 7', '1 5 9 后面是 3 3 6 0 8 8 2 7'],
  ])('flags %s', (text, match) => {
    expect(findingOf(text, 'offplatform.mobile').match).toBe(match);
  });

  it.each([
    '尺码 3 8 码偏小，建议拍 3 9 码',
    '您的订单号是 一三九 二二二 八八八八，已经发出',
    '型号 1 5 9 后面是 A 款，颜色 3 3 6 号',
    '收到 1 3 8 件，后面是 2 2 9 件',
  ])('leaves %s alone', (text) => {
    expect(serious(text).filter((f) => f.category === 'offplatform')).toEqual([]);
  });
});

describe('the buyer asked for a number to be rung on, or to ring the agent', () => {
  it.each([
    ['您报个手机号，我打过去跟您说', 'offplatform.call-me'],
    ['说个电话吧，我给你打过去', 'offplatform.call-me'],
    ['您打个电话过来，我细细跟您讲', 'offplatform.call-me'],
  ])('flags %s', (text, rule) => {
    findingOf(text, rule);
  });

  it.each(['快递员派送前会打电话过来，请保持手机畅通', '安装师傅上门前会打电话过来约时间', '您打快递公司的电话问一下进度'])(
    'leaves %s alone',
    (text) => {
      expect(serious(text).filter((f) => f.category === 'offplatform')).toEqual([]);
    },
  );
});

describe("a link to another platform's goods handed over", () => {
  it.each(['这款这边断货了，我私信您一个京东链接', '我给您发个闲鱼链接，那边有现货'])('flags %s', (text) => {
    findingOf(text, 'offplatform.platform-link');
  });

  it.each(['淘宝链接打不开的话，刷新一下页面', '小红书上的笔记是买家发的，我们这边没有链接'])('leaves %s alone', (text) => {
    expect(serious(text).filter((f) => f.category === 'offplatform')).toEqual([]);
  });

  it("stays clean on that platform's own workbench", () => {
    const onJd = createChecker({ platform: 'jd' });
    expect(onJd.check('我给您发个京东链接，直接拍就行').filter((f) => f.rule === 'offplatform.platform-link')).toEqual([]);
  });
});

describe('a group or a contact reached from the parcel', () => {
  it.each(['进我们的宝妈群，扫包裹里的二维码就行', '包裹卡片上有老师微信，加上送课程'])('flags %s', (text) => {
    findingOf(text, 'offplatform.parcel-code');
  });

  it.each(['包裹里的二维码是说明书，扫一下就能看', '扫包裹里的二维码看安装视频', '包裹卡片背面有洗涤方法'])('leaves %s alone', (text) => {
    expect(serious(text).filter((f) => f.category === 'offplatform')).toEqual([]);
  });
});
