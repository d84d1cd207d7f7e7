// One cold compile, run by the compliance benchmark in a fresh process of its own (scripts/bench/compliance.ts,
// coldCompile): mint-filter built over the built-in rules' words, then the checker (createChecker plus its first
// check, which compiles it), each the first of its kind in the process. Prints both in CPU ms as JSON.
import { Mint } from 'mint-filter';
import { BUILTIN_RULES, createChecker } from '../../utils/compliance/index';

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const words = [...new Set(BUILTIN_RULES.rules.flatMap((rule) => [...(rule.words ?? []), ...(rule.near?.words ?? [])]))];
let start = cpuMs();
new Mint(words).filter('预热', { replace: false });
const mint = cpuMs() - start;
start = cpuMs();
createChecker().check('预热');
const ours = cpuMs() - start;
console.log(JSON.stringify({ words: words.length, ours, mint }));
