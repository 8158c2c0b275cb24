// SPDX-License-Identifier: BSD-3-Clause
#include "signinview.h"

namespace Keyway {

SignInView::~SignInView() = default;

} // namespace Keyway
