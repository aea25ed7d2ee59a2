// The drop-in bundles squeeze lit template text (scripts/squeeze-literals.mjs). Squeezing must
// never change what a browser gets: every css`…` template in src/ minifies, with Lightning CSS,
// to exactly what the original minifies to; HTML keeps every line break and all other text.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { transform as lightning } from 'lightningcss';
import { parseAst, type Plugin } from 'vite';
import { squeezeCss, squeezeHtml, squeezeLiterals, templates } from '../../scripts/squeeze-literals.mjs';

const root = resolve(import.meta.dirname, '../..');
const sources = readdirSync(join(root, 'src'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(root, 'src', f));

/** The static parts of every `tag`…`` template in a module (TypeScript parsed by Vite's parser). */
const templatesOf = (code: string, tag: 'css' | 'html'): string[][] =>
  [...templates(parseAst(code, { lang: 'ts' }))].filter((t) => t.tag === tag).map((t) => t.quasis.map((q) => code.slice(q.start, q.end)));

/** Interpolations become a comment: they hold whole declarations or values, never half a token. */
const joined = (quasis: string[]): string => quasis.join(' /*${}*/ ');
/** Lightning CSS keeps an `@supports` condition's text as written, so its `, ` is evened out here. */
const minified = (css: string): string =>
  lightning({ filename: 'x.css', code: Buffer.from(`:host{}${css}`), minify: true, errorRecovery: true }).code.toString().replace(/, /g, ',');

describe('squeezing lit templates', () => {
  it('leaves every css template of src/ minifying to the same stylesheet', () => {
    let checked = 0;
    let saved = 0;
    for (const file of sources) {
      for (const quasis of templatesOf(readFileSync(file, 'utf8'), 'css')) {
        const before = joined(quasis);
        const after = joined(quasis.map(squeezeCss));
        assert.equal(minified(after), minified(before), `${file}: squeezing changed the CSS`);
        saved += before.length - after.length;
        checked++;
      }
    }
    assert.ok(checked >= 20, `only ${checked} css templates found`);
    assert.ok(saved > 10_000, `squeezing saved only ${saved} characters`);
  });

  it('keeps the spaces CSS needs', () => {
    assert.equal(squeezeCss('a :hover { margin: 0 auto; width: calc(1px + 2px) }'), 'a :hover{margin:0 auto;width:calc(1px + 2px)}');
    assert.equal(squeezeCss(' /* why */ .x > .y ,\n .z { color: red !important ; } '), ' .x>.y,.z{color:red!important}');
    assert.equal(squeezeCss('@media (prefers-reduced-motion: reduce) {\n  * { transition: none }\n}'), '@media (prefers-reduced-motion:reduce){*{transition:none}}');
  });

  it('keeps every line break and all other text of html templates', () => {
    assert.equal(squeezeHtml('<ul>\n      <li>a b</li>\n\n  </ul>  '), '<ul>\n<li>a b</li>\n\n</ul>  ');
    for (const file of sources) {
      for (const quasis of templatesOf(readFileSync(file, 'utf8'), 'html')) {
        for (const q of quasis) {
          const s = squeezeHtml(q);
          assert.equal(s.replace(/\s+/g, ''), q.replace(/\s+/g, ''), file);
          assert.equal(s.split('\n').length, q.split('\n').length, file);
        }
      }
    }
  });

  it('the plugin rewrites only template text, leaves <pre>/<textarea> templates and other modules alone', () => {
    const plugin = squeezeLiterals() as Plugin & { transform: (this: unknown, code: string, id: string) => { code: string } | null };
    const context = { parse: (code: string) => parseAst(code) };
    const code = [
      'const s = css`\n  .a {\n    color: red;\n  }\n`;',
      'const t = html`<p>\n    ${x}\n  </p>`;',
      'const u = html`<pre>\n  keep\n</pre>`;',
      '// css`not a template`',
      'const v = "css` in a string";',
    ].join('\n');
    const out = plugin.transform.call(context, code, '/repo/src/x.ts')!.code;
    assert.equal(
      out,
      [
        'const s = css` .a{color:red}`;',
        'const t = html`<p>\n${x}\n</p>`;',
        'const u = html`<pre>\n  keep\n</pre>`;',
        '// css`not a template`',
        'const v = "css` in a string";',
      ].join('\n'),
    );
    assert.equal(plugin.transform.call(context, code, '/repo/node_modules/lit/x.js'), null);
  });
});
