/** The registration element, imported the first time the list opens it (eager in the single-file drop-in: registration-element.eager.ts). */
export const loadRegistration = (): Promise<unknown> => import('../app-registration/define.js');
