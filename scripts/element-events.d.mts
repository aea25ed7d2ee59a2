export function eventClasses(src?: string): Map<string, string>;
export function dispatchedEvents(src?: string): Map<string, { name: string; type: string }[]>;
/** Event class name → the name of its `detail` type. */
export function eventDetails(src?: string): Map<string, string>;
