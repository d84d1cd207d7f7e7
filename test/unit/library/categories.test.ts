import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_LEXICON, readCategory } from '../../../utils/library/categories';

describe('readCategory', () => {
  it('reads the category from a keyword-stuffed title, longest words first', () => {
    expect(readCategory('纯棉四件套 1.8米床 奶油格')?.candidates).toEqual(['家居家纺']);
    expect(readCategory('加厚珊瑚绒睡衣女冬季 可外穿家居服套装')?.candidates).toEqual(['服饰']);
    expect(readCategory('无线蓝牙耳机 主动降噪 超长续航')?.candidates).toEqual(['数码配件']);
    expect(readCategory('美的空气炸锅 家用大容量 5L')?.candidates).toEqual(['家电']);
    expect(readCategory('适用苹果15手机壳 透明防摔')?.candidates).toEqual(['数码配件']);
    expect(readCategory('新疆阿克苏冰糖心苹果 5斤装')?.candidates).toEqual(['生鲜']);
    expect(readCategory('纯棉四件套')?.from).toBe('title');
  });

  it('names every category that fits equally, and none when no product noun is there', () => {
    expect(readCategory('儿童运动鞋 男童 网面透气')?.candidates.sort()).toEqual(['母婴', '鞋靴'].sort());
    expect(readCategory('XX 品牌 经典款 全新升级')).toBeNull();
    // A material or a fit or two alone names no category.
    expect(readCategory('纯棉 加厚')).toBeNull();
  });

  it('counts who a product is for once, beside what it is: baby laundry liquid is 个护 too, baby underwear 母婴 too', () => {
    // Audience words repeated for search (婴儿…宝宝…新生儿…儿童) do not drown the product noun.
    expect(readCategory('婴儿洗衣液 宝宝专用 新生儿儿童衣物清洗剂')?.candidates.sort()).toEqual(['个护清洁', '母婴'].sort());
    expect(readCategory('婴儿恒温调奶器 宝宝智能冲奶机 热水壶')?.candidates.sort()).toEqual(['家电', '母婴'].sort());
    // However many clothing nouns the title stacks, the audience keeps 母婴 a candidate.
    expect(readCategory('婴儿秋衣秋裤套装纯棉宝宝内衣')?.candidates.sort()).toEqual(['服饰', '母婴'].sort());
    // 孕妇水果 is fruit: a word for whom it suits, not a baby product.
    expect(readCategory('红颜草莓新鲜现摘3斤礼盒装孕妇水果')?.candidates).toEqual(['生鲜']);
  });

  it('falls back to the buyer’s words, counting only product nouns', () => {
    expect(readCategory(undefined, ['这个面霜敏感肌能用吗'])).toMatchObject({ candidates: ['美妆护肤'], words: ['面霜'], from: 'messages' });
    expect(readCategory(undefined, ['什么码 宽松吗 纯棉的吗'])).toBeNull();
    expect(readCategory('', [])).toBeNull();
  });

  it('reads a product the marketplaces file under either of two categories as both, so no one-category phrase is sure to fit', () => {
    for (const [title, both] of [
      ['负离子 静音 吹风机 家用', ['家电', '个护清洁']],
      ['LED护眼台灯 学生宿舍 充电式阅读灯', ['家居家纺', '家电']],
      ['旋转拖把 家用 免手洗', ['个护清洁', '家居家纺']],
      ['户外 登山包 40L', ['箱包', '运动户外']],
      ['东北手工 水饺 猪肉白菜馅', ['食品', '生鲜']],
      ['大颗粒积木 拼装玩具 儿童早教', ['母婴', '其他']],
      ['纯棉毛巾 家用成人洗脸 4条装', ['家居家纺', '个护清洁']],
      ['婴儿湿巾 新生儿手口专用 80抽*6包', ['母婴', '个护清洁']],
    ] as const) {
      const reading = readCategory(title)!;
      for (const category of both) expect(reading.candidates, title).toContain(category);
    }
    // The product decides over the audience or benefit words around it: each reading stays a candidate.
    for (const [title, both] of [
      ['宝宝洗衣液 婴儿专用 新生儿 儿童衣物清洗剂', ['母婴', '个护清洁']],
      ['护手霜 滋润保湿 补水 防干裂', ['美妆护肤', '个护清洁']],
      ['智能运动手表 GPS 跑步 骑行 游泳 防水', ['数码配件', '运动户外']],
      ['恒温调奶器 婴儿 宝宝 冲奶', ['母婴', '家电']],
      ['运动套装男 春秋 卫衣卫裤', ['服饰', '运动户外']],
    ] as const) {
      const reading = readCategory(title)!;
      for (const category of both) expect(reading.candidates, title).toContain(category);
    }
    // Running shoes are shoes: every writer so far files them so, and shoe-size replies must stay on offer.
    expect(readCategory('男士跑步鞋 轻便透气 网面运动鞋')!.candidates).toEqual(['鞋靴']);
    // A hat against the sun is clothing, not sunscreen.
    expect(readCategory('遮阳帽女 夏季 防晒帽')!.candidates).toEqual(['服饰']);
  });

  it('reads a product noun before a word inside it', () => {
    expect(readCategory('棘轮扳手套装 72齿')!.candidates).toEqual(['家具建材']);
    expect(readCategory('暖宝宝自发热贴 50片')!.candidates).toEqual(['个护清洁']);
    expect(readCategory('折叠床单人 午休床')!.candidates).toEqual(['家具建材']);
    expect(readCategory('东北黑木耳 小碗耳 500g')!.candidates).toEqual(['食品']);
    // A cleaner named by the surface it cleans is a cleaner too, not only flooring.
    expect(readCategory('地板清洁剂 拖地液 瓷砖木地板 2kg')!.candidates).toContain('个护清洁');
  });

  it('reads health foods as food, beside who they are for', () => {
    expect(readCategory('深海鱼油软胶囊 200粒')!.candidates).toEqual(['食品']);
    expect(readCategory('儿童益生菌粉 婴幼儿 48袋')!.candidates).toEqual(expect.arrayContaining(['食品', '母婴']));
  });

  it('lists words for every category of the taxonomy', () => {
    for (const category of CATEGORIES) expect(CATEGORY_LEXICON[category].strong.split(' ').length, category).toBeGreaterThanOrEqual(10);
  });
});
