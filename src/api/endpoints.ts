/** Every endpoint of the contract by name: the list the emulator must serve. */
export { getAccessPolicy, putAccessPolicy } from './access-policy.js';
export { createBinding, deleteBinding, listBindings, listEligibleUsers } from './bindings.js';
export { acceptConsent, getConsent, rejectConsent } from './consent.js';
export { dismissDriftEvent, listDriftEvents } from './drift-events.js';
export { listResourceServers } from './application-list.js';
export { approveClient, approveClientRedirects, denyClient, preRegisterClient, revokeClient } from './connections.js';
export { listWorkspaceClients } from './workspace-clients.js';
export { getApplicationSummary, listConnections } from './application-summary.js';
export { createResourceServer, deleteResourceServer, rotateIntrospectionSecret, updateResourceServer } from './application-writes.js';
export { getResourceServer } from './resource-servers.js';
export { listRoles, putRoleScopeGrants } from './roles.js';
export { getScopeMatrix, putToolScopeMap } from './scope-matrix.js';
export { listScopePresets } from './scope-presets.js';
export { createScope, deleteScope, listScopes, updateScope } from './scopes.js';
export { getManifestStatus, getSdkPolicy, putSdkManifest } from './sdk.js';
export { activate, getActivationPreview, getSetup } from './setup.js';
export { createTool, rescan, setToolPublic } from './tools.js';
export { validate } from './validation.js';
