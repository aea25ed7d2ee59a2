/**
 * Just enough of every application to find one by its Resource URI: what reading back a registration
 * whose answer was lost needs, in one request. Each row is read on its own and one without these
 * fields is passed over (nobody sees this list, so there is nothing to report).
 */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { resourceServer } from './resource-servers.js';

const { id, name, resource_uri } = resourceServer.shape;
export const applicationRef = z.object({ id, name, resource_uri });
export type ApplicationRef = z.output<typeof applicationRef>;

export const listApplicationRefs = endpoint({
  name: 'listApplicationRefs', method: 'GET', path: '/authsec/resource-servers', auth: 'bearer', status: 200,
  // Both surfaces list at least the plain row (the applications surface adds counters).
  response: z.pipe(
    z.array(z.unknown()),
    z.transform((rows): ApplicationRef[] =>
      rows.flatMap((row) => {
        const read = z.safeParse(applicationRef, row);
        return read.success ? [read.data] : [];
      }),
    ),
  ),
  applications: { path: '/authsec/applications' },
});
