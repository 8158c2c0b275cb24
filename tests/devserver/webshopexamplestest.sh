#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Runs the three webshop examples (examples/webshop/) against a fresh keyway-devserver.
# Usage: webshopexamplestest.sh <keyway-devserver binary> <examples/webshop folder>
set -euo pipefail
server_bin=$1
examples=$2
data=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$data"
}
trap cleanup EXIT

"$server_bin" --port 0 --data-dir "$data" --dev-endpoints >"$data/stdout" 2>"$data/server.log" &
server_pid=$!
for _ in $(seq 1 200); do
    grep -q '^keyway-devserver listening on ' "$data/stdout" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
    sleep 0.1
done
KEYWAY_URL=$(sed -n 's/^keyway-devserver listening on //p' "$data/stdout")
[ -n "$KEYWAY_URL" ] || { echo "the server did not become ready" >&2; exit 1; }
export KEYWAY_URL KEYWAY_DATA_DIR=$data

for flow in register-during-purchase create-during-purchase activation-code; do
    echo "== $flow"
    bash "$examples/$flow.sh"
done
echo "== a pre-registered address does not capture the purchase"
(
    source "$examples/lib.sh"
    victim=captured-$$@example.com
    squatter=$(keyway_sign_in "$victim" squatter-password-1 register Mallory Squatter)
    out=$(bash "$examples/create-during-purchase.sh" "$victim")
    printf '%s\n' "$out"
    grep -q 'not verified: invite instead' <<<"$out" || die "the shop provisioned an unverified account"
    if keyway_licenses "$squatter" >/dev/null 2>&1; then die "the squatter received the purchase"; fi
    # The owner of the mailbox accepts the invitation (the registration page, not the squatter's
    # sign-in), registers and so takes the address over.
    back=$(accept_invitation "$victim" Olive Owner owner-password-1)
    [ "$back" = "https://shop.example.com/claim?order=2002" ] || die "the claim returned to '$back'"
    [ "$(admin_post /api/idp/v1/users/byEmail "{\"email\":\"$victim\"}" | json emailVerified)" = True ] ||
        die "the address is still unverified"
    status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $squatter" "$KEYWAY_URL/user/info")
    [ "$status" = 401 ] || die "the squatter's tokens still work ($status)"
    if (keyway_sign_in "$victim" squatter-password-1 >/dev/null 2>&1); then
        die "the squatter's password still works"
    fi
    echo "   the squatter got nothing; the owner claimed the address"
)
echo "all three onboarding flows passed, and the capture attempt failed"
