/** English: `<authsec-applications-list>`. Registered when that element is loaded. */
export const appsEn = {
} as const;
