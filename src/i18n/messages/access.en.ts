/** English: `<authsec-access-policy>`. Registered when that element is loaded. */
export const accessEn = {
} as const;
