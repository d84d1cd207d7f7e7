// The icon rendered from assets/icon.svg: Chrome's padding at 128 px, a crisp mark that fills the 16 px toolbar slot.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RenderedImage } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, renderIcon, writeIcons } from '../../../scripts/icons';

const SVG_FILE = fileURLToPath(new URL('../../../assets/icon.svg', import.meta.url));

const alphaAt = (image: RenderedImage, x: number, y: number) => image.pixels[(y * image.width + x) * 4 + 3]!;
const rgbAt = (image: RenderedImage, x: number, y: number) => [...image.pixels.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)];

/** The smallest box holding every pixel that is not fully transparent: [left, top, right, bottom], inclusive. */
function markBox(image: RenderedImage): [number, number, number, number] {
  let [left, top, right, bottom] = [image.width, image.height, -1, -1];
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++)
      if (alphaAt(image, x, y) > 0) [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
  return [left, top, right, bottom];
}

describe('extension icon', async () => {
  const svg = await readFile(SVG_FILE, 'utf8');

  it('128 px: a 96×96 mark inside 16 px of transparent padding', () => {
    const icon = renderIcon(svg, 128);
    expect([icon.width, icon.height]).toEqual([128, 128]);
    expect(markBox(icon)).toEqual([16, 16, 111, 111]);
  });

  it('48 px keeps the same proportion of padding', () => {
    const icon = renderIcon(svg, 48);
    expect([icon.width, icon.height]).toEqual([48, 48]);
    expect(markBox(icon)).toEqual([6, 6, 41, 41]);
  });

  it('16 px: the mark fills the toolbar slot on whole pixels: a red bubble with two white lines', () => {
    const icon = renderIcon(svg, 16);
    expect([icon.width, icon.height]).toEqual([16, 16]);
    expect(markBox(icon)).toEqual([0, 0, 15, 15]);
    // Edges on the pixel grid: only the rounded corners and the tail's slope are half-covered.
    let partial = 0;
    for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) if (alphaAt(icon, x, y) > 0 && alphaAt(icon, x, y) < 255) partial++;
    expect(partial).toBeLessThanOrEqual(24); // 21 today, of 256
    const isWhite = ([r, g, b]: number[]) => r! > 240 && g! > 240 && b! > 240;
    const isRed = ([r, g, b]: number[]) => r! > 180 && g! < 80 && b! < 80;
    // First line: rows 3–4, columns 3–12; second, shorter line: rows 7–8, columns 3–8; bubble around them.
    for (const x of [4, 8, 11]) expect(isWhite(rgbAt(icon, x, 4)), `line 1 at ${x}`).toBe(true);
    for (const x of [4, 7]) expect(isWhite(rgbAt(icon, x, 8)), `line 2 at ${x}`).toBe(true);
    for (const [x, y] of [[8, 1], [8, 6], [12, 8], [8, 10], [1, 6], [14, 6]] as const) expect(isRed(rgbAt(icon, x, y)), `bubble at ${x},${y}`).toBe(true);
    // The tail below the bubble, on the left; the bottom right is empty.
    expect(alphaAt(icon, 3, 14)).toBe(255);
    expect(alphaAt(icon, 12, 14)).toBe(0);
  });

  it('writes one PNG per manifest size', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'huashu-icons-'));
    try {
      const written = await writeIcons(SVG_FILE, dir);
      expect(written.map(({ size }) => size)).toEqual([...ICON_SIZES]);
      for (const { size, file } of written) {
        const png = await readFile(file);
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        // IHDR width and height.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
