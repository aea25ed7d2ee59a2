/** English: `<authsec-app-registration>`. Registered when that element is loaded. */
export const registrationEn = {
} as const;
