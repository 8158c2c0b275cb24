// SPDX-License-Identifier: BSD-3-Clause
// A certified OpenID provider (panva/node-oidc-provider 8.8.1, pinned by package-lock.json) as a
// test peer for Keyway's sign-in. Configured like a real deployment for a native public client:
// PKCE S256 required, private-use-scheme and loopback redirect URIs (any loopback port, RFC 8252
// §7.3, by oidc-provider's native-client rules), refresh tokens rotated, revocation and
// RP-initiated logout on. Its development interactions stand in for the login and consent pages:
// any login with any password signs in.
//
// Usage: node provider.js [--port N] [--client-id ID]
// Prints "oidc-provider ready at <issuer>" on stdout once it listens (port 0: a free port).
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && index + 1 < args.length ? args[index + 1] : fallback;
};
const port = Number(option('--port', '0'));
const clientId = option('--client-id', 'keyway-desktop');

const server = createServer();
server.listen(port, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: ['com.example.keyway:/oauth2redirect', 'http://127.0.0.1/oauth2redirect'],
    }],
    pkce: { required: () => true, methods: ['S256'] },
    scopes: ['openid', 'email', 'profile', 'offline_access'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name'],
    },
    // Every login exists: "ada" becomes ada@example.com.
    findAccount: async (ctx, id) => ({
      accountId: id,
      claims: async () => ({
        sub: id,
        email: `${id}@example.com`,
        email_verified: true,
        given_name: id.charAt(0).toUpperCase() + id.slice(1),
        family_name: 'Tester',
      }),
    }),
    // A native app keeps its session without asking for offline_access (which OIDC Core ties to
    // prompt=consent).
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    ttl: { AccessToken: 600, IdToken: 600 },
    cookies: { keys: ['keyway-test-cookie-key-not-a-secret'] },
  });
  // oidc-provider warns on stderr about its development keys and interactions: expected here.
  server.on('request', provider.callback());
  console.log(`oidc-provider ready at ${issuer}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
