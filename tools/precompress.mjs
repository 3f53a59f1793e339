// The last step of `nx run web:build`: writes a Brotli (`.br`, quality 11) and a gzip (`.gz`,
// level 9) copy beside every text file of the built web app, which the server sends to browsers
// that accept them (@fastify/static's `preCompressed`, api/src/bootstrap.ts). Compressing once at
// build time lets us use the slowest, smallest settings that a per-request compressor could not
// afford. A copy that would not be smaller than the file is not written (the server then sends the
// file itself). Usage: node tools/precompress.mjs <dir>
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|svg|json|webmanifest|txt|xml|map)$/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

export function precompress(dir) {
  let raw = 0;
  let br = 0;
  let gz = 0;
  for (const path of [...files(dir)]) {
    if (!TEXT.test(path)) continue;
    const bytes = readFileSync(path);
    const variants = {
      br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
      gz: gzipSync(bytes, { level: 9 }),
    };
    raw += bytes.length;
    for (const [ext, compressed] of Object.entries(variants)) {
      const target = `${path}.${ext}`;
      if (compressed.length < bytes.length) writeFileSync(target, compressed);
      else rmSync(target, { force: true });
    }
    br += Math.min(variants.br.length, bytes.length);
    gz += Math.min(variants.gz.length, bytes.length);
  }
  return { raw, br, gz };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node tools/precompress.mjs <dir>');
  const { raw, br, gz } = precompress(dir);
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`precompressed ${dir}: ${kB(raw)} raw, ${kB(br)} brotli, ${kB(gz)} gzip`);
}
