/**
 * The example's MCP tools: a tiny in-memory issue tracker. Two tools only read, two change data.
 * Which scope each one needs is NOT decided here: that is the admin's mapping in AuthSec, fetched
 * at runtime from `…/sdk-policy`. `suggested` is only the author's hint, published in the manifest.
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';

export interface Issue {
  id: number;
  title: string;
  open: boolean;
}

export interface ToolDefinition {
  name: string;
  title: string;
  description: string;
  /** `read` or `write`: the suffix of the scope the author suggests (`<prefix>:tools:<kind>`). */
  kind: 'read' | 'write';
  register(server: McpServer, issues: Issue[]): void;
}

const text = (value: unknown) => ({ content: [{ type: 'text' as const, text: JSON.stringify(value) }] });

export const TOOLS: readonly ToolDefinition[] = [
  {
    name: 'list_issues',
    title: 'List issues',
    description: 'List the issues in the tracker.',
    kind: 'read',
    register(server, issues) {
      server.registerTool(
        this.name,
        { title: this.title, description: this.description, annotations: { readOnlyHint: true } },
        () => text(issues),
      );
    },
  },
  {
    name: 'get_issue',
    title: 'Get an issue',
    description: 'Read one issue by its number.',
    kind: 'read',
    register(server, issues) {
      server.registerTool(
        this.name,
        { title: this.title, description: this.description, inputSchema: { id: z.number().int() }, annotations: { readOnlyHint: true } },
        ({ id }) => {
          const issue = issues.find((i) => i.id === id);
          return issue ? text(issue) : { isError: true, content: [{ type: 'text' as const, text: `no issue #${id}` }] };
        },
      );
    },
  },
  {
    name: 'create_issue',
    title: 'Create an issue',
    description: 'Open a new issue.',
    kind: 'write',
    register(server, issues) {
      server.registerTool(
        this.name,
        { title: this.title, description: this.description, inputSchema: { title: z.string().min(1).max(200) }, annotations: { readOnlyHint: false } },
        ({ title }) => {
          const issue = { id: Math.max(0, ...issues.map((i) => i.id)) + 1, title, open: true };
          issues.push(issue);
          return text(issue);
        },
      );
    },
  },
  {
    name: 'close_issue',
    title: 'Close an issue',
    description: 'Close an issue by its number.',
    kind: 'write',
    register(server, issues) {
      server.registerTool(
        this.name,
        { title: this.title, description: this.description, inputSchema: { id: z.number().int() }, annotations: { readOnlyHint: false, destructiveHint: true } },
        ({ id }) => {
          const issue = issues.find((i) => i.id === id);
          if (!issue) return { isError: true, content: [{ type: 'text' as const, text: `no issue #${id}` }] };
          issue.open = false;
          return text(issue);
        },
      );
    },
  },
];

export const seedIssues = (): Issue[] => [
  { id: 1, title: 'Login page is slow', open: true },
  { id: 2, title: 'Typo on the pricing page', open: true },
];
