// CRX3, the signed package Chrome and Edge install from a self-hosted update manifest (managed deployment).
// The format (Chromium's components/crx_file/crx3.proto) is small: a protobuf header with the publisher's RSA
// key and signature around the zip, so it is written here with node:crypto rather than with a packer library
// (crx3 needs Node 22; crx pulls in node-rsa and an old archiver).
import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';

const MAGIC = Buffer.from('Cr24', 'latin1');
const SIGNED_DATA_PREFIX = Buffer.from('CRX3 SignedData\x00', 'latin1');

/** Protobuf varint. */
function varint(value: number): Buffer {
  const bytes: number[] = [];
  for (let rest = value; ; rest = Math.floor(rest / 128)) {
    if (rest < 128) {
      bytes.push(rest);
      return Buffer.from(bytes);
    }
    bytes.push((rest % 128) | 128);
  }
}

/** A length-delimited protobuf field (wire type 2). */
function bytesField(field: number, value: Buffer): Buffer {
  return Buffer.concat([varint(field * 8 + 2), varint(value.length), value]);
}

function uint32le(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}

/** The 16-byte CRX id: the start of SHA-256 over the public key (SPKI, DER). */
function crxId(publicKeyDer: Buffer): Buffer {
  return createHash('sha256').update(publicKeyDer).digest().subarray(0, 16);
}

/** The extension id Chrome derives from the key: the CRX id in hex, written with the letters a–p. */
export function extensionId(key: KeyObject | string): string {
  const publicKey = typeof key === 'string' || key.type === 'private' ? createPublicKey(key) : key;
  return [...crxId(publicKey.export({ type: 'spki', format: 'der' })).toString('hex')]
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 16)))
    .join('');
}

/** Signs `zip` into a CRX3 with the publisher's RSA private key (PEM or KeyObject). */
export function packCrx3(zip: Buffer, privateKey: KeyObject | string): Buffer {
  const key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey;
  const publicKeyDer = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const signedHeaderData = bytesField(1, crxId(publicKeyDer));
  const signature = sign('sha256', Buffer.concat([SIGNED_DATA_PREFIX, uint32le(signedHeaderData.length), signedHeaderData, zip]), key);
  const header = Buffer.concat([
    bytesField(2, Buffer.concat([bytesField(1, publicKeyDer), bytesField(2, signature)])),
    bytesField(10000, signedHeaderData),
  ]);
  return Buffer.concat([MAGIC, uint32le(3), uint32le(header.length), header, zip]);
}
