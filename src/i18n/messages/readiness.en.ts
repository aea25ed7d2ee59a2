/**
 * English: one application's state, risk, last signal and next action, in the same words on the
 * applications list, the Overview and the console header. Registered by each of them.
 */
export const readinessEn = {
  'readiness.state.launched': 'Launched',
  'readiness.state.notLaunched': 'Not launched',
  'readiness.state.waitingForScan': 'Waiting for the first manifest',
  'readiness.state.scanFailed': 'Discovery failed',
  'readiness.risk.high': 'High',
  'readiness.risk.needs_review': 'Needs review',
  'readiness.risk.low': 'Low',
  'readiness.signal.manifest': 'Manifest {when}',
  'readiness.signal.manifest_failed': 'Manifest refused {when}',
  'readiness.signal.checked': 'Checked {when}',
  'readiness.signal.drift': 'Changed {when}',
  'readiness.signal.none': 'No runtime signal',
  'readiness.next.install-protection': 'Install protection',
  'readiness.next.run-protection-check': 'Run a protection check',
  'readiness.next.review-tools': 'Review tools',
  'readiness.next.review-new-tools': 'Review new tools',
  'readiness.next.roll-out-access': 'Roll out access',
  'readiness.next.approve-client': 'Approve a client',
  'readiness.next.test-access': 'Test access',
  'readiness.next.open-launch': 'Resolve launch blockers',
  'readiness.next.launch-application': 'Launch the application',
  'readiness.next.review-changes': 'Review changes',
  'readiness.next.open': 'Watch for changes',
} as const;
