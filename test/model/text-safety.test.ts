import { expect } from '@open-wc/testing';
import { isLoopback, parseDisplayUrl, safeNavigationUrl } from '../../src/model/display-url.js';
import { isMixedScript, revealLookalikes } from '../../src/model/mixed-script.js';
import { clampText, revealHidden } from '../../src/model/text-safety.js';

describe('model: text safety', () => {
  it('reveals bidi overrides and isolates with visible markers', () => {
    const r = revealHidden('Acme\u202Egnp.exe \u2066x\u2069');
    expect(r.text).to.equal('Acme⟨U+202E⟩gnp.exe ⟨U+2066⟩x⟨U+2069⟩');
    expect(r.bidi).to.equal(3);
  });

  it('reveals zero-width, BOM, soft hyphen, tag characters and controls', () => {
    const smuggled = 'ok\u200B\uFEFF\u00AD' + String.fromCodePoint(0xe0041) + '\u001b[2J';
    const r = revealHidden(smuggled);
    expect(r.invisible).to.equal(5);
    expect(r.text).to.equal('ok⟨U+200B⟩⟨U+FEFF⟩⟨U+00AD⟩⟨U+E0041⟩⟨U+001B⟩[2J');
  });

  it('reveals every default-ignorable character, not only a hand-picked list', () => {
    // Mongolian vowel separator, shorthand format control, musical format control, a variation selector supplement.
    const r = revealHidden('a\u180Eb' + String.fromCodePoint(0x1bca0, 0x1d173, 0xe01ef));
    expect(r.text).to.equal('a⟨U+180E⟩b⟨U+1BCA0⟩⟨U+1D173⟩⟨U+E01EF⟩');
    expect(r.invisible).to.equal(4);
  });

  it('keeps line breaks in multiline text but reveals them in names', () => {
    expect(revealHidden('a\nb', { multiline: true }).text).to.equal('a\nb');
    expect(revealHidden('a\r\nb', { multiline: true }).text).to.equal('a\nb');
    expect(revealHidden('a\nb').text).to.equal('a⟨U+000A⟩b');
  });

  it('leaves ordinary text, emoji and right-to-left scripts alone', () => {
    const text = 'Zoë 👩🏽‍💻 مرحبا שלום';
    // The ZWJ inside the emoji sequence is revealed: names should not hide joiners either.
    expect(revealHidden('Zoë مرحبا שלום').text).to.equal('Zoë مرحبا שלום');
    expect(revealHidden(text).invisible).to.equal(1);
  });

  it('clamps long text on code points and says so', () => {
    const long = '😀'.repeat(10_000);
    const c = clampText(long, 80);
    expect(c.truncated).to.equal(true);
    expect(c.length).to.equal(10_000);
    expect([...c.text]).to.have.length(80);
    expect(c.text.endsWith('…')).to.equal(true);
    expect(clampText('short', 80)).to.deep.equal({ text: 'short', truncated: false, length: 5 });
  });

  it('flags mixed-script look-alikes but not single-script names', () => {
    expect(isMixedScript('\u0421laude')).to.equal(true); // Cyrillic С + Latin
    expect(isMixedScript('ChatGP\u0422')).to.equal(true);
    expect(isMixedScript('Claude Desktop')).to.equal(false);
    expect(isMixedScript('Привет')).to.equal(false);
    expect(isMixedScript('Claude 2 (beta)')).to.equal(false);
  });

  it('reveals the letters outside a mixed name’s main alphabet', () => {
    expect(revealLookalikes('g\u0456thub')).to.equal('g⟨U+0456⟩thub');
    expect(revealLookalikes('\u0421laude Desktop')).to.equal('⟨U+0421⟩laude Desktop');
    // A Cyrillic name with one Latin letter: the Latin one is the odd one out.
    expect(revealLookalikes('\u041F\u0440\u0438\u0432\u0435t')).to.equal('\u041F\u0440\u0438\u0432\u0435⟨U+0074⟩');
    expect(revealLookalikes('Claude 2 (beta)')).to.equal('Claude 2 (beta)');
  });

  it('shows only http(s) hosts, in punycode, without userinfo', () => {
    expect(parseDisplayUrl('https://trusted.example@evil.example/cb')).to.include({ host: 'evil.example', hadUserinfo: true });
    expect(parseDisplayUrl('https://bücher.example/')).to.include({ host: 'xn--bcher-kva.example', punycode: true });
    expect(parseDisplayUrl('http://127.0.0.1:33418/callback')).to.include({ host: '127.0.0.1', loopback: true, scheme: 'http' });
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x', 'vbscript:x', 'file:///etc/passwd', '//evil.example/x', '/relative', '', null]) {
      expect(parseDisplayUrl(bad), String(bad)).to.equal(null);
      expect(safeNavigationUrl(bad)).to.equal(null);
    }
  });

  it('treats only literal loopback hosts as loopback', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]'].map(isLoopback)).to.deep.equal([true, true, true, true]);
    expect(['localhost.evil.example', '127.0.0.1.nip.io', '10.0.0.1'].map(isLoopback)).to.deep.equal([false, false, false]);
    expect(parseDisplayUrl('http://2130706433/')?.host).to.equal('127.0.0.1');
  });
});
