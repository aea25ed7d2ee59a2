/**
 * `@authsec/elements/react`: a React component for each element (via @lit/react: typed props, and
 * `onAuthsec…` props for its events with a typed `detail`); importing it registers the elements. It
 * also types the plain tags in React 19's JSX (`<authsec-tool-scope-mapper application-id=…
 * onauthsec-mapping-saved={…}>`), for hosts that render them directly.
 */
import type { CustomElements } from './jsx.generated.js';

export * from './react.generated.js';
export type { CustomElements as AuthsecJsxElements } from './jsx.generated.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
