#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Regenerates the seed corpora under fuzz/corpus/ from the fuzzing key pair in /tmp (or
# $KEYWAY_FUZZ_KEYDIR): ed.pem (Ed25519), rsa.pem with rsa.mod (RSA-2048, its modulus in hex) and
# ec.pem with ec.pub (P-256, x || y). Their public halves are the key set in fuzzkeys.h.
# Needs python3 and the openssl command. Not run by the build; the seeds are in the repository.
import base64, json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
keydir = os.environ.get("KEYWAY_FUZZ_KEYDIR", "/tmp/fz")

def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

def js(obj):
    return json.dumps(obj, separators=(",", ":")).encode()

def sign(data):
    path = os.path.join(keydir, "input.bin")
    with open(path, "wb") as f:
        f.write(data)
    return subprocess.run(["openssl", "pkeyutl", "-sign", "-rawin", "-inkey",
                           os.path.join(keydir, "ed.pem"), "-in", path],
                          check=True, capture_output=True).stdout

def sign_rs256(data):
    return subprocess.run(["openssl", "dgst", "-sha256", "-sign", os.path.join(keydir, "rsa.pem")],
                          input=data, check=True, capture_output=True).stdout

def sign_es256(data):
    # openssl gives a DER SEQUENCE of two INTEGERs; JWS wants r || s, 32 bytes each.
    der = subprocess.run(["openssl", "dgst", "-sha256", "-sign", os.path.join(keydir, "ec.pem")],
                         input=data, check=True, capture_output=True).stdout
    def integer(at):
        assert der[at] == 0x02
        length = der[at + 1]
        return int.from_bytes(der[at + 2:at + 2 + length], "big"), at + 2 + length
    r, at = integer(2)
    s, _ = integer(at)
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")

def jws_with(header, claims, signer):
    signing = (b64(js(header)) + "." + b64(js(claims))).encode()
    return signing + b"." + b64(signer(signing)).encode()

def jws(header, claims):
    signing = (b64(js(header)) + "." + b64(js(claims))).encode()
    return signing + b"." + b64(sign(signing)).encode()

def write(target, name, data):
    d = os.path.join(here, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())

ed_x = b64(open(os.path.join(keydir, "ed.pub"), "rb").read())
rsa_n = b64(bytes.fromhex(open(os.path.join(keydir, "rsa.mod")).read().strip()))
ec = open(os.path.join(keydir, "ec.pub"), "rb").read()
ed_jwk = {"kty": "OKP", "crv": "Ed25519", "x": ed_x, "kid": "license", "use": "sig", "alg": "EdDSA"}
rsa_jwk = {"kty": "RSA", "n": rsa_n, "e": "AQAB", "kid": "rsa-1", "use": "sig", "alg": "RS256"}
ec_jwk = {"kty": "EC", "crv": "P-256", "x": b64(ec[:32]), "y": b64(ec[32:]), "kid": "ec-1",
          "use": "sig"}

# fuzzing "now" is 2025-01-01T00:00:00Z (FuzzKeys::Now)
now = 1735689600
claims = {"iss": "http://127.0.0.1:8765", "sub": "user-1", "iat": now - 3600,
          "exp": now + 86400, "rfr": now + 43200, "jti": "lease-keyway-pro", "lic": "license-1",
          "hw": "device-aaaa", "keyway-pro": True}
header = {"alg": "EdDSA", "kid": "license", "typ": "JWT"}
token = jws(header, claims)
token2 = jws(header, dict(claims, **{"jti": "lease-keyway-export", "keyway-export": True}))
denied = jws(header, {"iss": "http://127.0.0.1:8765", "sub": "user-1", "iat": now, "hw": "device-aaaa",
                      "keyway-pro_errorCode": "no_license", "keyway-pro_errorMessage": "No seat left"})

# activation codes: docs/protocol.md §2
for i, code in enumerate(["KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA", "KWP3D-QCJU4-KHVMG-NZGED-P95W5",
                          "KWSCE-WXY97-EFT8E-DV6U2-YB7Y4", "kwpwk 3degz dpcf5 4erf5 dhqda",
                          "KWPWK-3DEGZ-DPCF5-4ERF5-DHQDB"]):
    write("activationcode", f"code{i}", code)

