// A lead fixes a workbench for the whole team: selectors published in the team pack make a page no
// built-in adapter knows readable on every agent's extension, without teaching and without a release.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPack } from '../../scripts/pack-demo';
import { startPackServer, type PackServer } from '../../scripts/pack-server';
import { generateTeamKey } from '../../utils/pack/sign';
import { closedShadow } from './closed-shadow';
import { launch, type Harness } from './harness';

describe('workbench selectors and rules pushed in a team pack', () => {
  let harness: Harness;
  let packServer: PackServer;
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    packServer = await startPackServer({ port: 0, token: 'selectors-e2e', keyPair: await generateTeamKey(true) });
    harness = await launch();
    page = await harness.openWorkbench('generic/index.html');
    panel = await harness.openPanel();
  });
  afterAll(async () => {
    await harness?.close();
    await packServer?.close();
  });

  it('reads a page the extension did not know once the team pack carries its selectors', async () => {
    await expect.poll(() => panel.getByTestId('teach-reason').textContent()).toContain('话术助手还不认识这个页面');

    const fixtureHost = new URL(harness.server.url).host;
    await packServer.publishDemo({
      ...demoPack(2, new Date()),
      rules: {
        format: 'huashu-rules',
        version: 1,
        rules: [{ id: 'team.dianzhang', category: 'absolute', severity: 'warn', words: ['店长私藏'], reason: '本店约定：不说“店长私藏”，以免被理解为限量承诺', suggestions: ['人气款'] }],
        allow: [],
        disable: [],
      },
      selectors: [
        {
          platform: 'xiaoman-kefu',
          hostPattern: fixtureHost,
          version: 1,
          selectors: {
            messageList: '.kf-bubbles',
            messageRow: '.kf-row, .kf-notice',
            directions: [
              { match: '.kf-notice', direction: 'system' },
              { match: '[data-side="guest"]', direction: 'buyer' },
              { match: '[data-side="staff"]', direction: 'agent' },
            ],
            messageText: '.kf-text',
            messageTime: '.kf-when',
            messageIdAttr: 'data-msg',
            buyerName: '.kf-peer',
            input: 'textarea.kf-box',
            sendButton: '.kf-send',
          },
        },
      ],
    });

    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html#team`);
    await options.getByTestId('team-join-code').fill(packServer.joinCode);
    await options.getByTestId('team-subscribe').click();
    await expect.poll(() => options.getByTestId('team-pack-version').textContent(), { timeout: 20_000 }).toBe('第 2 版');

    // The open page switches to the team's selectors without a reload.
    await expect.poll(() => panel.getByTestId('buyer-name').textContent(), { timeout: 15_000 }).toBe('阿宁同学');
    expect(await panel.getByTestId('platform').textContent()).toBe('xiaoman-kefu');
    expect(await panel.getByTestId('latest-messages').textContent()).toContain('三人位的套子多少钱');
    expect(await panel.getByTestId('health').count()).toBe(0);
    await harness.screenshot(panel, 'team-selectors-panel');
  });

  it('underlines the team’s own rule words in the already open page, without a reload', async () => {
    const box = page.locator('textarea.kf-box');
    await box.click();
    await box.pressSequentially('这款沙发套是店长私藏款');
    const overlay = closedShadow(page, 'huashu-inline');
    await expect.poll(() => overlay.count('.mark.warn')).toBe(1);
    expect(await overlay.text('.mark.warn')).toBe('店长私藏');
  });
});
