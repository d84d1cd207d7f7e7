// Shared by the benchmarks (files starting with "_" are not benchmarks themselves).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Project code bundled into one script for a page, with esbuild (already installed as tsx's compiler);
 * undefined when esbuild cannot be loaded. `source` imports from the project root ('./utils/…').
 */
export async function bundleForPage(source: string): Promise<string | undefined> {
  const esbuild = await import('esbuild').catch(() => undefined);
  if (!esbuild) return undefined;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const bundle = await esbuild.build({ stdin: { contents: source, resolveDir: root, loader: 'ts' }, bundle: true, format: 'iife', write: false });
  return bundle.outputFiles[0]!.text;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

/** Deterministic PRNG (mulberry32) so every run sees the same data. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}
