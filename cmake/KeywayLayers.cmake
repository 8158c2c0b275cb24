# SPDX-License-Identifier: BSD-3-Clause
# The floors of activation/, lowest first: the one definition of which folder may include which
# (docs/architecture.md has the picture). A file may include headers of its own folder and of
# folders on lower floors only; folders on the same floor do not include each other.
# tests/architecture/checklayers.cmake enforces it (ctest -R layers).
set(KEYWAY_LAYERS
    "core"                  # Job, composite job, Error, Clock, translations
    "codes jose"            # activation codes; base64url, JWK, JWS
    "config"                # the vendor configuration
    "license net storage"   # license store and guard; HTTP helpers, proxy, TLS; secret stores
    "oidc"                  # discovery, sign-in, tokens, Session
    "online"                # redemption, checkout, renewal, release, connection test
    "engine"                # the Activator: one engine and its state model under every front end
    "widgets"               # the wizard and the status view
    "browser"               # the Qt WebEngine sign-in page
)
