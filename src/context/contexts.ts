/** Context keys shared by `<authsec-provider>` and every element under it. */
import { createContext } from '@lit/context';
import type { AuthsecClient } from '../api/client.js';

/** The AuthSec client of the nearest provider (undefined until it has a base URL). */
export const clientContext = createContext<AuthsecClient | undefined>(Symbol('authsec-client'));

/** The provider's locale (BCP 47), so one attribute localises every element below it. */
export const localeContext = createContext<string | undefined>(Symbol('authsec-locale'));
