/**
 * The drop-ins' item reader (`vite.config.ts` aliases `./item-reader.js` here): their schemas are
 * schema-lite's, already plain closures with no zod internals to build a faster path from, so
 * every item goes straight to the schema.
 */
export const FAIL: unique symbol = Symbol();
export const itemReader = () => (): unknown => FAIL;
