// The stand-ins of this script's bundle for data modules it does not carry (scripts/packaged-modules.ts lists them):
// each registers here while the bundle loads, and the builtins file read at start-up fills them before the first
// compile, the only time their exports are read.
import type { PackagedModules } from '../../utils/compliance/builtins-file';

const fills = new Map<string, (values: Record<string, unknown>) => void>();

/** Called by each stand-in as the bundle loads. */
export function fillLater(module: string, fill: (values: Record<string, unknown>) => void): void {
  fills.set(module, fill);
}

/** Fills every stand-in from the builtins file's `modules`; a file without one of them is refused. */
export function fillPackagedModules(modules: PackagedModules | undefined): void {
  for (const [module, fill] of fills) {
    const values = modules?.[module];
    if (!values) throw new Error(`compliance-builtins.json has no ${module}`);
    fill(values);
  }
}
