// The library's own translations, as a page meets them: the element's `locale`, else its provider's,
// else the nearest `lang` on the page, else English; the language's file loads on first use (the
// consent screen loads its own words alone); Arabic reads right to left with its plural forms;
// a host's registerLocale wins over ours; dates and numbers follow the same locale.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/consent-screen/define.js';
import '../../src/elements/applications-list/define.js';
import '../../src/context/define.js';
import type { AuthsecConsentScreen } from '../../src/elements/consent-screen/consent-screen.js';
import { createTranslator, formatList, formatMessage, registerLocale, resetMessages } from '../../src/i18n/catalog.js';
import { consent as fr } from '../../src/i18n/locales/fr/consent.js';
import { consent as de } from '../../src/i18n/locales/de/consent.js';
import { consent as ar } from '../../src/i18n/locales/ar/consent.js';
import { apps as arApps } from '../../src/i18n/locales/ar/apps.js';
import { until } from '../helpers/element.js';

const data = { success: true, consent_challenge: 'c', client_name: 'Acme Agent', application_name: 'Docs', registration_type: 'dcr', requested_scopes: ['docs:read'], grantable_scopes: ['docs:read'] };
const screen = (attrs = '') => {
  const el = document.createElement('authsec-consent-screen') as AuthsecConsentScreen;
  el.setAttribute('base-url', 'https://authsec.example');
  if (attrs) el.setAttribute('locale', attrs);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  el.append(script);
  return el;
};
const title = (el: HTMLElement) => el.shadowRoot?.querySelector('#title')?.textContent?.replace(/\s+/g, ' ').trim();
const expected = (template: string) => formatMessage(template, { client: 'Acme Agent', application: 'Docs' });

describe('translations loaded on demand', () => {
  afterEach(() => resetMessages());

  it('follows the nearest lang on the page, across shadow roots, and loads the language on first use', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const host = document.createElement('div');
    wrapper.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const el = screen();
    root.append(el);
    await until(el, () => title(el) === expected(fr['consent.title']));
    expect(el.shadowRoot!.querySelector('[part="card"]')!.getAttribute('dir')).to.equal('ltr');
  });

  it('lets the element\'s locale win over the page, and the provider\'s over the page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="fr"><authsec-provider locale="de"></authsec-provider></div>`);
    const own = screen('ar');
    page.append(own);
    const provided = screen();
    page.querySelector('authsec-provider')!.append(provided);
    await until(own, () => title(own) === expected(ar['consent.title']));
    await until(provided, () => title(provided) === expected(de['consent.title']));
    expect(own.shadowRoot!.querySelector('[part="card"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('speaks English where the page asks for a language we do not ship, or none', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="sw"></div>`);
    const el = screen();
    page.append(el);
    await until(el, () => title(el) === 'Acme Agent wants to access Docs');
  });

  it('keeps a host\'s registerLocale over the library\'s words, whichever came first', async () => {
    registerLocale('fr', { 'consent.title': 'Host: {client} → {application}' });
    const page = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const el = screen();
    page.append(el);
    // Our French arrives (the deny button turns French), the host's title stays.
    await until(el, () => el.shadowRoot!.textContent!.includes(fr['consent.deny'] ?? '\u0000'));
    expect(title(el)).to.equal('Host: Acme Agent → Docs');
  });

  it('uses the language\'s plural forms (Arabic has six)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="ar"></div>`);
    const el = screen();
    page.append(el);
    await until(el, () => title(el) === expected(ar['consent.title']));
    // The admin words came with the admin pack; load them through an admin element on the same page.
    page.append(document.createElement('authsec-applications-list'));
    const t = createTranslator('ar');
    await until(el, () => t('apps.count', { count: 2 }) === formatMessage(arApps['apps.count.two']!, { count: 2 }, 'ar'));
    expect(t('apps.count', { count: 0 })).to.equal(formatMessage(arApps['apps.count.zero']!, { count: 0 }, 'ar'));
    expect(t('apps.count', { count: 5 })).to.equal(formatMessage(arApps['apps.count.few']!, { count: 5 }, 'ar'));
    expect(t('apps.count', { count: 11 })).to.equal(formatMessage(arApps['apps.count.many']!, { count: 11 }, 'ar'));
  });

  it('lists names the language\'s way (English unchanged: "a, b, c")', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).to.equal('a, b, c');
    expect(formatList(['a', 'b', 'c'], 'ja')).to.equal('a、b、c');
    expect(formatList(['a', 'b', 'c'], 'ar')).to.equal('a وb وc');
    expect(formatList(['a', 'b'], 'de')).to.equal('a und b');
  });
});
