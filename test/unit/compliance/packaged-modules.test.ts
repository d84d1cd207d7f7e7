// The workbench's content script does not bundle some data modules (scripts/packaged-modules.ts): its bundle has a
// stand-in for each, filled from compliance-builtins.json before the first compile. Checked here the way that bundle
// runs: the stand-ins load unfilled (a module that read one while loading fails or differs), the file's JSON fills them,
// and the checker compiled then must find exactly what the built-ins in memory find.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BUILTINS, CATEGORIES, createChecker, parseLabelledDrafts } from '../../../utils/compliance';
import { describeFinding } from '../../../utils/explain';
import type { ComplianceBuiltinsFile } from '../../../utils/compliance/builtins-file';
import type { Finding } from '../../../utils/compliance/types';
import { foldTableOf } from '../../../utils/compliance/normalize';
import { PACKAGED_MODULES, packagedModulesPlugin, packagedModuleValues, standInSource } from '../../../scripts/packaged-modules';

const root = path.resolve('test/data/compliance');
const train = path.join(root, 'fresh/train');
const drafts = [path.join(root, 'drafts.tsv'), ...readdirSync(train).map((file) => path.join(train, file))].flatMap((file) =>
  parseLabelledDrafts(readFileSync(file, 'utf8')).map((draft) => draft.text),
);
const FILLER = path.resolve('entrypoints/workbench.content/packaged-modules.ts');
const standIns = mkdtempSync(path.join(tmpdir(), 'huashu-stand-ins-'));
afterAll(() => rmSync(standIns, { recursive: true, force: true }));

describe('data modules the content script reads from the builtins file', () => {
  const file = JSON.parse(JSON.stringify({ ...BUILTINS, modules: packagedModuleValues() })) as ComplianceBuiltinsFile;

  it('travel in the file exactly as the modules export them', () => {
    for (const [module, exports] of Object.entries(PACKAGED_MODULES)) expect(file.modules[module], module).toEqual({ ...exports });
  });

  it('are stood in for in the content script build only', () => {
    const plugin = packagedModulesPlugin() as unknown as {
      configResolved(config: { root: string }): void;
      buildStart(options: { input: Record<string, string> }): void;
      load(id: string): string | null;
    };
    const t2sTable = path.resolve('utils/compliance/t2s-table.ts');
    plugin.configResolved({ root: process.cwd() });
    plugin.buildStart({ input: { background: path.resolve('entrypoints/background/index.ts') } });
    expect(plugin.load(t2sTable)).toBeNull();
    plugin.buildStart({ input: { workbench: `virtual:wxt-content-script?${path.resolve('entrypoints/workbench.content/index.ts')}` } });
    expect(plugin.load(t2sTable)).toContain('fillLater("utils/compliance/t2s-table.ts"');
    expect(plugin.load(path.resolve('utils/compliance/checker.ts'))).toBeNull();
  });

  it('filled from the file, compile a checker that finds what the built-ins in memory find', async () => {
    const inMemory = createChecker();
    const fold = foldTableOf().slice();
    // A module graph of its own, as the bundle has it: each packaged module is its stand-in, unfilled while the
    // checker's modules load.
    vi.resetModules();
    for (const module of Object.keys(PACKAGED_MODULES)) {
      const standIn = path.join(standIns, `${path.basename(module, '.ts')}.mjs`);
      writeFileSync(standIn, standInSource(module, FILLER));
      vi.doMock(path.resolve(module), () => import(standIn));
    }
    const { checkerInSteps } = await import('../../../utils/compliance/checker');
    const { runSteps } = await import('../../../utils/compliance/steps');
    const normalize = await import('../../../utils/compliance/normalize');
    const explain = await import('../../../utils/explain');
    const { fillPackagedModules } = await import('../../../entrypoints/workbench.content/packaged-modules');
    expect(normalize.foldTableOf).not.toBe(foldTableOf);

    expect(() => fillPackagedModules({})).toThrow(/compliance-builtins\.json has no/);
    fillPackagedModules(file.modules);
    const fromFile = runSteps(checkerInSteps(file));
    expect(normalize.foldTableOf()).toEqual(fold);
    expect(drafts.length).toBeGreaterThan(1000);
    for (const draft of drafts) expect(fromFile.check(draft), draft).toEqual(inMemory.check(draft));
    // The trainee's note under a finding's reason.
    for (const category of CATEGORIES) {
      const finding: Finding = { start: 0, end: 1, match: '最', category, severity: 'warn', rule: 'r', reason: '理由', suggestions: [] };
      expect(explain.describeFinding(finding, true)).toEqual(describeFinding(finding, true));
      expect(explain.describeFinding(finding, true).explanation).toContain('新人提示');
    }
  });
});
