// The id Chromium gives an unpacked extension: derived from its folder's absolute path (no "key" in the manifest),
// so the same build folder keeps the same id, and with it the same storage, from one run to the next.
import { createHash } from 'node:crypto';

export function unpackedExtensionId(absolutePath: string, platform: NodeJS.Platform): string {
  // Windows hashes the UTF-16 path with an upper-case drive letter; elsewhere the path's UTF-8 bytes.
  const bytes =
    platform === 'win32'
      ? Buffer.from(absolutePath.replace(/^[a-z]:/, (drive) => drive.toUpperCase()), 'utf16le')
      : Buffer.from(absolutePath, 'utf8');
  const hex = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  // Each hex digit 0–f becomes a letter a–p.
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}
