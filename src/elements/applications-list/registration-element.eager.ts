/** The single-file drop-in carries the registration element already (see registration-element.ts). */
import '../app-registration/define.js';

export const loadRegistration = (): Promise<unknown> => Promise.resolve();
