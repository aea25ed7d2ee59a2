/**
 * Stands in for `./authorized-fetch.ts` in a bundle whose only element calls public endpoints (the
 * consent drop-in, built `standalone` by vite.config.ts): requests go out without credentials, so
 * an admin endpoint called by mistake is refused by AuthSec (401), never sent a token.
 */
import type { SendContext } from './authorized-fetch.js';

export const authorizedFetch = (ctx: SendContext): Promise<Response> => ctx.fetch(ctx.url, ctx.init);
