// A pretend machine for browser discovery: installed files with what they print for --version.
import { expect } from 'vitest';
import type { HostIo } from '../../../scripts/launch/browsers';

export interface FakeInstall {
  /** What `--version` prints; null makes the run fail. */
  version?: string | null;
  /** The start of the file (a launcher script, an Info.plist). */
  head?: string;
}

export interface FakeHost extends HostIo {
  /** Every `--version` run, by path. */
  runs: string[];
}

export function fakeHost(
  platform: NodeJS.Platform,
  files: Record<string, FakeInstall>,
  options: { env?: Record<string, string>; homedir?: string; dirs?: Record<string, string[]> } = {},
): FakeHost {
  const runs: string[] = [];
  return {
    platform,
    env: options.env ?? { PATH: '/usr/local/bin:/usr/bin:/bin' },
    homedir: options.homedir ?? '/home/agent',
    runs,
    exists: (file) => file in files,
    readdir: (dir) => options.dirs?.[dir] ?? [],
    readFile: (file) => files[file]?.head ?? null,
    run(file, args) {
      expect(args).toEqual(['--version']);
      runs.push(file);
      return files[file]?.version ?? null;
    },
  };
}

export function plist(version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>\n\t<key>CFBundleShortVersionString</key>\n\t<string>${version}</string>\n</dict></plist>`;
}
