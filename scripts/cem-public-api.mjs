// The analyzer describes our source files; hosts and tools need the package. This turns its raw
// output into the public API as shipped (used by custom-elements-manifest.config.mjs):
// - one module per package entry that exists in the tarball: `dist/esm/<tag>.js` declares its element
//   (and re-exports the events it dispatches), `dist/esm/index.js` declares the base class and events;
// - only public members: no `#private`, `private`/`protected` or reactive `@state`, no internal
//   `authsec-ui-*` tags, no defaults that are source code (`new Task(…)`);
// - every element lists the `--authsec-*` tokens (they apply to all) after its own `@cssprop`s;
// - references to internal classes keep their name and drop the source path.
import { defineEntries } from './package-entries.mjs';

const INDEX = 'dist/esm/index.js';
/** Declarations `dist/esm/index.js` exports by value (src/index.ts). */
const INDEX_CLASSES = new Set(['AuthsecElement', 'AuthsecProvider', 'AuthsecDetailEvent']);

const isPublic = (member) => (!member.privacy || member.privacy === 'public') && !member.name.startsWith('#') && !member.name.startsWith('_');
/** A default worth showing is a literal; source text (`new Announcer(this)`, arrow functions) is not. */
const literalDefault = (text) => text !== undefined && /^('[^'\n]*'|"[^"\n]*"|-?\d[\d._]*|true|false|null|undefined|\[\]|\{\})$/.test(text);

function cleanMembers(list) {
  return list?.filter(isPublic).map((m) => {
    const out = { ...m };
    if (!literalDefault(out.default)) delete out.default;
    return out;
  });
}

function cleanDeclaration(decl, tokens, where, details) {
  const out = { ...decl };
  const fields = new Map((decl.members ?? []).map((m) => [m.name, m]));
  out.members = cleanMembers(decl.members);
  // An event's `detail` is declared on the generic base (`detail: T`): name the type it has here.
  const detail = details.get(decl.name);
  if (detail) out.members = out.members?.map((m) => (m.name === 'detail' ? { ...m, type: { text: detail } } : m));
  out.attributes = decl.attributes?.filter((a) => !a.fieldName || (fields.has(a.fieldName) && isPublic(fields.get(a.fieldName)))).map((a) => {
    const copy = { ...a };
    if (!literalDefault(copy.default)) delete copy.default;
    return copy;
  });
  if (decl.customElement && decl.tagName) out.cssProperties = [...(decl.cssProperties ?? []), ...tokens.filter((t) => !(decl.cssProperties ?? []).some((p) => p.name === t.name))];
  for (const key of ['members', 'attributes', 'cssProperties']) if (!out[key]?.length) delete out[key];
  return relink(out, where);
}

/** Points `module` references at the public module that declares the class, or drops an internal one's path. */
function relink(value, where) {
  if (Array.isArray(value)) return value.map((v) => relink(v, where));
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) out[key] = relink(v, where);
  if (typeof out.module === 'string' && typeof out.name === 'string' && !('kind' in out)) {
    const home = where.get(out.name);
    if (home) out.module = home;
    else delete out.module;
  }
  return out;
}

/**
 * @param {{ modules: any[] }} manifest the analyzer's output (mutated in place)
 * @param {{ name: string, default: string, description: string }[]} tokens every public `--authsec-*` token
 * @param {string} root repository root
 * @param {Map<string, string>} details event class → the name of its `detail` type
 */
export function publicManifest(manifest, tokens, root, details) {
  const declarations = new Map();
  for (const mod of manifest.modules) for (const decl of mod.declarations ?? []) if (decl.kind === 'class') declarations.set(decl.name, decl);
  const elements = defineEntries(root).map(({ tag, esm }) => {
    const decl = [...declarations.values()].find((d) => d.customElement && d.tagName === tag);
    if (!decl) throw new Error(`custom-elements.json: no class declares <${tag}>`);
    return { tag, path: esm.replace(/^\.\//, ''), decl };
  });
  const eventNames = [...declarations.keys()].filter((name) => /^Authsec\w*Event$/.test(name) && !/^AuthsecUi|^AuthsecDetailEvent$/.test(name)).sort();
  const indexNames = [...INDEX_CLASSES, ...eventNames].filter((name) => declarations.has(name) && name !== 'AuthsecProvider');

  const where = new Map(indexNames.map((name) => [name, INDEX]));
  for (const { path, decl } of elements) where.set(decl.name, path);

  const js = (name) => ({ kind: 'js', name, declaration: { name, module: where.get(name) } });
  const modules = elements.map(({ tag, path, decl }) => ({
    kind: 'javascript-module',
    path,
    declarations: [cleanDeclaration(decl, tokens, where, details)],
    exports: [
      js(decl.name),
      ...[...new Set((decl.events ?? []).map((e) => e.type?.text))].filter((name) => where.has(name)).sort().map(js),
      { kind: 'custom-element-definition', name: tag, declaration: { name: decl.name, module: path } },
    ],
  }));
  modules.unshift({
    kind: 'javascript-module',
    path: INDEX,
    declarations: indexNames.map((name) => cleanDeclaration(declarations.get(name), tokens, where, details)),
    exports: [...indexNames, 'AuthsecProvider'].sort().map(js),
  });
  manifest.modules = modules;
  return manifest;
}
