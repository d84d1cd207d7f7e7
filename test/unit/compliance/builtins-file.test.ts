// The background and the workbench's content script compile their checkers from the packaged builtins file
// (utils/compliance/builtins-file.ts), written at build time as JSON.stringify(BUILTINS): that round trip must find
// exactly what the built-ins in memory find (createChecker: the options page, the CLI, the snapshots).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTINS, checkerFrom, createChecker, parseLabelledDrafts, type ComplianceBuiltins } from '../../../utils/compliance';

const root = path.resolve('test/data/compliance');
const train = path.join(root, 'fresh/train');
const drafts = [path.join(root, 'drafts.tsv'), ...readdirSync(train).map((file) => path.join(train, file))].flatMap((file) =>
  parseLabelledDrafts(readFileSync(file, 'utf8')).map((draft) => draft.text),
);

describe('the packaged builtins file', () => {
  const packaged = JSON.parse(JSON.stringify(BUILTINS)) as ComplianceBuiltins;

  it.each([undefined, 'pinduoduo', 'feige'])('finds what the built-ins in memory find (platform %s)', (platform) => {
    const inMemory = createChecker({ platform });
    const fromFile = checkerFrom(packaged, { platform });
    expect(drafts.length).toBeGreaterThan(1000);
    for (const draft of drafts) expect(fromFile.check(draft), draft).toEqual(inMemory.check(draft));
  });
});
