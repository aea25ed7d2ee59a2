// Drop-in bundle dist/cdn/authsec-consent.js: the hosted consent page's one <script>; self-defining,
// no exports, kept as small as possible (21 KiB gzip, bundle-budgets.json). The consent screen
// alone: it stands alone with its `base-url` (or the page's origin), so no `<authsec-provider>`;
// a host that wants the provider too loads dist/cdn/authsec-elements.js. Built `standalone`
// (scripts/package-entries.mjs), so the element does not link to a provider either.
import { AuthsecConsentScreen } from '../elements/consent-screen/consent-screen.js';
import { upgradeConsentPage } from '../elements/consent-screen/hosted-form.js';
import { loadPageMessages } from '../i18n/page-messages.js';
import { defineElement } from '../ui/define-element.js';

// The page's words first (its language, the operator's wording), then the screen: a person never
// sees English before their own language.
await loadPageMessages(document);
defineElement('authsec-consent-screen', AuthsecConsentScreen);
// AuthSec's own consent page with this one script added: its consent form becomes the full screen.
// (Module scripts run after the document is parsed, so the form is there.)
upgradeConsentPage(document);
