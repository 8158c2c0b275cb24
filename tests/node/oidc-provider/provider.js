// SPDX-License-Identifier: BSD-3-Clause
// A certified OpenID provider (panva/node-oidc-provider 8.8.1, pinned by package-lock.json) as a
// test peer for Keyway's sign-in. Configured like a real deployment for a native public client:
// PKCE S256 required, private-use-scheme and loopback redirect URIs (any loopback port, RFC 8252
// §7.3, by oidc-provider's native-client rules), refresh tokens rotated, revocation and
// RP-initiated logout on. Its development interactions stand in for the login and consent pages:
// any login with any password signs in.
//
// Usage: node provider.js [--port N] [--client-id ID] [options]
//   --refresh-policy always|default  always (the default here): a refresh token for every
//                              sign-in; default: oidc-provider's own rule, OIDC Core §11 (only
//                              with offline_access, which needs prompt=consent)
//   --alg RS256|ES256|EdDSA    the ID token's signature (a fresh key of that type)
//   --pairwise                 pairwise subject identifiers (OIDC Core §8.1)
//   --issuer-path /realms/x    the issuer has this path (Keycloak, Entra ID, Okta style)
//   --access-ttl SECONDS       access token lifetime (default 600)
//   --no-email                 accounts without e-mail or names (only "sub")
//   --exact-port N             refuse loopback redirect URIs other than port N, as providers
//                              that match redirect URIs exactly do (RFC 8252 §7.3 says not to)
// Prints "oidc-provider ready at <issuer>" on stdout once it listens (port 0: a free port).
import { createServer } from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && index + 1 < args.length ? args[index + 1] : fallback;
};
const flag = (name) => args.includes(name);
const port = Number(option('--port', '0'));
const clientId = option('--client-id', 'keyway-desktop');
const refreshPolicy = option('--refresh-policy', 'always');
const alg = option('--alg', 'RS256');
const pairwise = flag('--pairwise');
const issuerPath = option('--issuer-path', '');
const accessTtl = Number(option('--access-ttl', '600'));
const noEmail = flag('--no-email');
const exactPort = option('--exact-port', '');

// A fresh signing key of the requested type; oidc-provider publishes its public part.
function signingKey() {
  const types = {
    RS256: ['rsa', { modulusLength: 2048 }],
    ES256: ['ec', { namedCurve: 'P-256' }],
    EdDSA: ['ed25519', {}],
  };
  if (!types[alg]) throw new Error(`unknown --alg ${alg}`);
  const { privateKey } = generateKeyPairSync(types[alg][0], types[alg][1]);
  return { ...privateKey.export({ format: 'jwk' }), alg, use: 'sig', kid: `test-${alg}` };
}

const server = createServer();
server.listen(port, '127.0.0.1', () => {
  const origin = `http://127.0.0.1:${server.address().port}`;
  const issuer = origin + issuerPath;
  const redirectUris = ['http://127.0.0.1/oauth2redirect'];
  // A pairwise client's redirect URIs must share one host (or name a sector identifier).
  if (!pairwise) redirectUris.unshift('com.example.keyway:/oauth2redirect');
  const configuration = {
    clients: [{
      client_id: clientId,
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: redirectUris,
      id_token_signed_response_alg: alg,
      ...(pairwise ? { subject_type: 'pairwise' } : {}),
    }],
    jwks: { keys: [signingKey()] },
    enabledJWA: { idTokenSigningAlgValues: ['RS256', 'ES256', 'EdDSA'] },
    pkce: { required: () => true, methods: ['S256'] },
    scopes: ['openid', 'email', 'profile', 'offline_access'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name'],
    },
    subjectTypes: pairwise ? ['public', 'pairwise'] : ['public'],
    pairwiseIdentifier: async (ctx, accountId, client) => `pairwise-${accountId}-${client.clientId}`,
    // Every login exists: "ada" becomes ada@example.com (with --no-email: only a subject).
    findAccount: async (ctx, id) => ({
      accountId: id,
      claims: async () => (noEmail ? { sub: id } : {
        sub: id,
        email: `${id}@example.com`,
        email_verified: true,
        given_name: id.charAt(0).toUpperCase() + id.slice(1),
        family_name: 'Tester',
      }),
    }),
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    ttl: { AccessToken: accessTtl, IdToken: 600 },
    cookies: { keys: ['keyway-test-cookie-key-not-a-secret'] },
  };
  if (refreshPolicy === 'always') {
    // A native app keeps its session without asking for offline_access (which OIDC Core ties
    // to prompt=consent).
    configuration.issueRefreshToken = async (ctx, client) => client.grantTypeAllowed('refresh_token');
  } else if (refreshPolicy !== 'default') {
    throw new Error(`unknown --refresh-policy ${refreshPolicy}`);
  }
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();
  // oidc-provider warns on stderr about its development keys and interactions: expected here.
  server.on('request', (req, res) => {
    const url = new URL(req.url, origin);
    if (exactPort && url.pathname === `${issuerPath}/auth`) {
      const wanted = `http://127.0.0.1:${exactPort}/oauth2redirect`;
      if (url.searchParams.get('redirect_uri') !== wanted) {
        res.writeHead(400, { 'Content-Type': 'text/plain' });
        res.end(`redirect_uri must be exactly ${wanted}`);
        return;
      }
    }
    if (issuerPath) {
      // Mounted under the issuer's path, as behind a reverse proxy.
      if (!url.pathname.startsWith(`${issuerPath}/`)) {
        res.writeHead(404);
        res.end();
        return;
      }
      req.originalUrl = req.url;
      req.url = req.url.slice(issuerPath.length);
    }
    callback(req, res);
  });
  console.log(`oidc-provider ready at ${issuer}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
