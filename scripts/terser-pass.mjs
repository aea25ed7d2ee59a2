// Vite plugin for the drop-in bundles: a second minification pass with Terser over the files Vite
// wrote (Oxc's output), composing the source maps. Terser's compressor finds what Oxc leaves (about
// 1 % of the gzip size of these bundles: bench/results/size.json); running it on the written files
// keeps the maps right, which rewriting the chunk in `generateBundle` did not.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { minify } from 'terser';

/** Only semantics-preserving options: no `unsafe*`, no `pure_getters`. */
export const terserOptions = { module: true, ecma: 2020, compress: { passes: 3 }, mangle: true, format: { comments: false } };

/** @returns {import('vite').Plugin} */
export function terserPass() {
  return {
    name: 'authsec:terser-pass',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? '.';
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const file = join(dir, chunk.fileName);
        const mapFile = `${file}.map`;
        const code = (await readFile(file, 'utf8')).replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
        // A chunk that only re-exports another may come without a map.
        const map = options.sourcemap && existsSync(mapFile) ? JSON.parse(await readFile(mapFile, 'utf8')) : undefined;
        const result = await minify(code, {
          ...terserOptions,
          ...(map ? { sourceMap: { content: map, url: `${basename(file)}.map`, asObject: true, includeSources: true } } : {}),
        });
        if (result.code === undefined) throw new Error(`terser produced no code for ${file}`);
        await writeFile(file, result.code);
        if (map && result.map) await writeFile(mapFile, JSON.stringify(result.map));
      }
    },
  };
}
