/** English: `<authsec-tool-scope-mapper>`. Registered when that element is loaded. */
export const mapperEn = {
} as const;
