// Styles of the inline-check overlay, all inside our shadow root: nothing is added to the page's document.

const BLOCK = '#d0342c';
const WARN = '#d98200';
const INFO = '#3b7de0';
// Underlines keep the bright colours agents know; text and badges on white need ≥ 4.5:1, so they are darker.
const WARN_TEXT = '#9a5b00';
const INFO_TEXT = '#2a66c9';

export const OVERLAY_CSS = `
.mirror { color: transparent; background: transparent; border-color: transparent; pointer-events: none;
  z-index: 2147483000; }
.mark { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-thickness: 1.5px;
  text-underline-offset: 3px; text-decoration-skip-ink: none; }
.mark.block { text-decoration-color: ${BLOCK}; background: rgba(208, 52, 44, 0.08); }
.mark.warn { text-decoration-color: ${WARN}; }
.mark.info { text-decoration-color: ${INFO}; text-decoration-style: dotted; }
.rich-marks { position: fixed; overflow: hidden; pointer-events: none; z-index: 2147483000; }
.rich-marks .mark { position: absolute; }
/* The wave under a rich editor's words: drawn with gradients, not an image (a page's CSP may forbid data: URLs). */
.rich-marks .mark::after { content: ''; position: absolute; left: 0; right: 0; bottom: -3px; height: 4px;
  background: linear-gradient(135deg, transparent 40%, var(--line) 40% 60%, transparent 60%) 0 0 / 4px 4px repeat-x,
    linear-gradient(45deg, transparent 40%, var(--line) 40% 60%, transparent 60%) 0 0 / 4px 4px repeat-x; }
.rich-marks .mark.block { --line: ${BLOCK}; } .rich-marks .mark.warn { --line: ${WARN}; }
.rich-marks .mark.info { --line: ${INFO}; }
.rich-marks .mark.info::after { height: 2px; bottom: -2px;
  background: radial-gradient(circle, var(--line) 0.8px, transparent 1px) 0 0 / 4px 2px repeat-x; }
.badge { position: fixed; display: none; transform: translate(-100%, -100%); min-width: 22px; height: 22px;
  padding: 0 6px; border: none; border-radius: 11px; color: #fff; font: 600 12px/22px system-ui, sans-serif;
  cursor: pointer; z-index: 2147483001; box-shadow: 0 1px 3px rgba(0,0,0,.25); }
.badge.shown { display: block; }
/* The host lets clicks through to the page; what the agent uses here takes them. */
.badge, .tip, .list, .dialog { pointer-events: auto; }
.badge.block { background: ${BLOCK}; } .badge.warn { background: ${WARN_TEXT}; } .badge.info { background: ${INFO_TEXT}; }
.tip, .list { position: fixed; display: none; max-width: 320px; padding: 10px 12px; border-radius: 8px;
  background: #fff; color: #1f2329; box-shadow: 0 4px 16px rgba(0,0,0,.18); z-index: 2147483002;
  font: 13px/1.5 system-ui, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif; }
.tip.open, .list.open { display: block; }
.list { max-height: 360px; overflow: auto; }
.list-item + .list-item { border-top: 1px solid #eee; margin-top: 8px; padding-top: 8px; }
.tip-head { font-weight: 600; }
.tip-head.block { color: ${BLOCK}; } .tip-head.warn { color: ${WARN_TEXT}; } .tip-head.info { color: ${INFO_TEXT}; }
.tip-reason { margin: 4px 0 0; color: #4e5969; }
.fixes { display: flex; flex-direction: column; gap: 6px; margin-top: 8px; }
.fix { display: block; text-align: left; border: 1px solid #d0d3d9; background: #f7f8fa; border-radius: 6px;
  padding: 4px 8px; font: inherit; color: inherit; cursor: pointer; }
.fix:hover, .fix:focus-visible { border-color: ${BLOCK}; outline: none; }
.fix-word { display: block; font-weight: 600; }
.fix-sentence { display: block; color: #4e5969; font-size: 12px; }
.fix-sentence::before { content: '改后：'; }
.fix-sentence b { color: #1f7a3a; font-weight: 600; }
.dialog { border: none; border-radius: 10px; padding: 18px 20px; width: 420px; max-width: 90vw; background: #fff;
  color: #1f2329; font: 14px/1.6 system-ui, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif; }
.dialog::backdrop { background: rgba(0,0,0,.35); }
.dialog h2 { font-size: 16px; margin: 0 0 10px; color: ${BLOCK}; }
.dialog-item p { margin: 2px 0 10px; color: #4e5969; white-space: pre-line; }
.dialog-buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 6px; }
.dialog-buttons button { border-radius: 6px; padding: 6px 14px; font: inherit; cursor: pointer; }
.primary { background: ${BLOCK}; color: #fff; border: none; }
.secondary { background: #fff; color: #4e5969; border: 1px solid #d0d3d9; }
`;
