// Importing what leads already have (test/data/import): a 千牛-style CSV, a GBK CSV and an .xlsx workbook,
// through the personal library and 团队管理, with intents guessed and shown for correction, and a 快捷编码
// shared with the built-in library keeping both phrases. Also the .xlsx export.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { BUILTIN_PHRASES } from '../../utils/library/builtin';
import { readPhraseFile } from '../../utils/library/phrase-file';
import { launch, type Harness } from './harness';

const IMPORT_DIR = fileURLToPath(new URL('../data/import/', import.meta.url));
const MIME: Record<string, string> = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
const file = (name: string) => ({ name, mimeType: MIME[name.split('.').pop()!]!, buffer: readFileSync(`${IMPORT_DIR}${name}`) });
const builtinTitle = (code: string) => BUILTIN_PHRASES.find((phrase) => phrase.code === code)!.title;

describe('importing the sheets leads already keep', () => {
  let harness: Harness;
  let options: Page;
  let panel: Page;

  beforeAll(async () => {
    harness = await launch();
    options = await harness.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${harness.extensionId}/options.html#library`);
    await options.getByTestId('library-editor').getByText(/^共 \d+ 条/).waitFor();
    panel = await harness.openPanel();
  });
  afterAll(async () => {
    await harness?.close();
  });

  const editor = () => options.getByTestId('library-editor');
  const preview = () => options.getByTestId('import-preview');
  const guessedIntent = (row: number): Locator => preview().getByLabel(`第 ${row} 行的意图`);
  const row = (code: string) => editor().getByTestId('library-phrase').filter({ has: options.locator('.row-code', { hasText: new RegExp(`^${code}$`) }) });

  it('previews a 千牛-style CSV with guessed intents to correct and built-in codes that move', async () => {
    await editor().getByTestId('import-file').setInputFiles(file('qianniu.csv'));
    await expect.poll(() => preview().getByTestId('import-summary').textContent()).toContain('4 条可导入');
    const summary = (await preview().getByTestId('import-summary').textContent())!;
    expect(summary).toContain('4 条没有填意图，已按内容推断，请在下面核对');
    expect(summary).toContain('2 个快捷编码与内置话术相同，两条话术都保留');
    expect(await guessedIntent(2).inputValue()).toBe('shipping.time');
    expect(await guessedIntent(3).inputValue()).toBe('return.howto');
    expect(await preview().getByTestId('import-code-move').allTextContents()).toEqual([
      `fh1：归导入的「现货下单后48小时内发出，预售款…」；内置话术「${builtinTitle('fh1')}」改用 nzfh1`,
      `yh1：归导入的「店铺满199减20，领券后下单更…」；内置话术「${builtinTitle('yh1')}」改用 nzyh1`,
    ]);
    // The agent reads row 3 as a policy answer rather than how-to: the correction is what gets stored.
    await guessedIntent(3).selectOption('return.policy');
    await preview().scrollIntoViewIfNeeded();
    await harness.screenshot(options, 'import-guesses-preview');
    await preview().getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => options.getByTestId('library-status').textContent()).toBe('已导入 4 条');
    expect(await row('qnth').locator('.row-intents').textContent()).toBe('退换政策');
    await editor().getByLabel('筛选话术').fill('fh1');
    expect(await row('fh1').getAttribute('data-source')).toBe('personal');
    expect(await row('nzfh1').getAttribute('data-source')).toBe('builtin');
    expect(await row('nzfh1').locator('.row-title').textContent()).toBe(builtinTitle('fh1'));
    await editor().getByLabel('筛选话术').fill('');
  });

  it('keeps both phrases of a shared code in the panel: fh1 is the agent’s, nzfh1 the built-in one', async () => {
    await panel.reload();
    await panel.getByTestId('search').fill('fh1');
    const first = panel.getByTestId('phrase').first();
    await expect.poll(() => first.locator('.phrase-text').textContent()).toBe('亲，现货下单后48小时内发出，预售款按页面写的时间发货哦');
    await panel.getByTestId('search').fill('nzfh1');
    await expect.poll(() => first.locator('.phrase-title').textContent()).toBe(builtinTitle('fh1'));
  });

  it('imports a GBK CSV with only 标题 and 内容', async () => {
    await editor().getByTestId('import-file').setInputFiles(file('titled-gbk.csv'));
    await expect.poll(() => preview().getByTestId('import-summary').textContent()).toContain('3 条可导入');
    expect(await guessedIntent(2).inputValue()).toBe('product.material');
    expect(await guessedIntent(4).inputValue()).toBe('invoice');
    await preview().getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => options.getByTestId('library-status').textContent()).toBe('已导入 3 条');
    await editor().getByLabel('筛选话术').fill('面料说明');
    const imported = editor().locator('[data-testid="library-phrase"][data-source="personal"]');
    await expect.poll(() => imported.locator('.row-body').textContent()).toBe('亲，这款是纯棉面料，透气不起球');
    expect(await imported.locator('.row-intents').textContent()).toBe('材质参数');
    await editor().getByLabel('筛选话术').fill('');
  });

  it('imports an .xlsx workbook the same way', async () => {
    await editor().getByTestId('import-file').setInputFiles(file('qianniu.xlsx'));
    await expect.poll(() => preview().getByTestId('import-summary').textContent()).toContain('3 条可导入');
    expect(await guessedIntent(3).inputValue()).toBe('refund.progress');
    expect(await preview().getByTestId('import-code-move').allTextContents()).toEqual([
      `tk1：归导入的「退款审核通过后原路退回，一般1到…」；内置话术「${builtinTitle('tk1')}」改用 nztk1`,
    ]);
    await preview().getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => options.getByTestId('library-status').textContent()).toBe('已导入 3 条');
    expect(await row('qncm').locator('.row-intents').textContent()).toBe('尺码规格');
  });

  it('asks for an intent it could not guess, and imports the row once one is chosen', async () => {
    const sheet = '内容\r\n亲，在的哦，有什么可以帮您的吗？\r\n';
    await editor().getByTestId('import-file').setInputFiles({ name: '问候.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet, 'utf8') });
    await expect.poll(() => preview().getByTestId('import-summary').textContent()).toContain('1 条没能判断意图，选好意图后才会导入');
    expect(await preview().getByTestId('import-summary').textContent()).toContain('0 条可导入');
    expect(await preview().getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
    await guessedIntent(2).selectOption('greeting');
    await expect.poll(() => preview().getByTestId('import-summary').textContent()).toContain('1 条可导入');
    await preview().getByRole('button', { name: '确认导入' }).click();
    await expect.poll(() => options.getByTestId('library-status').textContent()).toBe('已导入 1 条');
  });

  it('exports the personal phrases as an Excel workbook that reads back the same', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), editor().getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^话术库-\d{8}\.xlsx$/);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    const read = await readPhraseFile(download.suggestedFilename(), bytes, { source: 'personal' });
    expect(read.format).toBe('xlsx');
    expect(read.errors).toEqual([]);
    expect(read.phrases.map((phrase) => phrase.code).filter(Boolean)).toEqual(['fh1', 'qnth', 'qnwl', 'yh1', 'qncm', 'tk1', 'qnsy']);
    expect(read.phrases.find((phrase) => phrase.code === 'qnth')?.intents).toEqual(['return.policy']);
  });

  it('imports the same three sheets into 团队管理, with the same preview for the team layer', async () => {
    await options.goto(`chrome-extension://${harness.extensionId}/options.html#team-admin`);
    const admin = options.getByTestId('team-admin');
    const counts: number[] = [];
    for (const [name, added] of [
      ['qianniu.csv', 4],
      ['titled-gbk.csv', 3],
      ['qianniu.xlsx', 3],
    ] as const) {
      await admin.getByTestId('lead-import-file').setInputFiles(file(name));
      const teamPreview = admin.getByTestId('import-preview');
      await expect.poll(() => teamPreview.getByTestId('import-summary').textContent()).toContain(`${added} 条可导入`);
      expect(await teamPreview.getByTestId('import-summary').textContent()).toContain(`${added} 条没有填意图，已按内容推断`);
      if (name === 'qianniu.csv') {
        expect(await teamPreview.getByTestId('import-code-move').first().textContent()).toBe(
          `fh1：归导入的「现货下单后48小时内发出，预售款…」；客服端的内置话术「${builtinTitle('fh1')}」改用 nzfh1`,
        );
        await harness.screenshot(options, 'team-admin-import-preview');
      }
      await teamPreview.getByRole('button', { name: '确认导入' }).click();
      await expect.poll(() => admin.getByTestId('lead-notice').textContent()).toBe(`已导入 ${added} 条话术`);
      counts.push(await admin.getByTestId('lead-phrase').count());
    }
    expect(counts).toEqual([4, 7, 10]);
    // The team's phrases pass the same checks a publication runs (no duplicate codes, valid intents).
    await admin.getByTestId('lead-pack-name').fill('导入测试');
    await admin.getByTestId('lead-lint').click();
    const problems = await admin.getByTestId('lead-lint-problem').allTextContents();
    expect(problems.filter((text) => text.startsWith('错误'))).toEqual([]);
  });
});
