#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Flow 3, "customer registers when redeeming an activation code": the shop hands out a code from
# its stock (restocked through the code-batch API); the customer creates the account in keyway's
# sign-in page and redeems the code there. Usage: [EMAIL]
source "$(dirname "$0")/lib.sh"
email=${1:-buyer-$(date +%s)-$$@example.com}

say "1. webshop: restocks and hands out one activation code"
code=$(admin_post /api/activation/v1/code-batches '{"configuration":"KWP","count":1}' | json codes 0)
say "   code for the receipt: ${code:0:5}-…"

say "2. customer: creates the account in keyway's sign-in page"
token=$(keyway_sign_in "$email" kim-password-1 register Kim Buyer)

say "3. customer: redeems the code in keyway"
curl -sS --fail-with-body -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $(python3 -c 'import uuid; print(uuid.uuid4())')" \
    --data "{\"code\":\"$code\",\"hw\":\"example-device\"}" \
    "$KEYWAY_URL/api/activation/v1/redemptions" >/dev/null

say "4. customer: sees the license in keyway"
keyway_licenses "$token"
