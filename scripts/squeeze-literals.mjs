// Squeezes the text of lit's css`…` and html`…` templates for the drop-in bundles (JS minifiers
// leave template text alone, and our templates are written to be read: comments, indentation).
// CSS: comments go, whitespace runs become one space, the space around `{ } ; , >` and after `:`
// goes, and so does the space before `!important` (a space *before* `:` can matter: `a :hover`).
// HTML: indentation around line breaks goes. About 0.7 kB gzip of the consent drop-in.
//
// Only static text is touched: `${…}` interpolations are kept verbatim, and the templates are
// found with the bundler's parser (a css` inside a comment or string is not a template).
// test/node/squeeze-literals.test.ts checks every css template of src/ still minifies, with
// Lightning CSS, to exactly what the original does.

/** @param {string} text static CSS text between interpolations */
export function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/ !important/g, '!important')
    .replace(/;}/g, '}');
}

/**
 * Static HTML text between interpolations: the indentation around a line break goes, the line
 * break stays. Render-equivalent under `white-space: normal | nowrap | pre-line` (all collapse
 * spaces at a break); templates with `<pre` or `<textarea` are left alone.
 * @param {string} text
 */
export function squeezeHtml(text) {
  return text.replace(/[ \t]*\n[ \t]*/g, '\n');
}

/** Every lit tagged template (`css`, `html`) in an ESTree program: its tag and static parts. */
export function* templates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'css' || node.tag.name === 'html')) {
    yield { tag: node.tag.name, quasis: node.quasi.quasis };
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* templates(child);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* templates(value);
  }
}

/** @returns {import('vite').Plugin} */
export function squeezeLiterals() {
  return {
    name: 'authsec:squeeze-literals',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const edits = [];
      for (const { tag, quasis } of templates(this.parse(code))) {
        const squeeze = tag === 'css' ? squeezeCss : squeezeHtml;
        if (tag === 'html' && quasis.some((q) => /<(pre|textarea)\b/i.test(code.slice(q.start, q.end)))) continue;
        for (const q of quasis) edits.push({ start: q.start, end: q.end, squeeze });
      }
      if (edits.length === 0) return null;
      let out = code;
      // Right to left, so earlier offsets stay valid.
      for (const { start, end, squeeze } of edits.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, start) + squeeze(out.slice(start, end)) + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}
