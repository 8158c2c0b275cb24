#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Flow 2, "webshop creates the customer during the purchase": the shop creates the account
# (no password) with an activation e-mail and provisions the licenses at once; the customer sets a
# password from the e-mail and signs in to keyway. Usage: [EMAIL]
source "$(dirname "$0")/lib.sh"
email=${1:-buyer-$(date +%s)-$$@example.com}

say "1. webshop: is $email a returning customer?"
status=$(admin_status /api/idp/v1/users/byEmail "{\"email\":\"$email\"}")
if [ "$status" = 200 ]; then
    user_id=$(admin_post /api/idp/v1/users/byEmail "{\"email\":\"$email\"}" | json id)
    say "   yes: $user_id"
else
    [ "$status" = 404 ] || die "lookup answered $status"
    user_id=$(admin_post '/api/idp/v1/users?sendActivationEmail=true' \
        "{\"email\":\"$email\",\"firstName\":\"Sam\",\"lastName\":\"Buyer\"}" | json id)
    say "   no: created $user_id, activation e-mail sent"
fi

say "2. webshop: provisions the order right away"
admin_post "/api/entitlement/v1/users/$user_id/license-transactions" \
    '{"transaction":{"type":"Order","externalId":"order-2002-'"$user_id"'","items":[{"externalId":"line-1","productId":"keyway-demo-standard","quantity":1}]}}' \
    >/dev/null

say "3. customer: opens the activation e-mail and chooses a password"
link=$(mail_link "$email")
page=$(curl -sS --fail "$link")
grep -q 'id="activate-form"' <<<"$page" || die "the link did not open the activation page"
curl -sS --fail "$KEYWAY_URL/user/activate" --data-urlencode "token=$(hidden_field "$page" token)" \
    --data-urlencode "password=sam-password-1" | grep -q 'Account activated' || die "activation failed"

say "4. customer: signs in to keyway and sees the license"
keyway_licenses "$(keyway_sign_in "$email" sam-password-1)"
