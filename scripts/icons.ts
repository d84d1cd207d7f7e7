// The extension's icons, rendered from assets/icon.svg at build time (wxt.config.ts, build:publicAssets), so the
// PNGs never drift from their source and stay out of git. resvg ships prebuilt in its npm package: nothing is
// downloaded at install time.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg, type RenderedImage } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Toolbar sizes show the 96-unit mark alone, edge to edge; larger ones keep Chrome's 16/128 transparent padding. */
const TOOLBAR_MAX = 32;
const FULL_VIEW = 'viewBox="0 0 128 128"';
const MARK_VIEW = 'viewBox="16 16 96 96"';

export function renderIcon(svg: string, size: number): RenderedImage {
  if (!svg.includes(FULL_VIEW)) throw new Error(`icon.svg must keep ${FULL_VIEW}`);
  const source = size <= TOOLBAR_MAX ? svg.replace(FULL_VIEW, MARK_VIEW) : svg;
  return new Resvg(source, { fitTo: { mode: 'width', value: size } }).render();
}

/** Writes `<size>.png` for every size into `outDir`; returns each size with its file. */
export async function writeIcons(svgFile: string, outDir: string): Promise<{ size: number; file: string }[]> {
  const svg = await readFile(svgFile, 'utf8');
  await mkdir(outDir, { recursive: true });
  return Promise.all(
    ICON_SIZES.map(async (size) => {
      const file = path.join(outDir, `${size}.png`);
      await writeFile(file, renderIcon(svg, size).asPng());
      return { size, file };
    }),
  );
}
