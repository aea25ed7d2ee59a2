import { expect } from '@open-wc/testing';
import {
  configFromApplication, configFromCreated, envSnippet, envValue, goSnippet, goString, jsString, pyString, pythonSnippet,
  sdkSnippet, SNIPPET_LANGUAGES, typescriptSnippet,
} from '../../src/model/sdk-snippets.js';
import { listenAddress } from '../../src/model/listen-address.js';

const created = {
  id: '525da3b4-4206-4070-ad68-90cc3a6de43b',
  issuer_url: 'https://dev.api.authsec.dev',
  resource_url: 'https://mcp.example.com/mcp',
  jwks_uri: 'https://dev.api.authsec.dev/oauth/jwks',
  introspection_endpoint: 'https://dev.api.authsec.dev/oauth/introspect',
  scope_matrix_url: 'https://dev.api.authsec.dev/authsec/resource-servers/525da3b4-4206-4070-ad68-90cc3a6de43b/sdk-policy',
  manifest_url: 'https://dev.api.authsec.dev/authsec/resource-servers/525da3b4-4206-4070-ad68-90cc3a6de43b/sdk-manifest',
  validation_mode: 'auto',
  scopes_supported: ['github_mcp_server:tools:read', 'github_mcp_server:tools:write'],
  status: 'pending_scan',
};
const values = configFromCreated(created, { name: 'GitHub MCP Server', protectedPath: '/mcp' });

