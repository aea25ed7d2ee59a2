import { css, html, type TemplateResult } from 'lit';

/** Shared spinner for the button and the loading state. Decorative: callers provide the text. */
export const spinnerStyles = css`
  .spinner {
    display: inline-block;
    flex: none;
    inline-size: var(--_spinner-size, 1em);
    block-size: var(--_spinner-size, 1em);
    border: var(--_spinner-width, 2px) solid var(--_spinner-track, currentColor);
    border-block-start-color: var(--_spinner-indicator, transparent);
    border-radius: 50%;
    animation: authsec-spin 0.8s linear infinite;
  }

  @keyframes authsec-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @keyframes authsec-pulse {
    50% {
      opacity: 0.35;
    }
  }

  /* No rotation for people who asked for less motion; a slow fade still says "working". */
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: authsec-pulse 2s ease-in-out infinite;
    }
  }

  /* Forced colours would repaint the transparent quarter and hide the shape. */
  @media (forced-colors: active) {
    .spinner {
      forced-color-adjust: none;
      border-color: CanvasText;
      border-block-start-color: Canvas;
    }
  }
`;

export function spinner(): TemplateResult {
  return html`<span class="spinner" part="spinner" aria-hidden="true"></span>`;
}
