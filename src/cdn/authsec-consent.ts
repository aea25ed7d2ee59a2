// Drop-in bundle dist/cdn/authsec-consent.js: the hosted consent page's one <script>; self-defining,
// no exports, kept as small as possible (checked by bundle-budgets.json).
// The provider comes first: @lit/context providers must be defined before their consumers.
import '../context/define.js';
import '../elements/consent-screen/define.js';
