// SPDX-License-Identifier: BSD-3-Clause
#include "widgetslogging.h"

Q_LOGGING_CATEGORY(lcWidgets, "keyway.widgets")
