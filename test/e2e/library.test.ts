// The phrase library in a real browser: the options-page editor, the panel's suggestions for a buyer's
// shipping question, CSV import with a preview that never overwrites without consent, and CSV export.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { importCsv } from '../../utils/library/csv';
import { launch, type Harness } from './harness';

const SHIPPING_BODY = '{买家昵称}您好，今天16点前拍下当天发出，16点后次日上午发出哦';
const EDITED_BODY = '{买家昵称}您好，今天17点前拍下当天发出，17点后次日上午发出哦';

describe('phrase library: editor, suggestions, import and export', () => {
  let harness: Harness;
  let workbench: Page;
  let panel: Page;
  let options: Page;
  let shippingId = '';

  const editor = () => options.getByTestId('library-editor');
  const form = () => options.getByTestId('phrase-form');
  const row = (title: string): Locator => options.getByTestId('library-phrase').filter({ has: options.locator('.row-title', { hasText: title }) });
  const panelSearch = async (query: string) => {
    await panel.getByTestId('search').fill(query);
    return panel.getByTestId('phrase');
  };
  const openOptions = async () => {
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`chrome-extension://${harness.extensionId}/options.html#library`);
    await page.getByTestId('library-editor').getByText(/^共 \d+ 条/).waitFor();
    return page;
  };

  beforeAll(async () => {
    harness = await launch();
    workbench = await harness.openWorkbench('pinduoduo/index.html?auto=0');
    panel = await harness.openPanel();
    options = await openOptions();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('adds a personal phrase, explaining in Chinese what is missing first', async () => {
    await editor().getByRole('button', { name: '新建话术' }).click();
    await form().getByLabel('标题').fill('发货时间（我的）');
    await form().getByLabel('内容').fill(SHIPPING_BODY);
    await form().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form().getByTestId('form-errors').textContent()).toContain('意图: 至少要有一个意图');

    expect(await form().getByTestId('placeholders-found').textContent()).toContain('本条用到：{买家昵称}');
    await form().getByLabel('快捷编码').fill('zj1'); // a built-in phrase's code: warned, not refused
    await expect.poll(() => form().getByTestId('code-clash').textContent()).toContain('已被内置话术');
    await form().getByLabel('快捷编码').fill('wdfh');
    expect(await form().getByTestId('code-clash').count()).toBe(0);
    await form().getByLabel('分组').fill('我的常用');
    await form().getByLabel('发货时间').check();
    await form().getByLabel('关键词').fill('发货、什么时候能发货，几点发');
    await form().getByLabel('问法').fill('今天下单什么时候能发货\n几点前拍当天发');
    await form().scrollIntoViewIfNeeded();
    await harness.screenshot(options, 'library-editor-form');
    await form().getByLabel('问法').press('Control+Enter');

    await expect.poll(() => options.getByTestId('library-status').textContent()).toBe('已保存「发货时间（我的）」');
    expect(await form().count()).toBe(0);
    const saved = row('发货时间（我的）');
    expect(await saved.getAttribute('data-source')).toBe('personal');
    expect(await saved.locator('.row-code').textContent()).toBe('wdfh');
    shippingId = (await saved.getAttribute('data-phrase-id'))!;
    expect(shippingId).toMatch(/^p-[0-9a-z]+-[0-9a-z]{6}$/);
    await harness.screenshot(options, 'library-editor-saved');
  });

  it('suggests a shipping reply with its reason and matched words, and Alt+1 inserts it with the buyer nickname', async () => {
    await panel.reload();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('林小鹿');
    expect(await panel.getByTestId('latest-messages').textContent()).toContain('这款睡衣今天下单什么时候能发货呀');
    const suggestions = await panelSearch('');
    await expect.poll(() => suggestions.count()).toBeGreaterThan(0);
    const top3 = await suggestions.evaluateAll((buttons) =>
      buttons.slice(0, 3).map((button) => ({
        id: button.getAttribute('data-phrase-id'),
        title: button.querySelector('.phrase-title')?.textContent,
        why: button.querySelector('.phrase-why')?.textContent ?? '',
        text: button.querySelector('.phrase-text')?.textContent,
      })),
    );
    console.log('top suggestions for b1:', JSON.stringify(top3));
    // The agent's own phrase for exactly this question comes first; it answers shipping.time by construction.
    expect(top3[0]).toMatchObject({ id: shippingId, title: '发货时间（我的）', text: SHIPPING_BODY.replace('{买家昵称}', '林小鹿') });
    // Why: the reason line quotes the buyer's words that led to it.
    expect(top3[0]!.why).toMatch(/^买家问发货时间：.*发货/);
    const marks = await panel.getByTestId('latest-messages').locator('mark').allTextContents();
    expect(marks.some((mark) => mark.includes('发货'))).toBe(true);
    await harness.screenshot(panel, 'library-panel-suggestions');

    const textarea = workbench.locator('#replyTextarea');
    await textarea.fill('');
    await workbench.bringToFront();
    await textarea.focus();
    await workbench.keyboard.press('Alt+1');
    await expect.poll(() => textarea.inputValue()).toBe(SHIPPING_BODY.replace('{买家昵称}', '林小鹿'));
    expect(await workbench.evaluate(() => (window as any).__demo.sent.length)).toBe(0);
  });

  it('finds the phrase by its 快捷编码 in the panel; an edit survives a worker restart and a reload', async () => {
    const found = await panelSearch('wdfh');
    await expect.poll(() => found.first().getAttribute('data-phrase-id')).toBe(shippingId);

    await row('发货时间（我的）').getByRole('button', { name: '编辑' }).click();
    expect(await form().getByLabel('内容').inputValue()).toBe(SHIPPING_BODY);
    expect(await form().getByLabel('关键词').inputValue()).toBe('发货、什么时候能发货、几点发');
    await form().getByLabel('内容').fill(EDITED_BODY);
    await form().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => options.getByTestId('library-status').textContent()).toBe('已保存「发货时间（我的）」');
    // The panel hears libraryChanged and reads the library again.
    await expect.poll(() => found.first().locator('.phrase-text').textContent()).toBe(EDITED_BODY.replace('{买家昵称}', '林小鹿'));

    await harness.stopWorkers(options);
    await options.reload();
    await expect.poll(() => row('发货时间（我的）').locator('.row-body').textContent()).toBe(EDITED_BODY);
    expect(await row('发货时间（我的）').getAttribute('data-phrase-id')).toBe(shippingId);
    await panel.reload();
    const again = await panelSearch('wdfh');
    await expect.poll(() => again.first().getAttribute('data-phrase-id')).toBe(shippingId);
  });

  it('previews a CSV import: bad rows by number, conflicts kept unless chosen, good rows stored', async () => {
    const csv =
      '\uFEFF分组,快捷编码,标题,内容,意图,关键词,问法,阶段,标签\r\n' +
      // A line break inside a cell is a bare \n, as Excel writes it; rows end with \r\n.
      '导入测试,imp1,"退货地址, 说明","亲，退货请寄到""杭州仓""，\n收件人写：售后部",return.howto,退货、地址,,售后,\r\n' +
      '导入测试,imp2,坏的一行,意图写错了,no.such.intent,,,,\r\n' +
      '导入测试,wdfh,发货时间（导入版）,{买家昵称}您好，下单后48小时内发出,发货时间,发货,,,\r\n' +
      '导入测试,imp3,顺丰可选,可以备注顺丰，需补差价哦,快递选择,顺丰,有顺丰吗|能发顺丰吗,,\r\n';
    const chooseFile = () =>
      editor().getByTestId('import-file').setInputFiles({ name: '团队话术.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

    await chooseFile();
    const preview = options.getByTestId('import-preview');
    await expect.poll(() => preview.getByTestId('import-summary').textContent()).toContain('2 条可导入');
    const errors = await preview.getByTestId('import-errors').locator('li').allTextContents();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^第 3 行: 意图: 未知意图 "no\.such\.intent"/);
    const conflict = preview.getByTestId('import-conflict');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain('发货时间（我的）');
    expect(await conflict.getByLabel('保留原有').isChecked()).toBe(true);
    await preview.scrollIntoViewIfNeeded();
    await harness.screenshot(options, 'library-import-preview');

    await preview.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => options.getByTestId('library-status').textContent()).toBe('已导入 2 条');
    expect(await preview.count()).toBe(0);
    expect(await row('退货地址, 说明').locator('.row-body').textContent()).toBe('亲，退货请寄到"杭州仓"，\n收件人写：售后部');
    expect(await row('顺丰可选').getAttribute('data-source')).toBe('personal');
    expect(await row('坏的一行').count()).toBe(0);
    expect(await row('发货时间（我的）').locator('.row-body').textContent()).toBe(EDITED_BODY);
    expect(await row('发货时间（导入版）').count()).toBe(0);

    // The same file again: the stored rows are now unchanged, and this time the agent takes the imported version.
    await chooseFile();
    await expect.poll(() => preview.getByTestId('import-summary').textContent()).toContain('2 条与现有话术相同，将跳过');
    await preview.getByTestId('import-conflict').getByLabel('用导入的覆盖').check();
    await preview.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => options.getByTestId('library-status').textContent()).toBe('已导入 0 条，覆盖 1 条');
    const replaced = row('发货时间（导入版）');
    expect(await replaced.getAttribute('data-phrase-id')).toBe(shippingId);
    expect(await replaced.locator('.row-body').textContent()).toBe('{买家昵称}您好，下单后48小时内发出');
  });

  it('exports the personal phrases as a CSV with a BOM that imports back unchanged', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), editor().getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^话术库-\d{8}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { phrases, errors } = importCsv(bytes.toString('utf8'));
    expect(errors).toEqual([]);
    const shown = await editor()
      .locator('[data-testid="library-phrase"][data-source="personal"]')
      .evaluateAll((rows) => rows.map((row) => [row.querySelector('.row-title')?.textContent, row.querySelector('.row-body')?.textContent]));
    expect(phrases.map((phrase) => [phrase.title, phrase.body])).toEqual(shown);
    expect(phrases.find((phrase) => phrase.code === 'imp3')).toMatchObject({ intents: ['shipping.courier'], examples: ['有顺丰吗', '能发顺丰吗'] });
    expect(await options.getByTestId('library-status').textContent()).toBe(`已导出 ${shown.length} 条话术到 ${download.suggestedFilename()}`);
  });

  it('deletes a personal phrase only after confirmation, and the panel forgets it', async () => {
    const target = row('发货时间（导入版）');
    await target.getByRole('button', { name: '删除' }).click();
    expect(await target.getByRole('alert').textContent()).toContain('确定删除「发货时间（导入版）」？');
    await target.getByRole('button', { name: '取消' }).click();
    expect(await target.count()).toBe(1);

    await target.getByRole('button', { name: '删除' }).click();
    await target.getByRole('button', { name: '确认删除' }).click();
    await expect.poll(() => options.getByTestId('library-status').textContent()).toBe('已删除「发货时间（导入版）」');
    expect(await row('发货时间（导入版）').count()).toBe(0);
    const found = await panelSearch('wdfh');
    await expect.poll(async () => (await found.evaluateAll((b) => b.map((x) => x.getAttribute('data-phrase-id')))).includes(shippingId)).toBe(false);
  });

  it('shows team and built-in phrases read-only, with a copy into an editable personal phrase', async () => {
    await editor().getByLabel('来源').selectOption('builtin');
    const first = editor().getByTestId('library-phrase').first();
    expect(await first.getAttribute('data-source')).toBe('builtin');
    expect(await first.getByRole('button', { name: '编辑' }).count()).toBe(0);
    const title = (await first.locator('.row-title').textContent())!;
    await first.getByRole('button', { name: '复制为个人话术' }).click();
    expect(await form().getByLabel('标题').inputValue()).toBe(title);
    expect(await form().getByLabel('快捷编码').inputValue()).toBe('');
    await form().getByLabel('标题').fill(`${title}（我的版本）`);
    await form().getByRole('button', { name: '保存' }).click();
    await editor().getByLabel('来源').selectOption('personal');
    await expect.poll(() => row(`${title}（我的版本）`).getAttribute('data-source')).toBe('personal');
    await harness.screenshot(options, 'library-editor-personal');
  });
  it('reads a 10,000-row CSV in chunks, showing how far it got, then keeps the page usable', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `批量,,批量话术${i},第${i}条批量回复，发货后会短信通知您,发货时间,,,,`);
    const csv = `\uFEFF分组,快捷编码,标题,内容,意图,关键词,问法,阶段,标签\r\n${rows.join('\r\n')}\r\n`;
    // Progress lines flash by quickly: record every text the progress line shows.
    await options.evaluate(() => {
      const seen: string[] = ((window as any).__progress = []);
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await editor().getByTestId('import-file').setInputFiles({ name: '批量.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const preview = options.getByTestId('import-preview');
    await expect.poll(() => preview.getByTestId('import-summary').textContent(), { timeout: 30_000 }).toContain('10000 条可导入');
    const progress: string[] = await options.evaluate(() => (window as any).__progress);
    expect(progress[0]).toBe('正在读取…');
    expect(progress).toContain('正在读取… 已读取 500 / 10000 行');
    expect(progress.at(-1)).toBe('正在读取… 已读取 10000 / 10000 行');

    await preview.getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => options.getByTestId('library-status').textContent(), { timeout: 30_000 }).toBe('已导入 10000 条');
    // The list pages rather than drawing every row: page 1 of the personal phrases, the import included.
    const page = (await editor().getByTestId('library-page').textContent())!;
    expect(page).toMatch(/^第 1 \/ \d+ 页 · 第 1–20 条，共 \d+ 条$/);
    expect(Number(/共 (\d+) 条/.exec(page)![1])).toBeGreaterThan(10_000);
    expect(await editor().getByTestId('library-phrase').count()).toBe(20);
    await editor().getByLabel('筛选话术').fill('批量话术9999');
    await expect.poll(() => editor().getByTestId('library-phrase').count()).toBe(1);
    const found = await panelSearch('批量话术9999');
    await expect.poll(() => found.first().locator('.phrase-title').textContent()).toBe('批量话术9999');
  });
});
