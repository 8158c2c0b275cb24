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
    user=$(admin_post /api/idp/v1/users/byEmail "{\"email\":\"$email\"}")
    user_id=$(json id <<<"$user")
    if [ "$(json emailVerified <<<"$user")" != True ]; then
        # Anybody can register any address: an account that never proved it owns the address
        # gets nothing directly. Only the owner of the mailbox, through an invitation to it,
        # can claim the purchase (flow 1, register-during-purchase.sh).
        say "   an account $user_id exists but its address is not verified: invite instead"
        admin_post /api/idp/v1/invitations \
            "{\"email\":\"$email\",\"redirectUri\":\"https://shop.example.com/claim?order=2002\"}" \
            >/dev/null
        say "   invitation sent; the order waits until it is accepted"
        exit 0
    fi
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
page=$(browser "$(mail_link "$email")" --fail)
grep -q 'id="activate-form"' <<<"$page" || die "the link did not open the activation page"
browser "$KEYWAY_URL/user/activate" --fail --data-urlencode "token=$(hidden_field "$page" token)" \
    --data-urlencode "csrf=$(hidden_field "$page" csrf)" --data-urlencode "password=sam-password-1" |
    grep -q 'Account activated' || die "activation failed"

say "4. customer: signs in to keyway and sees the license"
keyway_licenses "$(keyway_sign_in "$email" sam-password-1)"
