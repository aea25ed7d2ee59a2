import { expect } from '@open-wc/testing';
import {
  configFromApplication, configFromCreated, envSnippet, envValue, goSnippet, goString, jsString, pyString, pythonSnippet,
  typescriptSnippet,
} from '../../src/model/sdk-snippets.js';

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
const SECRET = `sec_${'ab'.repeat(32)}`;

describe('model: SDK snippets', () => {
  it('Python matches the documented quickstart for the response, secret from the environment', () => {
    expect(pythonSnippet(values)).to.equal(`import os
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
`);
    expect(pythonSnippet(values, SECRET)).to.contain(`    introspection_client_secret="${SECRET}",\n`);
    expect(pythonSnippet(values, SECRET)).not.to.contain('import os');
  });

  it('Go uses the SDK Config fields, gofmt-aligned', () => {
    const go = goSnippet(values);
    expect(go).to.contain('\t\tIssuer:                    "https://dev.api.authsec.dev",\n');
    expect(go).to.contain('\t\tIntrospectionClientSecret: os.Getenv("AUTHSEC_INTROSPECTION_CLIENT_SECRET"),\n');
    expect(go).to.contain('\t\tPolicyMode:                authsec.PolicyModeRemoteRequired,\n');
    expect(go).to.contain('authsec.MountMCP(mux, "/mcp", yourExistingHandler, cfg)');
    expect(go).to.contain('\t"os"\n');
    expect(goSnippet(values, SECRET)).to.contain(`\t\tIntrospectionClientSecret: "${SECRET}",\n`);
    expect(goSnippet(values, SECRET)).not.to.contain('"os"');
  });

  it('TypeScript reads the environment and mounts the protected path', () => {
    const ts = typescriptSnippet({ ...values, protectedPath: '/v1/mcp' });
    expect(ts).to.contain('await mountMCP(app, { config: loadConfigFromEnv(), path: "/v1/mcp" });');
    expect(ts).to.contain('// Protects https://mcp.example.com/mcp\n');
  });

  it('.env lists every AUTHSEC_* variable; the secret line is empty with a hint until revealed', () => {
    expect(envSnippet(values)).to.equal(`AUTHSEC_ISSUER=https://dev.api.authsec.dev
AUTHSEC_AUTHORIZATION_SERVER=https://dev.api.authsec.dev
AUTHSEC_JWKS_URL=https://dev.api.authsec.dev/oauth/jwks
AUTHSEC_INTROSPECTION_URL=https://dev.api.authsec.dev/oauth/introspect
AUTHSEC_INTROSPECTION_CLIENT_ID=525da3b4-4206-4070-ad68-90cc3a6de43b
# Paste the introspection secret here (shown once; rotate it if it was lost).
AUTHSEC_INTROSPECTION_CLIENT_SECRET=
AUTHSEC_RESOURCE_URI=https://mcp.example.com/mcp
AUTHSEC_RESOURCE_NAME="GitHub MCP Server"
AUTHSEC_RESOURCE_SERVER_ID=525da3b4-4206-4070-ad68-90cc3a6de43b
AUTHSEC_SUPPORTED_SCOPES="github_mcp_server:tools:read github_mcp_server:tools:write"
AUTHSEC_POLICY_MODE=remote_required
AUTHSEC_VALIDATION_MODE=jwt_and_introspect
AUTHSEC_PUBLISH_MANIFEST=true
`);
    expect(envSnippet(values, SECRET)).to.contain(`\nAUTHSEC_INTROSPECTION_CLIENT_SECRET=${SECRET}\n`);
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
