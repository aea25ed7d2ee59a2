/** `@authsec/elements/api`: AuthSec's REST contract and client, usable without any DOM. */
export * from './access-policy.js';
export * from './bindings.js';
export * from './client.js';
export * from './consent.js';
export * from './drift-events.js';
export * from './endpoint.js';
export * from './errors.js';
export * from './resource-servers.js';
export * from './roles.js';
export * from './scope-matrix.js';
export * from './scope-presets.js';
export * from './scopes.js';
export * from './sdk.js';
export * from './setup.js';
export * from './tools.js';
export * from './validation.js';
export { decodeGoBytes, encodeGoBytes, type RiskLevel } from './wire.js';
export * as endpoints from './endpoints.js';
