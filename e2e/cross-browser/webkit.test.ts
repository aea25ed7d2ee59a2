// The consent journeys (journey.ts) in WebKit: WebKitGTK MiniBrowser driven by webdriverio over
// WebKitWebDriver (classic WebDriver). Needs an X display: run under `xvfb-run -a`.
import { launchWebKit } from './drivers.js';
import { defineJourneySuite } from './suite.js';

defineJourneySuite('webkit', launchWebKit);
