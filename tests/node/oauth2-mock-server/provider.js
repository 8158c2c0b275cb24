// SPDX-License-Identifier: BSD-3-Clause
// A second, independent OpenID provider for Keyway's sign-in tests: axa-group's
// oauth2-mock-server 8.2.3 (pinned by package-lock.json), another code base than oidc-provider.
// Its style differs where real deployments differ:
//   - the issuer ends with a slash (as Auth0's tenants do), and discovery says it exactly so;
//   - the ID token and userinfo carry only a subject ("johndoe"): no e-mail, no names;
//   - the authorize endpoint signs in at once (no pages) and redirects back.
// Options make it behave like other providers met in the field:
//   --alg RS256|ES256|Ed25519  the ID token's signature; Ed25519 is RFC 9864's name, which
//                              current providers publish instead of EdDSA
//   --short-ec-coordinate      ES256 with a key whose x begins with a zero byte, published
//                              without it (31 bytes), as some providers' JWKS do
//   --deny "TEXT"              the authorize endpoint answers error=access_denied with TEXT as
//                              error_description, form-encoded ("+" for spaces)
//
// Usage: node provider.js [--port N] [options]
// Prints "oauth2-mock-server ready at <issuer>" on stdout once it listens (port 0: a free port).
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import { OAuth2Issuer, OAuth2Service } from 'oauth2-mock-server';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && index + 1 < args.length ? args[index + 1] : fallback;
};
const port = Number(option('--port', '0'));
const alg = option('--alg', 'RS256');
const shortCoordinate = args.includes('--short-ec-coordinate');
const deny = option('--deny', '');

const issuer = new OAuth2Issuer(true); // true: the issuer URL always ends with "/"
const service = new OAuth2Service(issuer);

if (shortCoordinate) {
  // About one P-256 key in 256 has a leading zero byte in x.
  let jwk;
  do {
    jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  } while (Buffer.from(jwk.x, 'base64url')[0] !== 0);
  // The store keeps the full key for signing; only the published JWKS drops the zero byte.
  await issuer.keys.add({ ...jwk, alg: 'ES256', kid: 'short-x' });
} else {
  await issuer.keys.generate(alg);
}

if (deny) {
  service.on('beforeAuthorizeRedirect', (redirect) => {
    redirect.url.searchParams.delete('code');
    redirect.url.searchParams.set('error', 'access_denied');
    redirect.url.searchParams.set('error_description', deny);
  });
}

const server = createServer((req, res) => {
  if (shortCoordinate && req.url === '/jwks') {
    const keys = issuer.keys.toJSON().map((key) => ({
      ...key,
      x: Buffer.from(key.x, 'base64url').subarray(1).toString('base64url'),
    }));
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ keys }));
    return;
  }
  service.requestHandler(req, res);
});
server.listen(port, '127.0.0.1', () => {
  issuer.url = `http://127.0.0.1:${server.address().port}`;
  console.log(`oauth2-mock-server ready at ${issuer.url}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
