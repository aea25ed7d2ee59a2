/** English: `<authsec-admin-console>`. Registered when that element is loaded. */
export const consoleEn = {
} as const;
