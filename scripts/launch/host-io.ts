// The real file system, environment and process runner behind browser discovery.
import { spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, openSync, readSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import process from 'node:process';
import type { HostIo } from './browsers';

const HEAD_BYTES = 64 * 1024;

export function hostIo(): HostIo {
  const platform = process.platform;
  return {
    platform,
    env: process.env,
    homedir: os.homedir(),
    exists(file) {
      try {
        if (!statSync(file).isFile()) return false;
        if (platform !== 'win32') accessSync(file, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    readdir(dir) {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    readFile(file) {
      let fd: number | undefined;
      try {
        fd = openSync(file, 'r');
        const buffer = Buffer.alloc(HEAD_BYTES);
        return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)).toString('utf8');
      } catch {
        return null;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
    run(file, args) {
      // Generous: a snap or a cold disk on a busy machine can take several seconds.
      const result = spawnSync(file, args, { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] });
      return result.status === 0 ? result.stdout : null;
    },
  };
}
