import type { Plugin } from 'vite';
import type { MinifyOptions } from 'terser';
export const terserOptions: MinifyOptions;
export function terserPass(): Plugin;