# JOSE: compact JWSs, JWK sets, base64url
write("jose", "jws-eddsa", token)
write("jose", "jws-nokid", jws({"alg": "EdDSA"}, {"hello": "world"}))
# Signed by the fuzz key set's RSA and EC keys (kid rsa-1, ec-1: both in fuzzkeys.h), so that
# the RS256 and ES256 verifiers are reached and pass; the zero-signature one fails in them.
write("jose", "jws-rs256", jws_with({"alg": "RS256", "kid": "rsa-1"}, claims, sign_rs256))
write("jose", "jws-es256", jws_with({"alg": "ES256", "kid": "ec-1", "typ": "JWT"}, claims, sign_es256))
write("jose", "jws-rs256-header", b64(js({"alg": "RS256", "kid": "rsa-1"})) + "." + b64(js({"a": 1})) + "." + b64(b"\0" * 256))
write("jose", "jwks-all", js({"keys": [ed_jwk, rsa_jwk, ec_jwk]}))
write("jose", "jwks-enc", js({"keys": [dict(rsa_jwk, use="enc"), ed_jwk]}))
write("jose", "b64", b64(b"\x00\x01\xfe\xffkeyway"))
# Keys the verifier refuses (tests/unit/josevectorstest.cpp has the rest): an Ed25519 point of
# order 8, a P-256 x of p; and an EdDSA token whose R is the neutral element and S zero.
order8 = bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05")
write("jose", "jwk-ed25519-small-order", js({"kty": "OKP", "crv": "Ed25519", "x": b64(order8)}))
p256 = bytes.fromhex("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff")
write("jose", "jwk-p256-x-is-p", js(dict(ec_jwk, x=b64(p256))))
write("jose", "jws-eddsa-neutral-r", b64(js({"alg": "EdDSA", "kid": "license"})) + "." + b64(js({"a": 1})) + "." + b64(b"\x01" + b"\0" * 63))

# license tokens and checkout bodies
write("licensetoken", "single", token)
write("licensetoken", "checkout-two", token + b"&" + token2)
write("licensetoken", "denied", denied)
write("licensetoken", "expired", jws(header, dict(claims, exp=now - 10)))
write("licensetoken", "wrong-device", jws(header, dict(claims, hw="device-bbbb")))

# vendor configuration
write("vendorconfig", "client-config.json", open(os.path.join(here, "..", "resources", "client-config.json"), "rb").read())
write("vendorconfig", "minimal.json", js({
    "productName": "Keyway Demo", "vendorName": "Example Software", "issuer": "http://127.0.0.1:8765",
    "clientId": "keyway-desktop", "redirectUris": {"embedded": "com.example.keyway:/cb"},
    "scopes": ["openid"], "licensedItems": ["keyway-pro", "keyway-export"],
    "licenseKeys": {"keys": [ed_jwk, rsa_jwk]}}))

# protocol JSON readers (issuer expected by the fuzzer: https://id.example.com)
write("protocoljson", "discovery.json", js({
    "issuer": "https://id.example.com",
    "authorization_endpoint": "https://id.example.com/authorize",
    "token_endpoint": "https://id.example.com/token",
    "userinfo_endpoint": "https://id.example.com/userinfo",
    "jwks_uri": "https://id.example.com/jwks",
    "end_session_endpoint": "https://id.example.com/logout",
    "response_types_supported": ["code"], "subject_types_supported": ["public"],
    "code_challenge_methods_supported": ["S256"], "prompt_values_supported": ["none", "login", "create"],
    "id_token_signing_alg_values_supported": ["RS256", "ES256", "EdDSA"],
    "ui_locales_supported": ["en", "de"]}))
write("protocoljson", "token.json", js({
    "access_token": "eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "token_type": "Bearer", "expires_in": 3600,
    "refresh_token": "r-1", "id_token": token.decode(), "scope": "openid profile email offline_access"}))
write("protocoljson", "redemption.json", js({
    "redemptionId": "red-1", "entitlement": {"created": True},
    "licenses": [{"id": "license-1", "productName": "Keyway Pro", "licensedItems": ["keyway-pro"],
                  "validFrom": "2025-01-01T00:00:00Z", "validUntil": "2026-01-01T00:00:00Z"}]}))
write("protocoljson", "license.json", js({
    "id": "license-1", "productName": "Keyway Pro", "licensedItems": ["keyway-pro", "keyway-export"],
    "validFrom": "2025-01-01T00:00:00Z"}))

# loopback redirects (the fuzzer appends the attempt's real state as a second try)
write("redirect", "code", "http://127.0.0.1:53682/callback?code=SplxlOBeZQQYbYS6WxSbIA&iss=https%3A%2F%2Fid.example.com")
write("redirect", "code-nostate", "http://127.0.0.1:53682/callback?code=abc")
write("redirect", "error", "http://127.0.0.1:53682/callback?error=access_denied&error_description=email_not_verified")
write("redirect", "error-desc", "http://127.0.0.1:53682/callback?error=server_error&error_description=%E2%9C%93+try+later")
write("redirect", "custom-scheme", "com.example.keyway:/cb?code=x&state=abc&iss=https://evil.example")
print("seeds written; Ed25519 x =", ed_x)
print("RSA n =", rsa_n)
print("EC x =", b64(ec[:32]), "y =", b64(ec[32:]))
