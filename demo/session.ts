// The portal's sign-in: the emulator hands the demo a session for a seeded user (the workspace
// owner by default; the account page asks for an end user by email). Kept until refreshed.

export interface Session {
  token: string;
  expires_in: number;
  user: { name: string; email: string };
}

export function sessionFor(who: { email?: string } = {}): (force: boolean) => Promise<Session> {
  let session: Promise<Session> | undefined;
  return (force) => {
    if (!session || force) {
      session = fetch('/__emulator/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(who) }).then(
        async (r) => {
          if (!r.ok) throw new Error(`sign-in failed (${r.status})`);
          return (await r.json()) as Session;
        },
      );
    }
    return session;
  };
}
