// Types for scripts/squeeze-literals.mjs (imported by vite.config.ts and its test).
import type { Plugin } from 'vite';
export function squeezeCss(text: string): string;
export function squeezeHtml(text: string): string;
export function squeezeLiterals(): Plugin;
/** Every lit tagged template (`css`, `html`) in an ESTree program: its tag and static parts. */
export function templates(program: unknown): Generator<{ tag: 'css' | 'html'; quasis: { start: number; end: number }[] }>;
