/** The single-file drop-in's console: every element is in the file already (see view-elements.ts). */
import type { ConsoleTab } from '../../model/console-navigation.js';
import '../access-explorer/define.js';
import '../access-policy/define.js';
import '../app-registration/define.js';
import '../applications-list/define.js';
import '../connections/define.js';
import '../consent-grants/define.js';
import '../launch-queue/define.js';
import '../scope-editor/define.js';
import '../tool-scope-mapper/define.js';

const ready = (): Promise<void> => Promise.resolve();
export const ELEMENTS_OF: Readonly<Record<ConsoleTab | 'list' | 'register', () => Promise<unknown>>> = {
  list: ready, register: ready, overview: ready, setup: ready, tools: ready, scopes: ready, access: ready, people: ready, connections: ready, activity: ready,
};
