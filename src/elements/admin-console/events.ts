/**
 * Events of `<authsec-admin-console>`. It fires `authsec-navigate` (the shared navigation request,
 * see ../shared/navigate-event.ts) for its own tabs and breadcrumb, and lets those of the elements
 * it composes bubble out; it follows any that the host does not `preventDefault()`.
 */
export { AuthsecNavigateEvent, type NavigateDetail, type NavigateTarget } from '../shared/navigate-event.js';
