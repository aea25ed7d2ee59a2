/**
 * Where `<authsec-admin-console>` goes for each `authsec-navigate` target, which of its tabs the
 * host left visible, and which target each tab announces. Pure rules, no DOM.
 */
import type { NavigateTarget as SetupTarget } from './readiness.js';

/**
 * Where an `authsec-navigate` request asks to go: a setup area (`install`, `tools`, `scopes`,
 * `access`, `people`, `clients`, `test`, `launch`, `activity`, `registration`), an application's
 * `overview`, or the `applications` list.
 */
export type NavigateTarget = SetupTarget | 'overview' | 'applications';

export const CONSOLE_TABS = ['overview', 'setup', 'tools', 'scopes', 'access', 'people', 'connections', 'activity'] as const;
export type ConsoleTab = (typeof CONSOLE_TABS)[number];

export type ConsoleDestination =
  | { readonly view: 'list' }
  | { readonly view: 'register' }
  | { readonly view: 'application'; readonly tab: ConsoleTab };

/**
 * Each target's tab. Clients have their own tab (Connections); Test, the protection check and the
 * activation preview live on the Overview (the launch queue shows them); installing protection is
 * the Setup tab's registration and credentials.
 */
export const TARGET_TAB: Readonly<Record<Exclude<NavigateTarget, 'applications' | 'registration'>, ConsoleTab>> = {
  overview: 'overview',
  install: 'setup',
  check: 'overview',
  tools: 'tools',
  scopes: 'scopes',
  access: 'access',
  people: 'people',
  clients: 'connections',
  test: 'overview',
  launch: 'overview',
  activity: 'activity',
};

/** The target a tab announces when the admin picks it (so a host router can put it in its URL). */
export const TAB_TARGET: Readonly<Record<ConsoleTab, NavigateTarget>> = {
  overview: 'overview',
  setup: 'install',
  tools: 'tools',
  scopes: 'scopes',
  access: 'access',
  people: 'people',
  connections: 'clients',
  activity: 'activity',
};

export function isConsoleTab(value: unknown): value is ConsoleTab {
  return typeof value === 'string' && (CONSOLE_TABS as readonly string[]).includes(value);
}

/** `hide-tabs="tools, access"` (spaces and/or commas) → the known tab names, unknown ones ignored. */
export function parseTabList(value: string | null | undefined): ConsoleTab[] {
  return [...new Set((value ?? '').split(/[\s,]+/).map((v) => v.trim().toLowerCase()).filter(isConsoleTab))];
}

export function visibleTabs(hidden: readonly ConsoleTab[]): ConsoleTab[] {
  return CONSOLE_TABS.filter((t) => !hidden.includes(t));
}

/** The tab to show: the one asked for when visible, else the first visible one (undefined when all are hidden). */
export function resolveTab(wanted: string | null | undefined, hidden: readonly ConsoleTab[]): ConsoleTab | undefined {
  const visible = visibleTabs(hidden);
  return isConsoleTab(wanted) && visible.includes(wanted) ? wanted : visible[0];
}

/** Where a navigation request takes the console; `undefined` when it has nowhere to go. */
export function destinationOf(target: NavigateTarget, applicationId: string, options: { readonly: boolean }): ConsoleDestination | undefined {
  if (target === 'applications') return { view: 'list' };
  if (target === 'registration') return options.readonly ? undefined : { view: 'register' };
  if (!applicationId) return undefined;
  return { view: 'application', tab: TARGET_TAB[target] };
}

/** The next tab for an arrow / Home / End key in a horizontal tab list (wrapping), or undefined for other keys. */
export function tabForKey(key: string, current: ConsoleTab, visible: readonly ConsoleTab[], rtl = false): ConsoleTab | undefined {
  const i = visible.indexOf(current);
  if (i < 0 || !visible.length) return visible[0];
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return visible[(i + 1) % visible.length];
    case back:
      return visible[(i - 1 + visible.length) % visible.length];
    case 'Home':
      return visible[0];
    case 'End':
      return visible[visible.length - 1];
    default:
      return undefined;
  }
}
