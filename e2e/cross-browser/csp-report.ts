/** One line for a CSP violation report (legacy `csp-report` body or a Reporting API batch). */
export function summarizeReport(body: string): string {
  try {
    const parsed = JSON.parse(body) as Record<string, Record<string, unknown>> | Array<{ body?: Record<string, unknown> }>;
    const r = (Array.isArray(parsed) ? parsed[0]?.body : parsed['csp-report']) ?? {};
    const directive = r['effective-directive'] ?? r.effectiveDirective ?? r['violated-directive'] ?? '?';
    const blocked = r['blocked-uri'] ?? r.blockedURL ?? '-';
    const sample = r['script-sample'] ?? r.sample ?? '';
    return `report: ${String(directive)} ${String(blocked)} ${String(sample)}`.trim();
  } catch {
    return `report (unparsed): ${body.slice(0, 200)}`;
  }
}
