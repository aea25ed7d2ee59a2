import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { SLOT, identifierTail, sentenceWithCode, wrapAtSeparators } from '../../src/ui/identifier.js';
import { identifierStyles } from '../../src/styles/identifier.js';

/** The index of each character where a new line starts (its box is lower than the one before). */
function lineStarts(el: HTMLElement): number[] {
  const text = el.textContent!;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const boxes: number[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent!.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      boxes.push(range.getBoundingClientRect().top);
    }
  }
  expect(boxes.length).to.equal(text.length);
  return boxes.flatMap((top, i) => (i > 0 && top > boxes[i - 1]! + 1 ? [i] : []));
}

describe('identifier helpers', () => {
  it('wrapAtSeparators: a value wraps only after / . : _ - and copies as it is', async () => {
    const value = 'https://billing-agent.acme.example/mcp/AUTHSEC_INTROSPECTION_CLIENT_SECRET';
    const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 14ch; font: 16px monospace; overflow-wrap: break-word">${wrapAtSeparators(value)}</div>`);
    expect(box.textContent).to.equal(value, 'no character added');
    const starts = lineStarts(box);
    expect(starts.length).to.be.greaterThan(2, 'it wraps at this width');
    for (const i of starts) expect('/.:_-', `line ${value.slice(i, i + 10)}… starts after "${value[i - 1]}"`).to.include(value[i - 1]!);
    const selection = getSelection()!;
    selection.selectAllChildren(box);
    expect(selection.toString()).to.equal(value);
    selection.removeAllRanges();
  });

  it('sentenceWithCode: the value is code inside the sentence, breaking at its separators even where the text may break anywhere', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [identifierStyles.styleSheet!];
    render(html`<p style="inline-size: 20ch; font: 16px monospace; overflow-wrap: anywhere">${sentenceWithCode(`Set ${SLOT} to it.`, 'AUTHSEC_INTROSPECTION_CLIENT_SECRET')}</p>`, root);
    const p = root.querySelector('p')!;
    expect(p.textContent).to.equal('Set AUTHSEC_INTROSPECTION_CLIENT_SECRET to it.');
    const code = p.querySelector('code.wraps')!;
    expect(code.getAttribute('dir')).to.equal('ltr');
    const text = p.textContent!;
    const starts = lineStarts(p);
    expect(starts.length).to.be.greaterThan(0, 'it wraps at this width');
    for (const i of starts) expect(' _', `a line starts at ${text.slice(i, i + 8)}…`).to.include(text[i - 1]!);
  });

  it('sentenceWithCode: a sentence that does not name the value (a host override, another message) is shown as it is', async () => {
    const p = await fixture<HTMLParagraphElement>(html`<p>${sentenceWithCode('Copy it now: it is shown once.', 'AUTHSEC_INTROSPECTION_CLIENT_SECRET')}</p>`);
    expect(p.textContent).to.equal('Copy it now: it is shown once.');
    expect(p.querySelector('code')).to.equal(null);
  });

  it('wrapAtSeparators keeps every character, hidden ones and separators at either end included', async () => {
    for (const value of ['/a/', 'a\u0000b.c', '.', '', 'no-separators-here'.replace(/-/g, ''), '-_-']) {
      const box = await fixture<HTMLDivElement>(html`<div>${wrapAtSeparators(value)}</div>`);
      expect(box.textContent).to.equal(value);
    }
  });

  it('identifierTail: the end that tells identifiers apart, from a separator where there is one', () => {
    expect(identifierTail('https://billing-agent.acme.example/mcp')).to.equal('.example/mcp');
    expect(identifierTail('github_mcp_server:tools:write')).to.equal(':tools:write');
    expect(identifierTail('5eed0003-0000-4000-8000-000000000001')).to.equal('000000000001');
  });
});
