// SPDX-License-Identifier: BSD-3-Clause
// VendorConfig::fromJson on the bytes of a configuration file.
#include "config/vendorconfig.h"
#include "fuzzkeys.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)Keyway::VendorConfig::fromJson(FuzzKeys::bytes(data, size));
    return 0;
}
