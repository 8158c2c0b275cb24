// SPDX-License-Identifier: BSD-3-Clause
// keyway-devserver as a black box, one server story in order (devservertest.h); the cases are in
// devservertest_<component>.cpp.
#include "devservertest.h"

void DevServerTest::initTestCase()
{
    startFreshServer();
}

void DevServerTest::cleanupTestCase()
{
    QVERIFY(stopServer());
}

QTEST_GUILESS_MAIN(DevServerTest)
