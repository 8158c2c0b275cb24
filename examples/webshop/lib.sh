# SPDX-License-Identifier: BSD-3-Clause
# Shared by the webshop examples: what the webshop's back end calls (the admin API of
# docs/protocol.md §4) and what the customer does in a browser or in keyway, played with curl.
# Needs bash, curl and python3 (for JSON and PKCE). Settings:
#   KEYWAY_URL        the server's base URL (default http://127.0.0.1:8765)
#   KEYWAY_ADMIN_KEY  the admin API key, or KEYWAY_DATA_DIR to read it from <dir>/admin-api-key
set -euo pipefail

KEYWAY_URL=${KEYWAY_URL:-http://127.0.0.1:8765}
if [ -z "${KEYWAY_ADMIN_KEY:-}" ]; then
    KEYWAY_ADMIN_KEY=$(cat "${KEYWAY_DATA_DIR:-$HOME/.local/share/keyway-devserver}/admin-api-key")
fi
CLIENT_ID=keyway-desktop
REDIRECT_URI=http://127.0.0.1:53200/oauth2redirect

# The customer's browser keeps its cookies: the sign-in pages' forms carry a CSRF token that must
# match the browser's kw_csrf cookie.
CUSTOMER_COOKIES=$(mktemp)
trap 'rm -f "$CUSTOMER_COOKIES"' EXIT

say() { printf '%s\n' "$*"; }
die() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

# json FIELD...: reads JSON on stdin and prints the value at that path (e.g. json licenses 0 id).
json() {
    python3 -c '
import json, sys
value = json.load(sys.stdin)
for key in sys.argv[1:]:
    value = value[int(key)] if isinstance(value, list) else value[key]
print(value if not isinstance(value, (dict, list)) else json.dumps(value))' "$@"
}

# urlencode TEXT
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# query_param URL NAME
query_param() {
    python3 -c '
import sys, urllib.parse
print(urllib.parse.parse_qs(urllib.parse.urlsplit(sys.argv[1]).query).get(sys.argv[2], [""])[0])' "$1" "$2"
}

# admin_post PATH JSON: the webshop back end calling the admin API; prints the body, fails on >= 400.
admin_post() {
    curl -sS --fail-with-body -H "Authorization: Bearer $KEYWAY_ADMIN_KEY" \
        -H 'Content-Type: application/json' --data "$2" "$KEYWAY_URL$1"
}

# admin_status PATH JSON: only the HTTP status (for lookups that may answer 404).
admin_status() {
    curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KEYWAY_ADMIN_KEY" \
        -H 'Content-Type: application/json' --data "$2" "$KEYWAY_URL$1"
}

# browser URL [curl options...]: the customer's browser (cookies kept, redirects not followed).
browser() {
    local url=$1
    shift
    curl -sS -b "$CUSTOMER_COOKIES" -c "$CUSTOMER_COOKIES" "$@" "$url"
}

# submit_form PAGE ACTION [--data-urlencode name=value...]: posts a form of PAGE with its hidden
# request (or token) and csrf fields; prints where the server redirected to.
submit_form() {
    local page=$1 action=$2 field fields=()
    shift 2
    for field in request token csrf; do
        local value
        value=$(hidden_field "$page" "$field")
        [ -n "$value" ] && fields+=(--data-urlencode "$field=$value")
    done
    browser "$KEYWAY_URL$action" -o /dev/null -w '%{redirect_url}' "${fields[@]}" "$@"
}

# accept_invitation EMAIL GIVEN FAMILY PASSWORD: the customer opens the newest invitation to
# EMAIL and registers from it; prints where the server sent the browser back to.
accept_invitation() {
    local page
    page=$(browser "$(mail_link "$1")" --fail)
    grep -q 'id="register-form"' <<<"$page" || die "the invitation did not open the registration page"
    submit_form "$page" /user/register --data-urlencode "given_name=$2" \
        --data-urlencode "family_name=$3" --data-urlencode "email=$1" --data-urlencode "password=$4"
}

# mail_link EMAIL: the link of the newest e-mail to EMAIL in the dev server's outbox (a
# stand-in for the customer's mailbox; the server must run with --dev-endpoints).
mail_link() {
    curl -sS --fail "$KEYWAY_URL/dev/outbox.json?to=$(urlencode "$1")" | json messages -1 links 0
}

# hidden_field HTML NAME
hidden_field() {
    sed -n "s/.*<input type=\"hidden\" name=\"$2\" value=\"\([^\"]*\)\".*/\1/p" <<<"$1" | head -n1
}

# keyway_sign_in EMAIL PASSWORD [register GIVEN FAMILY]: what keyway does (authorization code
# flow with PKCE) with the customer typing into the sign-in page; prints the access token.
keyway_sign_in() {
    local email=$1 password=$2 mode=${3:-login} pkce verifier challenge state authorize page request
    pkce=$(python3 -c '
import base64, hashlib, secrets
v = base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=")
print(v.decode(), base64.urlsafe_b64encode(hashlib.sha256(v).digest()).rstrip(b"=").decode())')
    verifier=${pkce% *}
    challenge=${pkce#* }
    state=$(python3 -c 'import secrets; print(secrets.token_urlsafe(16))')
    authorize="$KEYWAY_URL/user/oauth20/authz?response_type=code&client_id=$CLIENT_ID"
    authorize+="&redirect_uri=$(urlencode "$REDIRECT_URI")&scope=openid%20profile%20email%20offline_access"
    authorize+="&state=$state&nonce=$state&code_challenge=$challenge&code_challenge_method=S256"
    authorize+="&login_hint=$(urlencode "$email")"
    [ "$mode" = register ] && authorize+="&prompt=create"
    [ "$mode" = register ] || authorize+="&prompt=login"
    page=$(browser "$authorize" --fail)
    request=$(hidden_field "$page" request)
    [ -n "$request" ] || die "no sign-in page"
    local location
    if [ "$mode" = register ]; then
        location=$(submit_form "$page" /user/register --data-urlencode "given_name=$4" \
            --data-urlencode "family_name=$5" --data-urlencode "email=$email" \
            --data-urlencode "password=$password")
    else
        location=$(submit_form "$page" /user/login --data-urlencode "email=$email" \
            --data-urlencode "password=$password")
    fi
    local code
    code=$(query_param "$location" code)
    [ -n "$code" ] || die "sign-in as $email did not return a code"
    [ "$(query_param "$location" state)" = "$state" ] || die "state mismatch"
    curl -sS --fail "$KEYWAY_URL/user/oauth20/token" --data grant_type=authorization_code \
        --data-urlencode "code=$code" --data-urlencode "redirect_uri=$REDIRECT_URI" \
        --data "client_id=$CLIENT_ID" --data "code_verifier=$verifier" | json access_token
}

# keyway_licenses ACCESS_TOKEN: what keyway shows; fails when the customer has no license.
keyway_licenses() {
    local licenses
    licenses=$(curl -sS --fail -H "Authorization: Bearer $1" \
        "$KEYWAY_URL/api/entitlement/v1/users/me/available-licenses" | json licenses)
    python3 -c '
import json, sys
licenses = json.loads(sys.argv[1])
if not licenses:
    sys.exit("the customer has no license")
for lic in licenses:
    print("  license: %s (%s) until %s" % (lic["productName"], ", ".join(lic["licensedItems"]), lic["validUntil"]))' "$licenses"
}
