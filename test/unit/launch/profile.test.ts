import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareProfile, profileOwner, readDevToolsEndpoint } from '../../../scripts/launch/profile';

describe('demo profile', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'huashu-profile-test-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps what is there, and --fresh empties a profile', () => {
    const profile = path.join(root, 'demo-profile');
    mkdirSync(path.join(profile, 'Default'), { recursive: true });
    writeFileSync(path.join(profile, 'Local State'), '{}');
    prepareProfile(profile, false);
    expect(readdirSync(profile).sort()).toEqual(['Default', 'Local State']);
    prepareProfile(profile, true);
    expect(readdirSync(profile)).toEqual([]);
  });

  it('creates a missing profile folder', () => {
    const profile = path.join(root, 'a', 'b');
    prepareProfile(profile, true);
    expect(readdirSync(profile)).toEqual([]);
  });

  it('refuses to delete a folder that is not a browser profile', () => {
    writeFileSync(path.join(root, 'notes.txt'), '别删我');
    expect(() => prepareProfile(root, true)).toThrow('看起来不是浏览器配置目录');
    expect(readdirSync(root)).toContain('notes.txt');
  });

  it("finds the live browser holding the profile from Chromium's SingletonLock", () => {
    const lock = path.join(root, 'SingletonLock');
    symlinkSync(`${os.hostname()}-${process.pid}`, lock);
    expect(profileOwner(root)).toBe(process.pid);
    rmSync(lock);
    symlinkSync(`another-host-${process.pid}`, lock);
    expect(profileOwner(root)).toBeNull();
    rmSync(lock);
    // A pid far above any real one: the lock is stale.
    symlinkSync(`${os.hostname()}-99999999`, lock);
    expect(profileOwner(root)).toBeNull();
  });

  it('builds the ws:// endpoint from DevToolsActivePort', () => {
    expect(readDevToolsEndpoint(root)).toBeNull();
    writeFileSync(path.join(root, 'DevToolsActivePort'), '41817\n/devtools/browser/3d970686-cd8d-410c-b409-891c21792c5a');
    expect(readDevToolsEndpoint(root)).toBe('ws://127.0.0.1:41817/devtools/browser/3d970686-cd8d-410c-b409-891c21792c5a');
    writeFileSync(path.join(root, 'DevToolsActivePort'), '41817\n');
    expect(readDevToolsEndpoint(root)).toBeNull();
  });
});
