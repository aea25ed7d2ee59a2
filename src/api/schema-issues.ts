/**
 * Zod issues in words a developer can act on: `tools[3].inventory_source: expected one of …`. Its
 * own module so that the drop-ins, which never show them to anyone, can leave it out
 * (`./schema-issues.public.ts`, aliased in vite.config.ts).
 */
import type * as z from 'zod/mini';
import type { SchemaIssue } from './errors.js';

/** Turns zod issues into `path: message` pairs a developer can act on. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): SchemaIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      // A union of shapes (e.g. `{events}` or a bare array): when exactly one branch had the right
      // outer shape, its own issues name the field that is wrong.
      const candidates = issue.errors.filter((branch) => !branch.some((i) => i.path.length === 0 && i.code === 'invalid_type'));
      if (candidates.length === 1) return describeIssues(candidates[0]!, path);
    }
    return [{ path: formatPath(path), message: describeIssue(issue) }];
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(body)';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unexpected keys ${issue.keys.join(', ')}`;
    case 'too_small':
    case 'too_big':
      return `${issue.code.replace('_', ' ')} (${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)})`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return issue.message || issue.code;
  }
}
