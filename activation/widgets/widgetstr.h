// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QCoreApplication>

namespace Keyway {

/**
 * The one translation context of Keyway::ActivationWidgets' texts outside a class of their own
 * (helpers in namespaces, the plugin loader): `WidgetsTr::tr("...")`. Widgets keep their class's
 * context. Like core/tr.h's LicenseTr and ActivationTr: only a name, nothing to link.
 */
struct WidgetsTr
{
    Q_DECLARE_TR_FUNCTIONS(Keyway::Widgets)
};

} // namespace Keyway
