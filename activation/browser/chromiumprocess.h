// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QLoggingCategory>

/*
 * The Qt WebEngine (Chromium) process around the sign-in views, in one place with its platform
 * code: the switches it must read before it starts, and handing its memory back once no sign-in
 * page is left. Private to the browser library.
 */

Q_DECLARE_LOGGING_CATEGORY(lcBrowser)

namespace Keyway {

/// Before the first profile is made: the accessibility and zygote switches (Linux).
void prepareChromium();
/// A sign-in view was made.
void chromiumViewCreated();
/// A sign-in view is gone: when it was the last, the heap is trimmed and Qt WebEngine's file
/// pages handed back a little later (Chromium finishes tearing the page down on its threads).
void chromiumViewDestroyed();

} // namespace Keyway
