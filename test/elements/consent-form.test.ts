/**
 * `<authsec-consent-screen>` on today's AuthSec consent contract: the server-rendered HTML form of
 * `/authsec/hmgr/consent` (authsec-api-current.md §3.3). AuthSec's own page, recorded in
 * test/fixtures/hmgr/consent.authsec.html from hmgr_controller.go, is enhanced in place by the
 * drop-in's `upgradeConsentPage`; decisions go through AuthSec's own form fields (a submit the test
 * stops and reads, as the server would); a form that does not look as expected is left alone.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/consent-screen/define.js';
import type { AuthsecConsentScreen } from '../../src/elements/consent-screen/consent-screen.js';
import type { AuthsecConsentDecidedEvent } from '../../src/elements/consent-screen/events.js';
import { upgradeConsentPage } from '../../src/elements/consent-screen/hosted-form.js';
import { settled, shadowText as text, until } from '../helpers/element.js';

const page = fetch(new URL('../fixtures/hmgr/consent.authsec.html', import.meta.url)).then((r) => r.text());

/** AuthSec's page body (its `<main>`) in a fresh container, as the browser parsed it. */
async function authsecPage(edit?: (main: HTMLElement) => void): Promise<HTMLElement> {
  const doc = new DOMParser().parseFromString(await page, 'text/html');
  const main = document.importNode(doc.querySelector('main')!, true);
  edit?.(main);
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.append(main);
  return host;
}

/** Submissions of the form, stopped and read as the server would read the POST body. */
function captureSubmits(form: HTMLFormElement): URLSearchParams[] {
  const posts: URLSearchParams[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = new URLSearchParams();
    for (const [k, v] of new FormData(form, (event as SubmitEvent).submitter)) body.append(k, String(v));
    posts.push(body);
  });
  return posts;
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const boxes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.scope input[type="checkbox"]')];
const allow = (el: Element) => $<HTMLButtonElement>(el, 'button[part="allow"]')!;
const deny = (el: Element) => $<HTMLButtonElement>(el, 'button[part="deny"]')!;
const rendered = (node: Element) => node.getClientRects().length > 0;

async function upgraded(edit?: (main: HTMLElement) => void) {
  const host = await authsecPage(edit);
  upgradeConsentPage(document);
  const el = host.querySelector<AuthsecConsentScreen>('authsec-consent-screen')!;
  expect(el, 'the page was upgraded').to.exist;
  await until(el, () => !!$(el, 'button[part="allow"]'));
  const form = el.querySelector('form')!;
  return { host, el, form, posts: captureSubmits(form) };
}

