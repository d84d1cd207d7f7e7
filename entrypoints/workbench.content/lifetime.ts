// How long this copy of the content script runs. WXT's own ContentScriptContext ends when a "content
// script started" event appears on the document, and any page script can dispatch that event (a store
// extension's id is public): a hostile workbench could switch off the underlines, the panel's reading,
// inserts and trainee mode's send guard. So the script keeps its own lifetime, which only the extension ends:
// - a newer copy of this script in the same frame (re-injected after an update, or to teach a page)
//   takes over through a registry on the isolated world's global object, which page scripts cannot reach;
// - an extension reload, update or removal takes browser.runtime.id away: a port to the background
//   notices at once, and a cheap check every second covers the time the port is closed. A port also
//   closes when only the idle service worker stops; it is reopened the next time this copy messages the
//   worker (which wakes it anyway), never just to keep the worker awake.
import { browser } from 'wxt/browser';
import { LIFETIME_PORT, WORKBENCH_SCRIPT_REGISTRY as REGISTRY_KEY } from '../../utils/messaging';

const ORPHAN_CHECK_MS = 1000;
const DISCONNECT_RECHECK_MS = 150;

type Registry = Record<typeof REGISTRY_KEY, ScriptLifetime | undefined>;

const extensionGone = () => !browser.runtime?.id;

export class ScriptLifetime {
  private readonly controller = new AbortController();
  private port: ReturnType<typeof browser.runtime.connect> | undefined;

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isValid(): boolean {
    return !this.controller.signal.aborted;
  }

  /** Read by the background before it injects a copy: this one runs, for the extension as it is now. */
  get isWorking(): boolean {
    return this.isValid && !extensionGone();
  }

  /** Runs the callback when this copy ends (at once if it already has); returns a remover. */
  onInvalidated(callback: () => void): () => void {
    const run = () => {
      try {
        callback();
      } catch {
        // After an extension reload its APIs throw ("Extension context invalidated"): nothing left to undo there.
      }
    };
    if (!this.isValid) {
      run();
      return () => undefined;
    }
    this.signal.addEventListener('abort', run, { once: true });
    return () => this.signal.removeEventListener('abort', run);
  }

  /** A listener removed when this copy ends. */
  addEventListener<K extends keyof WindowEventMap>(target: Window, type: K, handler: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void;
  addEventListener<K extends keyof DocumentEventMap>(target: Document, type: K, handler: (event: DocumentEventMap[K]) => void, options?: AddEventListenerOptions): void;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (this.isValid) target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  end(): void {
    this.controller.abort();
  }

  /** Reopens the port to the worker if the worker stopped since: call when about to message it. */
  reconnect(): void {
    if (this.port || !this.isValid) return;
    if (extensionGone()) return this.end();
    try {
      this.port = browser.runtime.connect({ name: LIFETIME_PORT });
    } catch {
      return this.end();
    }
    this.port.onDisconnect.addListener(() => {
      this.port = undefined;
      // On a reload the port closes a moment before runtime.id goes: look again shortly.
      setTimeout(() => {
        if (extensionGone()) this.end();
      }, DISCONNECT_RECHECK_MS);
    });
  }

  /** Watches for the extension going away until this copy ends. */
  watchExtension(): void {
    this.reconnect();
    const check = setInterval(() => {
      if (extensionGone()) this.end();
    }, ORPHAN_CHECK_MS);
    this.onInvalidated(() => {
      clearInterval(check);
      if (!extensionGone()) this.port?.disconnect();
    });
  }
}

/** Starts this copy's lifetime: ends the copy it replaces and watches for the extension going away. */
export function startLifetime(): ScriptLifetime {
  const lifetime = new ScriptLifetime();
  const registry = globalThis as unknown as Registry;
  registry[REGISTRY_KEY]?.end();
  registry[REGISTRY_KEY] = lifetime;
  lifetime.onInvalidated(() => {
    if (registry[REGISTRY_KEY] === lifetime) registry[REGISTRY_KEY] = undefined;
  });
  lifetime.watchExtension();
  return lifetime;
}
