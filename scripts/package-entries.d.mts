// Types for scripts/package-entries.mjs (imported by vite.config.ts).
export interface DefineEntry {
  /** the tag the define file registers, e.g. `authsec-provider` */
  tag: string;
  /** repo-relative source, e.g. `src/context/define.ts` */
  source: string;
  /** `./dist/types/…/define.d.ts` */
  types: string;
  /** `./dist/esm/<tag>.js` */
  esm: string;
}
export interface LibraryEntry {
  name: string;
  exportKey: string;
  source: string;
}
export interface CdnBundle {
  source: string;
  out: string;
  /** One element on public endpoints, no `<authsec-provider>`: built without the provider link and admin/SDK authorisation. */
  standalone: boolean;
}
export function defineEntries(root?: string): DefineEntry[];
export const libraryEntries: LibraryEntry[];
export const cdnBundles: { consent: CdnBundle; elements: CdnBundle };
export function esmInputs(root?: string): Record<string, string>;
