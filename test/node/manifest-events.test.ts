// custom-elements.json tells tools (Storybook, IDEs, framework type generators) which events each
// element fires. It must list exactly the events the element dispatches, each typed by its class
// and described by the element's `@fires`; and no `@fires` may promise an event nobody dispatches.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { dispatchedEvents, eventClasses } from '../../scripts/element-events.mjs';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');
interface ManifestEvent { name?: string; type?: { text?: string }; description?: string }
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
  modules: { declarations?: { customElement?: boolean; tagName?: string; events?: ManifestEvent[] }[] }[];
};
const declared = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, d.events ?? []]));
const dispatched = dispatchedEvents(src);

/** The `@fires` names written in an element folder's sources. */
function firesTags(tag: string): string[] {
  const folder = readdirSync(join(src, 'elements')).find((f) =>
    readdirSync(join(src, 'elements', f)).some((file) => readFileSync(join(src, 'elements', f, file), 'utf8').includes(`defineElement('${tag}'`)));
  const text = readdirSync(join(src, 'elements', folder!)).map((f) => readFileSync(join(src, 'elements', folder!, f), 'utf8')).join('\n');
  return [...text.matchAll(/@fires\s+([\w-]+)/g)].map((m) => m[1]!).sort();
}

describe('custom-elements.json events', () => {
  it('finds every event class, also behind a generic with braces', () => {
    const classes = eventClasses(src);
    assert.equal(classes.get('AuthsecApplicationCreatedEvent'), 'authsec-application-created');
    assert.equal(classes.get('AuthsecNavigateEvent'), 'authsec-navigate');
    assert.ok(dispatched.size >= 11, `elements found: ${[...dispatched.keys()].join(', ')}`);
  });

  for (const [tag, events] of dispatched) {
    it(`${tag}: lists exactly what it dispatches, typed and described, and its @fires promise nothing more`, () => {
      const listed = declared.get(tag) ?? [];
      assert.deepEqual(listed.map((e) => e.name).sort(), events.map((e) => e.name), 'manifest events = dispatched events');
      for (const e of listed) {
        assert.ok(e.type?.text?.endsWith('Event'), `${e.name} has its class as type`);
        assert.ok(e.description, `${e.name} is described by an @fires in ${tag}`);
      }
      assert.deepEqual(firesTags(tag), events.map((e) => e.name), '@fires = dispatched events');
    });
  }
});
