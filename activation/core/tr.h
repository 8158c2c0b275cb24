// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QCoreApplication>

namespace Keyway {

/**
 * The one translation context of Keyway::License's texts outside a class of their own (core/,
 * codes/, jose/, config/, license/): `LicenseTr::tr("...")`. Classes with their own tr() (a
 * QObject, or a class with Q_DECLARE_TR_FUNCTIONS) keep their class's context.
 */
struct LicenseTr
{
    Q_DECLARE_TR_FUNCTIONS(Keyway::License)
};

/**
 * The same for Keyway::Activation (net/, storage/, oidc/, online/, engine/). It is declared here,
 * on the lowest floor, because net/ and storage/ share no floor above core/; it is only a name
 * for the context (inline, nothing to link).
 */
struct ActivationTr
{
    Q_DECLARE_TR_FUNCTIONS(Keyway::Activation)
};

} // namespace Keyway
