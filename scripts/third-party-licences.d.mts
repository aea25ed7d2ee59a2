import type { Plugin } from 'vite';
export function packageDirOf(id: string): string | undefined;
export function noticeFor(dirs: readonly string[]): string;
export function thirdPartyLicences(): Plugin;
