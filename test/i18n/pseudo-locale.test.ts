// A pseudo-locale (accented, 40 % longer, bracketed) makes English that bypassed the catalog stand
// out: every element, rendered in it on the emulator, must show no sentence of the English catalog.
import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/benign-errors.js';
import '../../src/define-all.js';
import en from '../../src/i18n/messages.en.js';
import { registerLocale, resetMessages, type PartialMessages } from '../../src/i18n/catalog.js';
import { mountAdmin } from '../helpers/mount.js';
import { SEED } from '../helpers/emulator.js';
import { until } from '../helpers/element.js';

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', s: 'š', y: 'ý', A: 'Å', E: 'É', I: 'Î', O: 'Ø', U: 'Û', C: 'Ç', N: 'Ñ', S: 'Š' };
/** `[Ŝàvé ·····]`: placeholders kept, letters accented, 40 % longer, bracketed. */
export const pseudo = (text: string): string => {
  const body = text.split(/(\{\w+\})/).map((part) => (/^\{\w+\}$/.test(part) ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTS[c] ?? c))).join('');
  return `[${body} ${'·'.repeat(Math.ceil(text.length * 0.4))}]`;
};

/** Pieces of English sentences (between placeholders, three words or more) that must not appear. */
const english = [...new Set(Object.values(en as Record<string, string>).flatMap((v) => v.split(/\{\w+\}/)).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 3))];

/** Text and labelling attributes in an element's shadow tree, nested elements included. */
function shown(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE && node.parentElement?.localName !== 'style' && node.textContent!.trim()) out.push(node.textContent!.trim());
    if (node instanceof Element) {
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) if (node.getAttribute(name)) out.push(node.getAttribute(name)!);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

const leaks = (el: Element) => shown(el.shadowRoot!).filter((text) => english.some((sentence) => text.includes(sentence)));

describe('pseudo-locale: no English outside the catalog', () => {
  before(() => registerLocale('en-XA', Object.fromEntries(Object.entries(en).map(([k, v]) => [k, pseudo(v)])) as PartialMessages));
  after(() => resetMessages());

  it('pseudo-localises as promised', () => {
    expect(pseudo('Save {count} tools')).to.equal('[Šávé {count} töölš ········]');
    expect(english.length).to.be.above(500);
  });

  it('would catch English: the same check finds it in an element left in English', async () => {
    const { el } = await mountAdmin<HTMLElement>('authsec-applications-list');
    expect(leaks(el).length).to.be.above(3);
  });

  const admin: [string, string | undefined][] = [
    ['authsec-applications-list', undefined],
    ['authsec-admin-console', SEED.apps.docsSearch],
    ['authsec-tool-scope-mapper', SEED.apps.github],
    ['authsec-scope-editor', SEED.apps.docsSearch],
    ['authsec-access-policy', SEED.apps.docsSearch],
    ['authsec-launch-queue', SEED.apps.github],
    ['authsec-connections', SEED.apps.docsSearch],
    ['authsec-consent-grants', SEED.apps.docsSearch],
    ['authsec-access-explorer', SEED.apps.docsSearch],
    ['authsec-app-registration', undefined],
  ];
  for (const [tag, appId] of admin) {
    it(`${tag} shows only catalog words`, async () => {
      const { el } = await mountAdmin<HTMLElement>(tag, { appId, attrs: { locale: 'en-XA' } });
      await until(el as never, () => shown(el.shadowRoot!).filter((t) => t.includes('·')).length > 3);
      expect(leaks(el)).to.deep.equal([]);
    });
  }

  it('authsec-consent-screen shows only catalog words', async () => {
    const data = JSON.stringify({ success: true, consent_challenge: 'c', client_name: 'Acme Agent', application_name: 'Docs', registration_type: 'dcr', requested_scopes: ['docs:read'], grantable_scopes: ['docs:read'] });
    const el = await fixture<HTMLElement>(html`<authsec-consent-screen locale="en-XA" base-url="https://authsec.example"><script type="application/json">${data}</script></authsec-consent-screen>`);
    await until(el as never, () => shown(el.shadowRoot!).filter((t) => t.includes('·')).length > 3);
    expect(leaks(el)).to.deep.equal([]);
  });
});
