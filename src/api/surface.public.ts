/**
 * The standalone drop-ins' stand-in for `./surface.ts`: their elements call public endpoints only
 * (no applications form), so every call goes where its endpoint says. Aliased in vite.config.ts.
 */
import type { ApplicationsForm, Endpoint } from './endpoint.js';

export type { SurfaceChoice } from './surface-choice.js';

export const knownSurface = (): undefined => undefined;

export function onSurface<T>(
  _choice: unknown,
  _transport: unknown,
  _baseUrl: string,
  _endpoint: Endpoint,
  attempt: (form: ApplicationsForm | undefined) => Promise<T>,
): Promise<T> {
  return attempt(undefined);
}
