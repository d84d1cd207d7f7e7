// The draft text of rich reply boxes, as the content script's editor module reads it: lines as the
// editors' own models count them, and what an editor renders in its box that is not the agent's text left out.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { editableText } from '../../../entrypoints/workbench.content/editor/text';

function box(html: string): Element {
  return parseHTML(`<!doctype html><html><body><div id="box">${html}</div></body></html>`).document.getElementById('box')!;
}

describe('editableText', () => {
  it('joins blocks with one line break, and an empty block is an empty line (Quill: getText() without its final newline)', () => {
    expect(editableText(box('<p>亲，在的</p><p><br></p><p>请问有什么可以帮您</p>'))).toBe('亲，在的\n\n请问有什么可以帮您');
  });

  it('reads nested blocks once (Draft.js wraps each block twice) and its empty block as an empty line', () => {
    const draft = (text: string) =>
      `<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">${text}</span></span></div></div>`;
    const empty = '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>';
    expect(editableText(box(`<div data-contents="true">${draft('好的')}${empty}${draft('马上发货')}</div>`))).toBe('好的\n\n马上发货');
  });

  it('counts a <br> between text as a line, not one that only ends a block (Lexical, plain contenteditable)', () => {
    expect(editableText(box('<p><span>第一行</span><br><span>第二行</span></p>'))).toBe('第一行\n第二行');
    expect(editableText(box('第一行<br>第二行<br>'))).toBe('第一行\n第二行');
    // Lexical keeps a second <br> after a trailing line break so the caret has a line to sit on.
    expect(editableText(box('<p><span>第一行</span><br><br></p>'))).toBe('第一行\n');
    expect(editableText(box('第一行<div>第二行</div>'))).toBe('第一行\n第二行');
  });

  it('leaves out what the strategy says is not the draft (Slate placeholder and zero-width filler)', () => {
    const ignore = '[data-slate-placeholder], [data-slate-zero-width]';
    const empty =
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true">' +
      '<span data-slate-placeholder="true" contenteditable="false">请输入</span>' +
      '<span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>';
    expect(editableText(box(empty), ignore)).toBe('');
    const line = (text: string) =>
      `<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">${text}</span></span></span></div>`;
    const emptyLine = '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>';
    expect(editableText(box(`${line('好的')}${emptyLine}${line('全网最低价')}`), ignore)).toBe('好的\n\n全网最低价');
  });
});
