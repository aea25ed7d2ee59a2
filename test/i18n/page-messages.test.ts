// The hosted consent page's words with no code (src/i18n/page-messages.ts, what the consent drop-in
// runs before it defines the screen): the page's language loads our translation; the operator's
// `<script type="application/json" id="authsec-messages">` wins, applies to its `lang` (else the
// page's, else English), is parsed and never run, and a broken one costs nothing but a warning.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/consent-screen/define.js';
import type { AuthsecConsentScreen } from '../../src/elements/consent-screen/consent-screen.js';
import { createTranslator, resetMessages } from '../../src/i18n/catalog.js';
import { consent as fr } from '../../src/i18n/locales/fr/consent.js';
import { consentEn } from '../../src/i18n/messages/consent.en.js';
import { loadPageMessages } from '../../src/i18n/page-messages.js';
import { until } from '../helpers/element.js';

/** A page of its own: `lang` on `<html>`, and the operator's JSON (raw text) when given. */
function page(lang: string | null, messages?: { json: string; lang?: string; type?: string }): Document {
  const doc = document.implementation.createHTMLDocument('consent');
  if (lang !== null) doc.documentElement.lang = lang;
  if (messages) {
    const script = doc.createElement('script');
    script.id = 'authsec-messages';
    script.type = messages.type ?? 'application/json';
    if (messages.lang) script.lang = messages.lang;
    script.textContent = messages.json;
    doc.head.append(script);
  }
  return doc;
}

describe('the hosted page’s own words (page-messages)', () => {
  afterEach(() => resetMessages());

  it('loads our translation for the page’s language, regional tags included', async () => {
    await loadPageMessages(page('fr-CA'));
    expect(createTranslator('fr-CA')('consent.deny')).to.equal(fr['consent.deny']);
    expect(createTranslator('en')('consent.deny')).to.equal(consentEn['consent.deny']);
  });

  it('loads nothing for English, a language we lack, or a page without lang, and keeps English', async () => {
    for (const lang of ['en', 'it', 'not a tag', null]) await loadPageMessages(page(lang));
    expect(createTranslator('it')('consent.deny')).to.equal(consentEn['consent.deny']);
  });

  it('takes the operator’s words for the script’s lang, else the page’s, else English; ours fill the rest', async () => {
    await loadPageMessages(page('fr', { json: JSON.stringify({ 'consent.allow': 'Oui, autoriser' }) }));
    const t = createTranslator('fr');
    expect(t('consent.allow')).to.equal('Oui, autoriser');
    expect(t('consent.deny')).to.equal(fr['consent.deny']);
    resetMessages();
    await loadPageMessages(page('en', { json: JSON.stringify({ 'consent.deny': 'Nein danke' }), lang: 'de' }));
    expect(createTranslator('de')('consent.deny')).to.equal('Nein danke');
    expect(createTranslator('en')('consent.deny')).to.equal(consentEn['consent.deny']);
    resetMessages();
    await loadPageMessages(page(null, { json: JSON.stringify({ 'consent.deny': 'No thanks' }) }));
    expect(createTranslator('en')('consent.deny')).to.equal('No thanks');
  });

  it('keeps only known key shapes with string values, and ignores a block that is not JSON data', async () => {
    const json = JSON.stringify({ 'consent.deny': 42, 'consent.allow': { toString: 'x' }, __proto__: 'x', 'not a key': 'x', 'consent.remember': 'Remember me' });
    await loadPageMessages(page('en', { json }));
    const t = createTranslator('en');
    expect(t('consent.deny')).to.equal(consentEn['consent.deny']);
    expect(t('consent.allow')).to.equal(consentEn['consent.allow']);
    expect(t('consent.remember')).to.equal('Remember me');
    resetMessages();
    // A classic script with that id is code, not our data: never read, never run.
    await loadPageMessages(page('en', { json: JSON.stringify({ 'consent.deny': 'Taken' }), type: 'text/javascript' }));
    expect(createTranslator('en')('consent.deny')).to.equal(consentEn['consent.deny']);
  });

  it('warns about unreadable JSON or a bad lang, and the page goes on in our words', async () => {
    const warned: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args);
    try {
      await loadPageMessages(page('fr', { json: '{"consent.allow": "Oui",' }));
      await loadPageMessages(page('fr', { json: '{"consent.allow": "Oui"}', lang: 'x y z' }));
    } finally {
      console.warn = warn;
    }
    expect(warned).to.have.length(2);
    expect(String(warned[0]![0])).to.include('#authsec-messages');
    expect(createTranslator('fr')('consent.allow')).to.equal(fr['consent.allow']);
  });

  it('shows the operator’s words as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">Allow';
    await loadPageMessages(page('en', { json: JSON.stringify({ 'consent.allow': hostile }) }));
    const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example"
      ><script type="application/json">${JSON.stringify({ success: true, consent_challenge: 'c', client_name: 'Acme', requested_scopes: ['docs:read'], grantable_scopes: ['docs:read'] })}</script></authsec-consent-screen
    >`);
    const allow = () => el.shadowRoot?.querySelector('[part=allow]');
    await until(el, () => allow()?.textContent?.trim() === hostile);
    expect(allow()!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
