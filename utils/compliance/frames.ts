// Frames of a reply that make it curt whatever its words: read from how the clauses are built, not from a phrase
// list. The rule that switches a frame on names it as its detector (rules/attitude.ts); the checker runs it only when
// the draft holds a question mark (mayEchoRefuse). Reads the folded text (same offsets as the original).
import type { Emit } from './detectors';
import { foldText } from './normalize';

/** Bare refusals that open a clause: 没有, 没得, 不开, 不行, 不可能… (粤语 冇 and 唔 are folded to 没 and 不 before). */
const REFUSAL = /^(?:没有|没得|莫得|木有|没门|没|不开|不行|不能|不退|不换|不给|不送|不包|不可能|不存在|不要|办不到|做不到)(?:了|啦|的)?/;
/** What may follow a bare refusal in its clause: up to two characters that are its object ("不可能少"), no condition. */
const REFUSAL_REST = /^[^就好话吗吧么呢嘛]{0,2}$/;
/**
 * A send-off: the buyer told to do without, to look again, or to go (要就别买, 别要了, 你再找找, 自己看, 爱要不要,
 * 西南 莫买). 别 of comfort (别担心, 别着急) is no send-off.
 */
const SEND_OFF = /^(?:你|您)?(?:要就|不要就|不想要就|不想买就|嫌\S{1,3}就|爱\S不\S|别(?!担心|着急|急|生气|客气|介意|怕|慌|犹豫|错过|忘)|不要再|莫|少来|自己|再找找|再翻翻|算了|随便|又不是)/;
/** A word that makes the reply polite whatever its frame: a particle, an apology, a request. */
const SOFTENER = /[哦喔噢哈呢呀亲]|抱歉|不好意思|麻烦|请|谢谢|理解|sorry/;
/** The echoed question: at most this many characters between the clause start and the question mark. */
const ECHO_LENGTH = 8;
const MAX_CLAUSES = 3;

const SENTENCE_END = /[。！!?\n]/;
const CLAUSE_SPLIT = /[,，、 ~～…;；]+/;

/** True when the text may hold an echoed question (a question mark after some text): only then is the frame read. */
export function mayEchoRefuse(text: string): boolean {
  const mark = text.search(/[?？]/);
  return mark > 0 && mark < text.length - 1;
}

/** How many cold moves a clause makes: a bare refusal, a send-off, or a refusal and a send-off (不要别占着名额); 0 if none. */
function coldMoves(clause: string): number {
  if (SEND_OFF.test(clause)) return 1;
  const refusal = REFUSAL.exec(clause);
  if (!refusal) return 0;
  const rest = clause.slice(refusal[0].length);
  if (SEND_OFF.test(rest)) return 2;
  return REFUSAL_REST.test(rest) ? 1 : 0;
}

/**
 * An echoed question answered cold: 「发票？没有，别要了」「少件？你再找找，不可能少」「发票？冇，要就唔好买」. The buyer's
 * word is echoed back with a question mark, and every clause of the answer up to the sentence's end is a bare refusal
 * or a send-off, two moves at least, with no particle or apology anywhere in it. An answer that informs
 * (「发货了吗？没有，明天发」), softens (「发票？没有的哦，不好意思」) or is a single bare 没有 stays clean.
 * Emits the answer's span for each such frame.
 */
export function detectEchoRefusals(text: string, emit: Emit): void {
  const folded = foldText(text);
  for (let mark = folded.search(/\?/); mark >= 0; mark = nextMark(folded, mark + 1)) {
    if (!isEcho(folded, mark)) continue;
    let end = mark + 1;
    while (end < folded.length && !SENTENCE_END.test(folded[end]!)) end++;
    const answer = folded.slice(mark + 1, end);
    if (SOFTENER.test(answer)) continue;
    const clauses = answer.split(CLAUSE_SPLIT).filter((clause) => clause !== '');
    if (clauses.length === 0 || clauses.length > MAX_CLAUSES) continue;
    let moves = 0;
    for (const clause of clauses) {
      const made = coldMoves(clause);
      if (made === 0) {
        moves = 0;
        break;
      }
      moves += made;
    }
    if (moves < 2) continue;
    const start = mark + 1 + (answer.length - answer.trimStart().length);
    emit('echo-refusal', start, mark + 1 + answer.trimEnd().length);
  }
}

function nextMark(folded: string, from: number): number {
  const next = folded.slice(from).search(/\?/);
  return next < 0 ? -1 : from + next;
}

/** A short question of its own before `mark`: one to ECHO_LENGTH characters since the last clause or sentence end. */
function isEcho(folded: string, mark: number): boolean {
  let start = mark;
  while (start > 0 && !/[。！!?\n,，、 ]/.test(folded[start - 1]!)) start--;
  const echo = folded.slice(start, mark);
  return echo.length >= 1 && echo.length <= ECHO_LENGTH;
}
