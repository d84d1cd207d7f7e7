// The demo's persistent browser profile: kept between runs, cleared on --fresh, never two browsers at once.
import { existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Entries Chromium puts at the top of every profile it has used. */
const PROFILE_MARKERS = ['Local State', 'Default', 'First Run', 'SingletonLock', 'DevToolsActivePort'];

/**
 * The pid of a live browser on this machine holding the profile (Chromium's SingletonLock symlink reads
 * "<host>-<pid>" on Linux and macOS), else null. On Windows the browser itself hands a second start to the
 * running one, which the runner then reports as an early exit.
 */
export function profileOwner(dir: string): number | null {
  let target: string;
  try {
    target = readlinkSync(path.join(dir, 'SingletonLock'));
  } catch {
    return null;
  }
  const match = /^(.*)-(\d+)$/.exec(target);
  if (!match || match[1] !== os.hostname()) return null;
  const pid = Number(match[2]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/** Creates the profile folder, or empties it first for --fresh; refuses to delete a folder that is not a profile. */
export function prepareProfile(dir: string, fresh: boolean): void {
  if (fresh && existsSync(dir)) {
    const entries = readdirSync(dir);
    if (entries.length > 0 && !entries.some((entry) => PROFILE_MARKERS.includes(entry))) {
      throw new Error(`${dir} 看起来不是浏览器配置目录，为安全起见没有删除；请换一个 --profile 目录`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
}

export const DEVTOOLS_PORT_FILE = 'DevToolsActivePort';

/** `ws://127.0.0.1:<port>/devtools/browser/<id>` from the file Chromium writes for --remote-debugging-port=0. */
export function readDevToolsEndpoint(dir: string): string | null {
  let text: string;
  try {
    text = readFileSync(path.join(dir, DEVTOOLS_PORT_FILE), 'utf8');
  } catch {
    return null;
  }
  const [port, browserPath] = text.split(/\r?\n/);
  if (!port || !/^\d+$/.test(port) || !browserPath?.startsWith('/devtools/browser/')) return null;
  return `ws://127.0.0.1:${port}${browserPath}`;
}
