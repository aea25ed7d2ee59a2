import { expect } from '@open-wc/testing';
import {
  checkBaseUrl, checkName, checkPath, checkRegistration, createRequest, emptyDraft, firstProblemField,
  previewResourceUri, serverProblem, updateRequest,
} from '../../src/model/registration-form.js';

describe('model: registration form', () => {
  it('requires a name with at least one letter or digit (the scope namespace)', () => {
    expect(checkName('')).to.equal('name_empty');
    expect(checkName('   ')).to.equal('name_empty');
    expect(checkName('!!!')).to.equal('name_no_slug');
    expect(checkName('GitHub MCP Server')).to.equal(undefined);
  });

  it('caps the name at 100 characters (counted as a person counts them, not UTF-16 units)', () => {
    expect(checkName('a'.repeat(100))).to.equal(undefined);
    expect(checkName('a'.repeat(101))).to.equal('name_too_long');
    expect(checkName(`${'😀'.repeat(99)}a`)).to.equal(undefined);
    expect(checkName(`  ${'a'.repeat(100)}  `)).to.equal(undefined);
  });

  it('refuses a user name or password before the host: it hides the real host', () => {
    expect(checkBaseUrl('https://trusted.example@evil.example')).to.equal('url_has_userinfo');
    expect(checkBaseUrl('https://user:pass@mcp.acme.example/mcp')).to.equal('url_has_userinfo');
    expect(checkBaseUrl('https://:pass@mcp.acme.example')).to.equal('url_has_userinfo');
    expect(checkBaseUrl('http://localhost@evil.example')).to.equal('url_has_userinfo');
    expect(checkBaseUrl('https://mcp.acme.example/path@v2')).to.equal(undefined);
  });

  it('requires https, except localhost and 127.0.0.1', () => {
    expect(checkBaseUrl('')).to.equal('url_empty');
    expect(checkBaseUrl('mcp.acme.example')).to.equal('url_invalid');
    expect(checkBaseUrl('ftp://mcp.acme.example')).to.equal('url_invalid');
    expect(checkBaseUrl('http://mcp.acme.example')).to.equal('url_not_https');
    expect(checkBaseUrl('http://localhost.evil.example')).to.equal('url_not_https');
    expect(checkBaseUrl('https://mcp.acme.example?x=1')).to.equal('url_has_query');
    expect(checkBaseUrl('https://mcp.acme.example')).to.equal(undefined);
    expect(checkBaseUrl('http://localhost:8000')).to.equal(undefined);
    expect(checkBaseUrl('http://127.0.0.1:8000')).to.equal(undefined);
    // AuthSec's rule names two hosts; the IPv6 loopback is refused like any other http URL.
    expect(checkBaseUrl('http://[::1]:8000')).to.equal('url_not_https');
  });

  it('requires a path with a leading slash and nothing AuthSec would not append verbatim', () => {
    expect(checkPath('')).to.equal('path_empty');
    expect(checkPath('mcp')).to.equal('path_no_slash');
    expect(checkPath('/m cp')).to.equal('path_invalid');
    expect(checkPath('/mcp?x')).to.equal('path_invalid');
    expect(checkPath('//evil.example')).to.equal('path_invalid');
    expect(checkPath('/mcp')).to.equal(undefined);
    expect(checkPath('/api/v1/mcp')).to.equal(undefined);
  });

  it('reports only touched fields while typing, every field on submit, in screen order', () => {
    const draft = { ...emptyDraft(), protectedPath: 'mcp', registrationModes: [] };
    expect(checkRegistration(draft, new Set(['protectedPath']))).to.deep.equal({ protectedPath: 'path_no_slash' });
    const all = checkRegistration(draft);
    expect(all).to.deep.equal({ name: 'name_empty', publicBaseUrl: 'url_empty', protectedPath: 'path_no_slash', registrationModes: 'modes_empty' });
    expect(firstProblemField(all)).to.equal('name');
  });

  it('composes the Resource URI live as AuthSec does', () => {
    expect(previewResourceUri('https://mcp.acme.example/', '/mcp')).to.equal('https://mcp.acme.example/mcp');
    expect(previewResourceUri('https://mcp.acme.example', '')).to.equal('https://mcp.acme.example/mcp');
    expect(previewResourceUri('https://mcp.acme', 'mcp')).to.equal(undefined);
    expect(previewResourceUri('mcp.acme', '/mcp')).to.equal(undefined);
  });

  it('builds the create body with the chosen preset (blank = none) and modes in canonical order', () => {
    const body = createRequest({
      name: ' GitHub MCP ', publicBaseUrl: ' https://mcp.acme.example ', protectedPath: '/mcp', applicationType: 'ai_agent',
      presetId: 'read_write', registrationModes: ['prereg', 'dcr'],
    });
    expect(body).to.deep.equal({
      name: 'GitHub MCP', public_base_url: 'https://mcp.acme.example', protected_base_path: '/mcp', application_type: 'ai_agent',
      registration_modes: ['dcr', 'prereg'], scope_preset_id: 'read_write',
    });
    expect(createRequest({ ...emptyDraft(), presetId: 'blank' })).not.to.have.property('scope_preset_id');
  });

  it('sends only what changed on edit', () => {
    const current = { name: 'Docs', public_base_url: 'https://docs.acme.example', protected_base_path: '/mcp' };
    expect(updateRequest(current, { name: 'Docs', publicBaseUrl: 'https://docs.acme.example/', protectedPath: '/mcp' })).to.equal(undefined);
    expect(updateRequest(current, { name: 'Docs 2', publicBaseUrl: 'https://docs.acme.example', protectedPath: '/v2/mcp' }))
      .to.deep.equal({ name: 'Docs 2', protected_base_path: '/v2/mcp' });
  });

  it('maps AuthSec 400 messages to their field', () => {
    expect(serverProblem('a resource server with this URL already exists (resource_uri=https://x/mcp)')).to.deep.equal({ field: 'publicBaseUrl', problem: 'duplicate' });
    expect(serverProblem('public_base_url must use https (http is allowed only for localhost and 127.0.0.1)')).to.deep.equal({ field: 'publicBaseUrl', problem: 'not_https' });
    expect(serverProblem('public_base_url is required')).to.deep.equal({ field: 'publicBaseUrl', problem: 'url_invalid' });
    expect(serverProblem('name is required')).to.deep.equal({ field: 'name', problem: 'name' });
    expect(serverProblem('invalid registration mode: x')).to.deep.equal({ field: 'registrationModes', problem: 'modes' });
    expect(serverProblem('unknown scope_preset_id: x')).to.deep.equal({ field: 'presetId', problem: 'preset' });
    expect(serverProblem('database is on fire')).to.equal(undefined);
  });
});