describe('<authsec-consent-screen> on AuthSec\'s HTML consent form', () => {
  it('upgrades AuthSec\'s own page in place: its form read by fields and structure, its plain UI hidden', async () => {
    const { host, el, form } = await upgraded();
    // AuthSec's heading, introduction and form are inside the element now, not shown.
    expect(el.querySelector('h1')?.textContent).to.equal('Authorize access');
    expect([rendered(form), rendered(el.querySelector('h1')!)]).to.deep.equal([false, false]);
    expect(host.querySelectorAll('form').length).to.equal(1);
    const said = text(el);
    expect(said).to.contain('dcr-5f2b9c1e7a44d03b wants access');
    // Highest risk first, with AuthSec's titles, risks and descriptions.
    expect([...el.shadowRoot!.querySelectorAll('.scope label')].map((l) => l.textContent!.trim())).to.deep.equal(['Edit documents', 'Search documents']);
    expect(said).to.contain('High risk');
    expect(said).to.contain('Create, change & delete documents.');
    expect(said).to.contain("Search the company's documents by keyword.");
    // The scope AuthSec will not grant, in the screen's words, led by a label as granted ones are.
    expect(said).to.contain('Administer this application docs_search:admin Your account does not have this permission.');
    // AuthSec's default: remember is ticked.
    expect($<HTMLInputElement>(el, '.remember input')!.checked).to.equal(true);
    expect(boxes(el).every((b) => b.checked)).to.equal(true);
    expect(allow(el).disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('Allow posts AuthSec\'s own fields: only the ticked scopes, remember as chosen, action=allow; once', async () => {
    const { el, posts } = await upgraded();
    boxes(el)[0]!.click(); // untick "Edit documents"
    $<HTMLInputElement>(el, '.remember input')!.click(); // do not remember
    await el.updateComplete;
    const decided = oneEvent(el, 'authsec-consent-decided') as Promise<AuthsecConsentDecidedEvent>;
    allow(el).click();
    allow(el).click(); // a double click sends one decision
    const event = await decided;
    expect(event.detail).to.deep.equal({ decision: 'allow', grantedScopes: ['docs_search:docs:search'], redirectHost: '' });
    await settled(el);
    expect(posts.map((p) => [...p])).to.deep.equal([
      [['consent_challenge', 'ch_7d1c0f3e9a2b4c6d8e0f1a2b3c4d5e6f'], ['grant_scope', 'docs_search:docs:search'], ['action', 'allow']],
    ]);
    expect(text(el)).to.contain('Sending your decision');
  });

  it('Deny posts action=deny; a host can hold the decision and continue it', async () => {
    const { el, posts } = await upgraded();
    el.addEventListener('authsec-consent-decided', (e) => e.preventDefault(), { once: true });
    const decided = oneEvent(el, 'authsec-consent-decided') as Promise<AuthsecConsentDecidedEvent>;
    deny(el).click();
    const event = await decided;
    await settled(el);
    expect(posts).to.have.length(0);
    event.continue();
    await settled(el);
    expect(posts.map((p) => p.get('action'))).to.deep.equal(['deny']);
    expect(posts[0]!.getAll('grant_scope'), 'no scope travels with a denial').to.deep.equal([]);
  });

  it('leaves a form that does not look as expected untouched, still working', async () => {
    for (const [what, edit] of [
      ['no challenge', (m: HTMLElement) => m.querySelector('input[name="consent_challenge"]')!.remove()],
      ['no Deny button', (m: HTMLElement) => m.querySelector('button[value="deny"]')!.remove()],
      ['a scope row without its checkbox', (m: HTMLElement) => m.querySelector('fieldset label input')!.remove()],
      ['a form posting elsewhere', (m: HTMLElement) => m.querySelector('form')!.setAttribute('action', '/login')],
    ] as const) {
      const host = await authsecPage(edit);
      upgradeConsentPage(document);
      expect(host.querySelector('authsec-consent-screen'), what).to.equal(null);
      const form = host.querySelector('form')!;
      expect(rendered(form), what).to.equal(true);
      form.closest('div')!.remove();
    }
  });

  it('an element around a form it does not recognise shows that form as it is', async () => {
    const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen>
      <form method="post" action="/authsec/hmgr/consent"><p>Something else</p><button name="action" value="allow">Go</button></form>
    </authsec-consent-screen>`);
    await el.updateComplete;
    expect(rendered(el.querySelector('form')!)).to.equal(true);
    expect($(el, '[part="card"]')).to.equal(null);
  });

  it('adds what the page\'s JSON knows to the form: client name, return address, the tools behind a scope', async () => {
    const { el } = await upgraded((main) => {
      // AuthSec titles a refused scope by its display name when it has one.
      main.querySelector('fieldset label:last-child strong')!.textContent = 'Administer documents';
      const data = document.createElement('script');
      data.type = 'application/json';
      data.id = 'authsec-consent-data';
      data.textContent = JSON.stringify({
        client_name: 'Claude Desktop', registration_type: 'dcr', redirect_uri: 'http://127.0.0.1:33418/callback',
        application_name: 'Docs Search', resource_uri: 'https://docs-mcp.acme.example/mcp',
        // The form is the request: a scope the JSON claims is grantable but the form does not offer is not.
        grantable_scopes: ['docs_search:admin'],
        // Refused scopes by their scope string (the form has only titles), each listed once.
        requested_scopes: ['docs_search:docs:search', 'docs_search:docs:write', 'docs_search:admin'],
        rejected_scopes: { 'docs_search:admin': 'not_bound' },
        scope_details: [{ scope: 'docs_search:docs:search', display_name: 'Ignored, the form says', tools: ['search_documents'] }],
      });
      main.append(data);
    });
    const said = text(el);
    expect(said).to.contain('Claude Desktop wants to access Docs Search');
    expect(said).to.contain('Unverified: this app registered itself');
    expect(said).to.contain('sent to 127.0.0.1');
    expect(said).to.contain('Unlocks: search_documents');
    expect(said).not.to.contain('Ignored, the form says');
    expect([...el.shadowRoot!.querySelectorAll('.blocked li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Administer this application docs_search:admin Your account does not have this permission. Ask your administrator if you need it.',
    ]);
    expect(boxes(el)).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});
