/**
 * Events of `<authsec-applications-list>`. It fires `authsec-navigate` (the shared navigation
 * request, see ../shared/navigate-event.ts) for a row, a next action and "Install protection".
 */
export { AuthsecNavigateEvent, type NavigateDetail, type NavigateTarget } from '../shared/navigate-event.js';
