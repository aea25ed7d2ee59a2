// What a host does before its first render: where AuthSec is, and a way to get the admin token.
// Here the emulator (`?api=<origin>`, another origin than this app's) and a session its runner
// signed in for (`#token=…`), as a portal's backend would hand one to its page.
const params = new URLSearchParams(location.search);

/** AuthSec's origin. */
export const api = params.get('api') ?? '';

/** The application to show (`?app=<id>`: the runner passes a seeded one). */
export const applicationId = params.get('app') ?? '';

const token = new URLSearchParams(location.hash.slice(1)).get('token');
export const getToken = (): string | null => token;

/** What the page shows once the mapper's typed event arrived: the runner waits for it. */
export const countersText = (c: { total: number; public: number }): string => `${c.total} tools, ${c.public} public`;
