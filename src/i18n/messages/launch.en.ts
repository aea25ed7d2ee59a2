/** English: `<authsec-launch-queue>`. Registered when that element is loaded. */
export const launchEn = {
} as const;
