/** The `api-surface` attribute's values; anything else (or nothing) is `auto`. */
import type { ApiSurface } from './endpoint.js';

export type SurfaceChoice = ApiSurface | 'auto';

export const surfaceChoice = (value: string | null | undefined): SurfaceChoice =>
  value === 'applications' || value === 'resource-servers' ? value : 'auto';
