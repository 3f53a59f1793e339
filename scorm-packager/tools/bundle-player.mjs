// Bundles the SCO player (src/player/main.ts + the course model's pure functions it imports) into
// dist/player/player.js for the browser, and copies its stylesheet beside it. Run by the `build`
// target and by the test suite's global setup, so packages always carry the current player.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export async function bundlePlayer() {
  mkdirSync(here('../dist/player'), { recursive: true });
  const result = await build({
    entryPoints: [here('../src/player/main.ts')],
    outfile: here('../dist/player/player.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    legalComments: 'none',
    // The model from source: the player must carry exactly the code the API scores with.
    alias: { '@vt/courses': here('../../courses/src/index.ts') },
    metafile: true,
    logLevel: 'warning',
  });
  copyFileSync(here('../src/player/player.css'), here('../dist/player/player.css'));
  // Files that actually contribute bytes (the metafile also lists modules tree-shaken away).
  const inputs = Object.values(result.metafile.outputs)
    .flatMap((output) => Object.entries(output.inputs))
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([file]) => file);
  const leaked = inputs.filter((file) => /node_modules\/(markdown-it|sanitize-html|yaml)\//.test(file));
  if (leaked.length > 0) throw new Error(`the player bundle pulled in build-time code: ${leaked.slice(0, 3).join(', ')}`);
  return inputs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundlePlayer();
