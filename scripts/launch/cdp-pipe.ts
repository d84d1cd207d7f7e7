// The DevTools protocol over Chromium's --remote-debugging-pipe: JSON messages, each ended by a NUL byte,
// written to the browser's fd 3 and read from its fd 4. Just enough for the runner: commands and events.
import { EventEmitter } from 'node:events';
import type { Readable, Writable } from 'node:stream';

interface Pending {
  method: string;
  resolve(result: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export class CdpPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly events = new EventEmitter();
  private buffered: Buffer[] = [];
  private closedBecause: string | null = null;

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.on('data', (chunk: Buffer) => this.receive(chunk));
    fromBrowser.on('close', () => this.close('浏览器断开了调试管道'));
    // The browser may go away while a command is being written; the pending call then fails on close.
    toBrowser.on('error', () => this.close('浏览器断开了调试管道'));
    fromBrowser.on('error', () => this.close('浏览器断开了调试管道'));
  }

  /** Sends a browser-level command; rejects with the protocol's error message, on timeout or on disconnect. */
  send<T = unknown>(method: string, params: object = {}, timeoutMs = 30_000): Promise<T> {
    if (this.closedBecause) return Promise.reject(new Error(`${method}：${this.closedBecause}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}：浏览器 ${Math.round(timeoutMs / 1000)} 秒内没有回应`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (result: unknown) => void, reject, timer });
      this.toBrowser.write(`${JSON.stringify({ id, method, params })}\0`);
    });
  }

  on(event: string, listener: (params: any) => void): () => void {
    this.events.on(event, listener);
    return () => this.events.off(event, listener);
  }

  close(reason = '调试管道已关闭'): void {
    if (this.closedBecause) return;
    this.closedBecause = reason;
    for (const [id, call] of this.pending) {
      clearTimeout(call.timer);
      call.reject(new Error(`${call.method}：${reason}`));
      this.pending.delete(id);
    }
    this.events.removeAllListeners();
  }

  private receive(chunk: Buffer): void {
    // A message may arrive in pieces and a piece may end inside a multi-byte character: split on bytes.
    let start = 0;
    let end: number;
    while ((end = chunk.indexOf(0, start)) !== -1) {
      this.buffered.push(chunk.subarray(start, end));
      const text = Buffer.concat(this.buffered).toString('utf8');
      this.buffered = [];
      start = end + 1;
      this.dispatch(text);
    }
    if (start < chunk.length) this.buffered.push(chunk.subarray(start));
  }

  private dispatch(text: string): void {
    let message: { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message?: string } };
    try {
      message = JSON.parse(text);
    } catch {
      return; // Not ours to fix; a protocol error surfaces as the command's timeout.
    }
    if (message.id === undefined) {
      if (message.method) this.events.emit(message.method, message.params);
      return;
    }
    const call = this.pending.get(message.id);
    if (!call) return;
    this.pending.delete(message.id);
    clearTimeout(call.timer);
    if (message.error) call.reject(new Error(`${call.method}：${message.error.message ?? '浏览器返回了错误'}`));
    else call.resolve(message.result);
  }
}
