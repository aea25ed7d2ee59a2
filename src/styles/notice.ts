import { css } from 'lit';

/**
 * The in-flow message box every element uses: `.notice` is informational; `.success`, `.warning` and
 * `.danger` set the tone. Spacing around it stays with each element's layout. In forced colours the
 * tone fills vanish, so the box keeps a full system-colour border and its thicker leading edge.
 */
export const noticeStyles = css`
  .notice {
    padding: var(--_authsec-space-2) var(--_authsec-space-3);
    border-inline-start: 4px solid var(--_authsec-color-info);
    background: var(--_authsec-color-info-subtle);
    overflow-wrap: anywhere;
  }
  .notice.success {
    border-color: var(--_authsec-color-success);
    background: var(--_authsec-color-success-subtle);
  }
  .notice.warning {
    border-color: var(--_authsec-color-warning);
    background: var(--_authsec-color-warning-subtle);
  }
  .notice.danger {
    border-color: var(--_authsec-color-danger);
    background: var(--_authsec-color-danger-subtle);
  }
  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
`;
