// Keeps the licence notices of what a drop-in bundle inlines (lit, @lit/*, @lit-labs/*, zod…),
// which minification strips from the code: for each bundled package, its name, version, licence
// and licence text, written beside the bundle as `<file>.LICENSE.txt`. Derived from the modules
// the bundle really contains, so a new dependency is listed without anyone remembering to.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package directory a module id lives in (`…/node_modules/@lit/task/…` → that folder), or undefined. */
export function packageDirOf(id) {
  const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id.replace(/\?.*$/, ''));
  return match?.[1];
}

function licenceText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined;
}

/** The notice file for these package directories, sorted by name. */
export function noticeFor(dirs) {
  const entries = [...new Set(dirs)]
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .sort((a, b) => a.pkg.name.localeCompare(b.pkg.name));
  return entries
    .map(({ dir, pkg }) => `${pkg.name} ${pkg.version} (${pkg.license ?? 'see its package'})\n\n${licenceText(dir) ?? `No licence file ships with ${pkg.name}; its package.json says: ${pkg.license}.`}`)
    .join(`\n\n${'-'.repeat(78)}\n\n`);
}

/** Rolldown/Vite plugin: emits `<chunk file>.LICENSE.txt` for every chunk that inlines third-party code. */
export function thirdPartyLicences() {
  return {
    name: 'authsec-third-party-licences',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const dirs = chunk.moduleIds.map(packageDirOf).filter((dir) => dir && existsSync(join(dir, 'package.json')));
        if (!dirs.length) continue;
        const header = `Third-party software inlined in ${chunk.fileName} (AuthSec Elements, Apache-2.0: see LICENSE in the package).`;
        this.emitFile({ type: 'asset', fileName: `${chunk.fileName}.LICENSE.txt`, source: `${header}\n\n${noticeFor(dirs)}\n` });
      }
    },
  };
}

