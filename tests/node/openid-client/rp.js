// SPDX-License-Identifier: BSD-3-Clause
// The certified OpenID relying party (npm openid-client, pinned by package-lock.json) against
// keyway-devserver: discovery on both paths, the code flow with PKCE (this script plays the
// browser over plain HTTP and fills the registration form), the callback validation (state,
// nonce, iss, ID token signature and claims, all by openid-client), userinfo, refresh,
// refresh-token reuse detection and RFC 7009 revocation.
//
// Usage: node rp.js <base URL>   (prints one line per step; exits non-zero on the first failure)
'use strict';

const crypto = require('node:crypto');
const { Issuer, generators, custom, errors } = require('openid-client');

const ClientId = 'keyway-desktop';
const RedirectUri = 'http://127.0.0.1:53124/oauth2redirect';

custom.setHttpOptionsDefaults({ timeout: 10000 });

function step(name, detail) {
  console.log(`ok   ${name}${detail ? ` (${detail})` : ''}`);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** The part of a browser this flow needs: GET/POST without following redirects, one cookie jar. */
class Browser {
  constructor() {
    this.cookies = new Map();
  }

  async request(url, options = {}) {
    const headers = { ...(options.headers || {}) };
    if (this.cookies.size)
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, { ...options, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return response;
  }

  async get(url) {
    return this.request(url);
  }

  async postForm(url, fields) {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

function hiddenField(html, name) {
  const match = new RegExp(`<input[^>]*type="hidden"[^>]*name="${name}"[^>]*value="([^"]+)"`).exec(html)
    || new RegExp(`<input[^>]*name="${name}"[^>]*type="hidden"[^>]*value="([^"]+)"`).exec(html);
  check(match, `the page has no hidden "${name}" field`);
  return match[1];
}

function hiddenRequest(html) {
  return hiddenField(html, 'request');
}

/**
 * With a browser session the provider asks "Continue as <name>?" before it answers a public
 * native client (RFC 8252 §8.6); the person continues. Returns the redirect to the client.
 */
async function continueAs(browser, base, authorizationUrl) {
  const page = await browser.get(authorizationUrl);
  check(page.status === 200, `authorize with a session answered ${page.status}`);
  const html = await page.text();
  check(html.includes('id="continue-as-form"'), 'no "Continue as" page with a session');
  const confirmed = await browser.postForm(`${base}/user/confirm`, {
    request: hiddenRequest(html),
    csrf: hiddenField(html, 'csrf'),
  });
  check(confirmed.status === 302, `"Continue as" answered ${confirmed.status}`);
  return confirmed.headers.get('location');
}

async function expectGrantError(promise, expected, what) {
  try {
    await promise;
  } catch (error) {
    check(error instanceof errors.OPError, `${what}: ${error.message}`);
    check(error.error === expected, `${what}: expected ${expected}, got ${error.error}`);
    return;
  }
  throw new Error(`${what}: the server accepted it`);
}

async function main() {
  const base = process.argv[2];
  check(base, 'usage: node rp.js <base URL>');

  // 1. Discovery, both paths; both documents must describe the same issuer.
  const issuer = await Issuer.discover(`${base}/.well-known/openid-configuration`);
  check(issuer.issuer === base, `issuer ${issuer.issuer} is not ${base}`);
  step('discovery /.well-known/openid-configuration', issuer.issuer);
  const userIssuer = await Issuer.discover(`${base}/user/.well-known/openid-configuration`);
  check(userIssuer.issuer === issuer.issuer, 'the two discovery documents disagree');
  check(userIssuer.token_endpoint === issuer.token_endpoint, 'the two token endpoints disagree');
  step('discovery /user/.well-known/openid-configuration');
  const issuerByBase = await Issuer.discover(base);
  check(issuerByBase.issuer === base, 'discovery from the bare issuer URL failed');
  step('discovery from the issuer URL');
  check(
    (issuer.code_challenge_methods_supported || []).includes('S256'),
    'S256 is not advertised',
  );

  const client = new issuer.Client({
    client_id: ClientId,
    token_endpoint_auth_method: 'none',
    redirect_uris: [RedirectUri],
    response_types: ['code'],
  });

  // 2. Authorization request with PKCE, played by a browser: the registration page.
  const browser = new Browser();
  const codeVerifier = generators.codeVerifier();
  const state = generators.state();
  const nonce = generators.nonce();
  const email = `rp-${crypto.randomUUID()}@example.com`;
  const authorizationUrl = client.authorizationUrl({
    scope: 'openid profile email offline_access',
    redirect_uri: RedirectUri,
    state,
    nonce,
    code_challenge: generators.codeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    prompt: 'create',
    login_hint: email,
  });
  const page = await browser.get(authorizationUrl);
  check(page.status === 200, `authorize answered ${page.status}`);
  const html = await page.text();
  check(html.includes('id="register-form"'), 'prompt=create did not open the registration page');
  check(html.includes(`value="${email}"`), 'login_hint did not pre-fill the e-mail');
  step('authorize shows the registration page');

  const submitted = await browser.postForm(`${base}/user/register`, {
    request: hiddenRequest(html),
    csrf: hiddenField(html, 'csrf'),
    given_name: 'Relying',
    family_name: 'Party',
    email,
    password: 'correct horse battery',
  });
  check(submitted.status === 302, `registration answered ${submitted.status}`);
  const callbackUrl = submitted.headers.get('location');
  check(callbackUrl && callbackUrl.startsWith(RedirectUri), `redirected to ${callbackUrl}`);
  check(browser.cookies.has('kw_session'), 'no session cookie');
  step('registration form posted, redirected with a code');

  // 3. Callback: openid-client checks state, iss, the code exchange with the verifier, and the
  //    ID token (signature against JWKS, iss, aud, exp, iat, nonce).
  const params = client.callbackParams(callbackUrl);
  const tokenSet = await client.callback(RedirectUri, params, {
    state,
    nonce,
    code_verifier: codeVerifier,
  });
  const claims = tokenSet.claims();
  check(claims.email === email, 'ID token e-mail');
  check(claims.aud === ClientId, 'ID token audience');
  check(tokenSet.refresh_token, 'no refresh token');
  step('callback validated: code exchanged, ID token verified', `sub ${claims.sub}`);

  // 4. Userinfo.
  const userinfo = await client.userinfo(tokenSet);
  check(userinfo.sub === claims.sub && userinfo.email === email, 'userinfo disagrees');
  step('userinfo', userinfo.name);

  // 5. Refresh rotates the refresh token; the refreshed ID token is verified too.
  const refreshed = await client.refresh(tokenSet);
  check(refreshed.refresh_token && refreshed.refresh_token !== tokenSet.refresh_token,
    'the refresh token did not rotate');
  check(refreshed.claims().sub === claims.sub, 'refreshed ID token has another subject');
  const refreshedInfo = await client.userinfo(refreshed.access_token);
  check(refreshedInfo.sub === claims.sub, 'userinfo after refresh');
  step('refresh rotated the tokens');

  // 6. A browser session never approves a public native client silently: prompt=none answers
  //    interaction_required, and without it the person confirms "Continue as <name>".
  const verifier2 = generators.codeVerifier();
  const state2 = generators.state();
  const nonce2 = generators.nonce();
  const silentParams = {
    scope: 'openid email',
    redirect_uri: RedirectUri,
    state: state2,
    nonce: nonce2,
    code_challenge: generators.codeChallenge(verifier2),
    code_challenge_method: 'S256',
  };
  const silent = await browser.get(client.authorizationUrl({ ...silentParams, prompt: 'none' }));
  check(silent.status === 302, `prompt=none answered ${silent.status}`);
  const silentError = client.callbackParams(silent.headers.get('location'));
  check(silentError.error === 'interaction_required',
    `prompt=none with a session: ${silentError.error}`);
  step('prompt=none with a session answers interaction_required');
  const silentSet = await client.callback(
    RedirectUri,
    client.callbackParams(await continueAs(browser, base, client.authorizationUrl(silentParams))),
    { state: state2, nonce: nonce2, code_verifier: verifier2 },
  );
  check(silentSet.claims().sub === claims.sub, '"Continue as" signed in someone else');
  step('"Continue as" with a session');

  // 7. Revocation (RFC 7009) of the refresh token ends its family.
  await client.revoke(refreshed.refresh_token, 'refresh_token');
  await expectGrantError(client.refresh(refreshed.refresh_token), 'invalid_grant',
    'refresh after revocation');
  try {
    await client.userinfo(refreshed.access_token);
    throw new Error('userinfo accepted a revoked access token');
  } catch (error) {
    check(error instanceof errors.OPError, error.message);
  }
  step('revocation ended the refresh family and its access tokens');

  // 8. Reusing a spent refresh token revokes the whole family (the "Continue as" one here).
  const rotated = await client.refresh(silentSet);
  await expectGrantError(client.refresh(silentSet.refresh_token), 'invalid_grant',
    'spent refresh token');
  await expectGrantError(client.refresh(rotated.refresh_token), 'invalid_grant',
    'refresh token of a revoked family');
  step('refresh-token reuse revoked the family');

  // 9. Revoking an access token.
  const otherFlow = await client.refresh(tokenSet).catch(() => null);
  check(otherFlow === null, 'the first refresh token still worked after rotation');
  await client.revoke(silentSet.access_token, 'access_token');
  step('access-token revocation answered 200');

  // 10. A code is single use: presenting it again is refused and revokes what it produced.
  const verifier3 = generators.codeVerifier();
  const state3 = generators.state();
  const again = await continueAs(browser, base, client.authorizationUrl({
    scope: 'openid',
    redirect_uri: RedirectUri,
    state: state3,
    code_challenge: generators.codeChallenge(verifier3),
    code_challenge_method: 'S256',
  }));
  const againParams = client.callbackParams(again);
  const againSet = await client.callback(RedirectUri, againParams,
    { state: state3, code_verifier: verifier3 });
  await client.userinfo(againSet);
  await expectGrantError(
    client.callback(RedirectUri, againParams, { state: state3, code_verifier: verifier3 }),
    'invalid_grant', 'reused code');
  await expectGrantError(client.refresh(againSet), 'invalid_grant',
    'refresh token from a replayed code');
  step('a reused code is refused and its tokens revoked');

  // 11. Sign-out ends the browser session: prompt=none then answers login_required.
  const signedOut = await browser.get(client.endSessionUrl({
    post_logout_redirect_uri: RedirectUri,
    state: 'bye',
  }));
  check(signedOut.status === 302, `sign-out answered ${signedOut.status}`);
  const verifier4 = generators.codeVerifier();
  const afterSignOut = await browser.get(client.authorizationUrl({
    scope: 'openid',
    redirect_uri: RedirectUri,
    state: 'after',
    code_challenge: generators.codeChallenge(verifier4),
    code_challenge_method: 'S256',
    prompt: 'none',
  }));
  const afterParams = client.callbackParams(afterSignOut.headers.get('location') || '');
  check(afterParams.error === 'login_required', `prompt=none after sign-out: ${afterParams.error}`);
  step('sign-out ended the browser session');

  console.log('all steps passed');
}

main().catch((error) => {
  console.error(`FAIL ${error.stack || error}`);
  process.exit(1);
});
