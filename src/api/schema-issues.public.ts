/**
 * The standalone drop-ins' stand-in for `./schema-issues.ts`: an unreadable response is still an
 * `invalid_response` error, without the field-by-field description nobody on a hosted consent page
 * would read. Aliased in vite.config.ts.
 */
import type { SchemaIssue } from './errors.js';

export const describeIssues = (): SchemaIssue[] => [];
