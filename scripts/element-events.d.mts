export function eventClasses(src?: string): Map<string, string>;
export function dispatchedEvents(src?: string): Map<string, { name: string; type: string }[]>;
