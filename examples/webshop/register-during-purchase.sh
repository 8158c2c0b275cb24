#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Flow 1, "customer registers during the purchase": the webshop invites the customer, who
# registers (or signs in) from the e-mail and comes back to the shop; the shop then provisions
# the licenses (a personal entitlement is created on the way). Usage: [EMAIL]
source "$(dirname "$0")/lib.sh"
email=${1:-buyer-$(date +%s)-$$@example.com}
shop_return="https://shop.example.com/checkout/complete?order=1001"

say "1. webshop: invite $email to register, returning to the checkout"
admin_post /api/idp/v1/invitations "{\"email\":\"$email\",\"redirectUri\":\"$shop_return\"}" >/dev/null

say "2. customer: opens the invitation e-mail and registers"
back=$(accept_invitation "$email" Pat Buyer pat-password-1)
[ "$back" = "$shop_return" ] || die "registration returned to '$back'"
say "   back at the shop: $back"

say "3. webshop: looks the customer up and provisions the order"
user_id=$(admin_post /api/idp/v1/users/byEmail "{\"email\":\"$email\"}" | json id)
admin_post "/api/entitlement/v1/users/$user_id/license-transactions" \
    '{"transaction":{"type":"Order","externalId":"order-1001-'"$user_id"'","items":[{"externalId":"line-1","productId":"keyway-demo-pro","quantity":1}]}}' \
    >/dev/null

say "4. customer: signs in to keyway and sees the license"
keyway_licenses "$(keyway_sign_in "$email" pat-password-1)"
