// The consent journeys (journey.ts) in Firefox: firefox-esr driven by puppeteer-core over WebDriver BiDi.
import { launchFirefox } from './drivers.js';
import { defineJourneySuite } from './suite.js';

defineJourneySuite('firefox', launchFirefox);
