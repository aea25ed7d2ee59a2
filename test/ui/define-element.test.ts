import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/ui/define-element.js';
import * as ui from '../../src/ui/index.js';

let counter = 0;
const uniqueTag = () => `authsec-test-define-${Date.now()}-${counter++}`;

function captureWarnings(run: () => void): unknown[][] {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return calls;
}

describe('defineElement', () => {
  it('defines a new tag', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    defineElement(tag, First);
    expect(customElements.get(tag)).to.equal(First);
    expect(document.createElement(tag)).to.be.instanceOf(First);
  });

  it('is a silent no-op when the same class is defined again', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    defineElement(tag, First);
    const warnings = captureWarnings(() => defineElement(tag, First));
    expect(warnings).to.have.length(0);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('keeps the first class and warns once per tag when another class claims it', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    class Third extends HTMLElement {}
    defineElement(tag, First);
    const warnings = captureWarnings(() => {
      expect(() => defineElement(tag, Second)).to.not.throw();
      defineElement(tag, Second);
      defineElement(tag, Third);
    });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain(tag);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('warns separately for different tags', () => {
    const [a, b] = [uniqueTag(), uniqueTag()];
    defineElement(a, class extends HTMLElement {});
    defineElement(b, class extends HTMLElement {});
    const warnings = captureWarnings(() => {
      defineElement(a, class extends HTMLElement {});
      defineElement(b, class extends HTMLElement {});
    });
    expect(warnings).to.have.length(2);
  });

  it('registers every building block under its authsec-ui-* tag', () => {
    const expected: Record<string, CustomElementConstructor> = {
      'authsec-ui-button': ui.AuthsecUiButton,
      'authsec-ui-badge': ui.AuthsecUiBadge,
      'authsec-ui-status-pill': ui.AuthsecUiStatusPill,
      'authsec-ui-copy-field': ui.AuthsecUiCopyField,
      'authsec-ui-confirm-dialog': ui.AuthsecUiConfirmDialog,
      'authsec-ui-drawer': ui.AuthsecUiDrawer,
      'authsec-ui-state': ui.AuthsecUiState,
    };
    for (const [tag, ctor] of Object.entries(expected)) expect(customElements.get(tag), tag).to.equal(ctor);
    expect(ui.uiElements).to.deep.equal(expected);
    const warnings = captureWarnings(() => ui.defineUiElements());
    expect(warnings, 'defining again is a silent no-op').to.have.length(0);
  });
});
