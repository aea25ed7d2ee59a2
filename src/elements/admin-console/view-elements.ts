/**
 * The elements each console view shows, imported when the view is first shown: the applications
 * list does not pay for the mapper, and an application's workspace loads its tab's element alone (a
 * chunk in the npm build and through the loader). The single-file drop-in, which carries every
 * element anyway, swaps this module for view-elements.eager.ts (vite.config.ts).
 */
import type { ConsoleTab } from '../../model/console-navigation.js';

export const ELEMENTS_OF: Readonly<Record<ConsoleTab | 'list' | 'register', () => Promise<unknown>>> = {
  list: () => import('../applications-list/define.js'),
  // The list, with the registration in its drawer (the list imports the registration when it opens).
  register: () => Promise.all([import('../applications-list/define.js'), import('../app-registration/define.js')]),
  overview: () => import('../launch-queue/define.js'),
  setup: () => import('../app-registration/define.js'),
  tools: () => import('../tool-scope-mapper/define.js'),
  scopes: () => import('../scope-editor/define.js'),
  access: () => import('../access-policy/define.js'),
  people: () => Promise.all([import('../access-explorer/define.js'), import('../consent-grants/define.js')]),
  connections: () => import('../connections/define.js'),
  activity: () => import('../launch-queue/define.js'),
};
