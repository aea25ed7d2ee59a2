/**
 * What a failed "Scan now" means for the admin's next step. AuthSec's scan calls `tools/list` on the
 * Resource URI; a server protected by the AuthSec SDK answers 401 without a token, and AuthSec says
 * `MCP bearer token required to refresh tool inventory` (authsec-api.md §3.4). Such a server
 * publishes its tool manifest itself (`PUT …/sdk-manifest` at start-up), so that is the way on.
 */
export type ScanFailureKind = 'token_required' | 'other';

export function scanFailureKind(failureReason: string | undefined): ScanFailureKind {
  return failureReason && /\bbearer token required\b/i.test(failureReason) ? 'token_required' : 'other';
}
