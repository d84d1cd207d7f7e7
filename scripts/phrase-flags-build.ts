// Build time (wxt.config.ts): the packaged phrase flags (utils/phrase-flags-file.ts) of the built-in library, checked
// as the background checks them: the built-ins as the package carries them (JSON), no team pack, per platform.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILTINS, checkerFrom, type ComplianceBuiltins } from '../utils/compliance';
import { phraseFlags } from '../utils/compliance/phrase-flags';
import { BUILTIN_PHRASES } from '../utils/library/builtin';
import { namedPlatforms, phraseFlagsFile, type PhraseFlagsFile } from '../utils/phrase-flags-file';

/** Every file under `dir`, sorted by path: the checker's code, read in a fixed order. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The build's checker identity: SHA-256 of the release version, the built-ins as packaged and the checker's sources
 * (utils/compliance/). Any change to what can change a verdict makes a new one; a rebuild of the same code does not.
 */
export function checkerIdentity(root: string, builtinsJson: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string);
  hash.update('\0').update(builtinsJson);
  for (const file of sourcesUnder(path.join(root, 'utils/compliance'))) hash.update('\0').update(path.relative(root, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex').slice(0, 32);
}

/** The packaged file: each platform's checker compiled once (about 2 s each, at build time, not in a browser). */
export function buildPhraseFlags(root: string, builtinsJson = JSON.stringify(BUILTINS)): PhraseFlagsFile {
  const builtins = JSON.parse(builtinsJson) as ComplianceBuiltins;
  return phraseFlagsFile(
    checkerIdentity(root, builtinsJson),
    BUILTIN_PHRASES.map((phrase) => phrase.body),
    namedPlatforms(builtins.rules.rules),
    (platform) => {
      // The options the background compiles with for a slot without a team pack (suggest-service.ts).
      const checker = checkerFrom(builtins, { ruleFiles: [], disabled: [], platform });
      return (body) => phraseFlags(checker, body);
    },
  );
}
