// Where the Debian browsers live and how we start Chromium (reference/toolchain.md §0), shared by
// every test tool's config. Paths can be overridden for other machines.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** As root on a closed network: no sandbox, no GPU, no background connections. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Chromium for a benchmark. Every new window loads Chromium's own omnibox popup, a WebUI page in a
 * renderer of its own, while the page under the clock loads: on two cores that cost the mapper's
 * figures 20–70 ms at random (a trace shows chrome://omnibox-popup.top-chrome loading in the timed
 * window). A person's browser loaded its omnibox long before; the benchmark turns it off.
 * Chromium keeps only the last --disable-features, so the list Playwright passes is read from a
 * first launch (`Browser.getBrowserCommandLine`) and extended, never replaced.
 */
export async function launchBenchChromium() {
  const { chromium } = await import('playwright');
  return chromium.launch({ executablePath: CHROMIUM, args: await benchChromiumArgs() });
}

/** `chromiumArgs` plus the omnibox popup turned off (see `launchBenchChromium`). */
export async function benchChromiumArgs() {
  const { chromium } = await import('playwright');
  // (--enable-automation: the browser answers getBrowserCommandLine only with it.)
  const probe = await chromium.launch({ executablePath: CHROMIUM, args: [...chromiumArgs, '--enable-automation'] });
  const args = await probe
    .newBrowserCDPSession()
    .then((cdp) => cdp.send('Browser.getBrowserCommandLine'))
    .finally(() => probe.close());
  const theirs = args.arguments
    .filter((a) => a.startsWith('--disable-features='))
    .flatMap((a) => a.slice('--disable-features='.length).split(','))
    .filter(Boolean);
  const disabled = [...new Set([...theirs, 'WebUIOmniboxPopup'])];
  return [...chromiumArgs, `--disable-features=${disabled.join(',')}`];
}