describe('model: SDK snippets', () => {
  it('Python matches the documented quickstart for the response, secret from the environment', () => {
    expect(pythonSnippet(values)).to.equal(`import os

import uvicorn
from fastapi import FastAPI
from authsec_sdk.runtime import Config, PolicyMode, ValidationMode, mount_mcp

cfg = Config(
    issuer="https://dev.api.authsec.dev",
    authorization_server="https://dev.api.authsec.dev",
    jwks_url="https://dev.api.authsec.dev/oauth/jwks",
    introspection_url="https://dev.api.authsec.dev/oauth/introspect",
    introspection_client_id="525da3b4-4206-4070-ad68-90cc3a6de43b",
    introspection_client_secret=os.environ["AUTHSEC_INTROSPECTION_CLIENT_SECRET"],
    resource_server_id="525da3b4-4206-4070-ad68-90cc3a6de43b",
    resource_uri="https://mcp.example.com/mcp",
    resource_name="GitHub MCP Server",
    policy_mode=PolicyMode.REMOTE_REQUIRED,
    validation_mode=ValidationMode.JWT_AND_INTROSPECT,
    publish_manifest=True,
)

app = FastAPI()
mount_mcp(app, "/mcp", your_existing_mcp_handler, cfg)

if __name__ == "__main__":
    # Listens on port 443, the port of https://mcp.example.com/mcp
    # With TLS ended by a proxy or load balancer, use the port it forwards to.
    uvicorn.run(app, host="0.0.0.0", port=443)
`);
  });

  it('Go uses the SDK Config fields, gofmt-aligned', () => {
    const go = goSnippet(values);
    expect(go).to.contain('\t\tIssuer:                    "https://dev.api.authsec.dev",\n');
    expect(go).to.contain('\t\tIntrospectionClientSecret: os.Getenv("AUTHSEC_INTROSPECTION_CLIENT_SECRET"),\n');
    expect(go).to.contain('\t\tPolicyMode:                authsec.PolicyModeRemoteRequired,\n');
    expect(go).to.contain('authsec.MountMCP(mux, "/mcp", yourExistingHandler, cfg)');
    expect(go).to.contain('\t"os"\n');
    expect(go).to.contain('\tlog.Fatal(http.ListenAndServe(":443", mux))\n');
  });

  it('TypeScript reads the environment and mounts the protected path', () => {
    const ts = typescriptSnippet({ ...values, resourceUri: 'https://mcp.example.com/v1/mcp', protectedPath: '/v1/mcp' });
    expect(ts).to.contain('await mountMCP(app, { config: loadConfigFromEnv(), path: "/v1/mcp" });');
    expect(ts).to.contain('app.post("/v1/mcp", yourExistingHandler);');
    expect(ts).to.contain('// Protects https://mcp.example.com/v1/mcp\n');
    expect(ts).to.contain('// and AUTHSEC_INTROSPECTION_CLIENT_SECRET from the environment.\n');
    expect(ts).to.contain('\napp.listen(443);\n');
  });

  it('every snippet listens on the Resource URI\'s port, on loopback only for a local URI, and mounts its path', () => {
    const local = { ...values, resourceUri: 'http://127.0.0.1:8931/mcp' };
    expect(pythonSnippet(local)).to.contain('    uvicorn.run(app, host="127.0.0.1", port=8931)\n');
    expect(goSnippet(local)).to.contain('http.ListenAndServe("127.0.0.1:8931", mux)');
    expect(typescriptSnippet(local)).to.contain('\napp.listen(8931, "127.0.0.1");\n');
    // A plain-http local URI has no TLS proxy to mention.
    expect(pythonSnippet(local)).not.to.contain('TLS');
    // A port in an https URI wins over the scheme's default; the public host is not where the server binds.
    const custom = { ...values, resourceUri: 'https://mcp.example.com:8443/tenant/mcp', protectedPath: '/mcp' };
    expect(goSnippet(custom)).to.contain('http.ListenAndServe(":8443", mux)');
    expect(goSnippet(custom)).to.contain('authsec.MountMCP(mux, "/tenant/mcp", yourExistingHandler, cfg)');
    expect(pythonSnippet(custom)).to.contain('uvicorn.run(app, host="0.0.0.0", port=8443)');
    expect(typescriptSnippet(custom)).to.contain('\napp.listen(8443);\n');
    for (const v of [values, local, custom]) {
      for (const lang of SNIPPET_LANGUAGES) expect(sdkSnippet(lang, v), lang).not.to.match(/\b(8000|8080)\b/);
    }
  });

  it('reads the listen address from the Resource URI, with the scheme\'s default port', () => {
    expect(listenAddress('https://mcp.example.com/mcp')).to.deep.equal({ tls: true, host: '', port: 443, path: '/mcp' });
    expect(listenAddress('http://localhost/mcp')).to.deep.equal({ tls: false, host: 'localhost', port: 80, path: '/mcp' });
    expect(listenAddress('http://127.0.0.1:8931/v1/mcp')).to.deep.equal({ tls: false, host: '127.0.0.1', port: 8931, path: '/v1/mcp' });
    expect(listenAddress('not a url', '/x')).to.deep.equal({ tls: true, host: '', port: 443, path: '/x' });
  });

  it('no snippet ever holds the secret: each reads it from AUTHSEC_INTROSPECTION_CLIENT_SECRET', () => {
    expect(pythonSnippet(values)).to.contain('introspection_client_secret=os.environ["AUTHSEC_INTROSPECTION_CLIENT_SECRET"],');
    expect(goSnippet(values)).to.contain('IntrospectionClientSecret: os.Getenv("AUTHSEC_INTROSPECTION_CLIENT_SECRET"),');
    expect(envSnippet(values)).not.to.match(/^AUTHSEC_INTROSPECTION_CLIENT_SECRET=/m);
  });

  it('.env lists every AUTHSEC_* variable but the secret, which it says to set in the environment', () => {
    expect(envSnippet(values)).to.equal(`AUTHSEC_ISSUER=https://dev.api.authsec.dev
AUTHSEC_AUTHORIZATION_SERVER=https://dev.api.authsec.dev
AUTHSEC_JWKS_URL=https://dev.api.authsec.dev/oauth/jwks
AUTHSEC_INTROSPECTION_URL=https://dev.api.authsec.dev/oauth/introspect
AUTHSEC_INTROSPECTION_CLIENT_ID=525da3b4-4206-4070-ad68-90cc3a6de43b
# AUTHSEC_INTROSPECTION_CLIENT_SECRET: set it in the server's environment from your secrets manager, not in this file.
AUTHSEC_RESOURCE_URI=https://mcp.example.com/mcp
AUTHSEC_RESOURCE_NAME="GitHub MCP Server"
AUTHSEC_RESOURCE_SERVER_ID=525da3b4-4206-4070-ad68-90cc3a6de43b
AUTHSEC_SUPPORTED_SCOPES="github_mcp_server:tools:read github_mcp_server:tools:write"
AUTHSEC_POLICY_MODE=remote_required
AUTHSEC_VALIDATION_MODE=jwt_and_introspect
AUTHSEC_PUBLISH_MANIFEST=true
`);
  });

  it('escapes hostile names so a snippet cannot break out of its literal or hide characters', () => {
    const hostile = 'x"); import evil #\\\n\u202Eevil\u200B😀';
    expect(pyString(hostile)).to.equal('"x\\"); import evil #\\\\\\n\\u202Eevil\\u200B😀"');
    expect(goString('\u{E0041}')).to.equal('"\\U000E0041"');
    expect(jsString('\u{E0041}')).to.equal('"\\u{E0041}"');
    expect(envValue('a"$HOME`x`\n\u202E')).to.equal('"a\\"\\$HOME\\`x\\`\\n"');
    const py = pythonSnippet({ ...values, resourceName: hostile });
    expect(py.split('\n').filter((l) => l.startsWith('    resource_name='))).to.have.length(1);
    expect(py).not.to.contain('\u202E');
  });

  it('derives the issuer URLs of an existing application the way AuthSec does', () => {
    const v = configFromApplication(
      { id: 'rs1', name: 'Docs', resource_uri: 'https://docs.acme.example/mcp', protected_base_path: '/mcp', scopes_supported: ['docs:read'] } as never,
      'https://api.acme.example/',
    );
    expect(v).to.include({
      issuer: 'https://api.acme.example', jwksUrl: 'https://api.acme.example/oauth/jwks', introspectionUrl: 'https://api.acme.example/oauth/introspect',
      scopeMatrixUrl: 'https://api.acme.example/authsec/resource-servers/rs1/sdk-policy', manifestUrl: 'https://api.acme.example/authsec/resource-servers/rs1/sdk-manifest',
    });
  });
});
