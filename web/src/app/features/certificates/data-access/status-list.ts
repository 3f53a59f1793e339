/**
 * Bitstring Status List (W3C): `encodedList` is `u` + base64url of the GZIP of the bits, index 0
 * being the most significant bit of the first byte. A set bit means revoked.
 */
import { fromBase64Url } from './qr-payload';

export async function isRevoked(encodedList: string, index: number): Promise<boolean> {
  if (!encodedList.startsWith('u')) throw new Error('not a multibase base64url list');
  const gzipped = fromBase64Url(encodedList.slice(1));
  const stream = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  const bits = new Uint8Array(await new Response(stream).arrayBuffer());
  const byte = bits[index >> 3];
  if (byte === undefined) throw new Error('index outside the list');
  return ((byte >> (7 - (index & 7))) & 1) === 1;
}
