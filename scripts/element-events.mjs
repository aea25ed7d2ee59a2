// Which events each element really dispatches, read from the source: every `static readonly
// eventName = '…'` names an event class, and an element dispatches the classes its own folder
// constructs (`new AuthsecXxxEvent(`). The manifest plugin keeps exactly these, typed; the check
// (test/node/manifest-events.test.ts) compares the committed manifest with them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const read = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));

/** Event class name → event name, from every `static readonly eventName` under `src`. */
export function eventClasses(src = 'src') {
  const out = new Map();
  for (const { text } of read(src)) {
    // The class line may carry a generic with braces (`AuthsecDetailEvent<{ … }>`): match up to its line end.
    for (const m of text.matchAll(/export class (\w+)[^\n]*\{\n\s*static readonly eventName = '([^']+)'/g)) out.set(m[1], m[2]);
  }
  return out;
}

/**
 * Event class name → the name of its `detail` type: the generic of `extends AuthsecDetailEvent<X>`,
 * or a class's own `readonly detail: X`. Framework typings key handlers on it (`CustomEvent<X>`).
 */
export function eventDetails(src = 'src') {
  const out = new Map();
  for (const { text } of read(src)) {
    for (const m of text.matchAll(/export class (\w+Event) extends AuthsecDetailEvent<(\w+)>/g)) out.set(m[1], m[2]);
    for (const m of text.matchAll(/export class (\w+Event) extends Event \{[^}]*?readonly detail: (\w+);/g)) out.set(m[1], m[2]);
  }
  return out;
}

/** Tag → the events its element folder dispatches: `[{ name, type }]`, sorted by name. */
export function dispatchedEvents(src = 'src') {
  const classes = eventClasses(src);
  const byTag = new Map();
  const elements = join(src, 'elements');
  for (const folder of readdirSync(elements)) {
    const files = read(join(elements, folder));
    const tag = files.map((f) => /defineElement\('([^']+)'/.exec(f.text)?.[1]).find(Boolean);
    if (!tag) continue;
    const used = new Set(files.flatMap((f) => [...f.text.matchAll(/new (Authsec\w+Event)\(/g)].map((m) => m[1])));
    byTag.set(tag, [...used].filter((c) => classes.has(c)).map((c) => ({ name: classes.get(c), type: c })).sort((a, b) => a.name.localeCompare(b.name)));
  }
  return byTag;
}
