# SPDX-License-Identifier: BSD-3-Clause
# The one CMake function a vendor's product uses from the Keyway package (installed with it).

# keyway_add_vendor_config(<target> <file>)
# Compiles the vendor configuration <file> (the schema of client-config.json, docs/protocol.md)
# into <target>, the product's executable, as the Qt resource :/keyway/vendor-config.json
# (Keyway::VendorConfig::compiledInPath()). Only this document names the license-signing keys,
# the maximum lease and the clock tolerance; a runtime file (--config, KEYWAY_CONFIG) may change
# where to connect and how the product looks, never whom to trust (docs/licensing.md). Installed
# with the CMake package: find_package(Keyway) makes it available to a vendor's product.
function(keyway_add_vendor_config target file)
    if(NOT TARGET ${target})
        message(FATAL_ERROR "keyway_add_vendor_config: ${target} is not a target")
    endif()
    get_filename_component(_keyway_config "${file}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    if(NOT EXISTS "${_keyway_config}")
        message(FATAL_ERROR "keyway_add_vendor_config: ${_keyway_config} does not exist")
    endif()
    file(READ "${_keyway_config}" _keyway_json)
    string(JSON _keyway_keys ERROR_VARIABLE _keyway_error GET "${_keyway_json}" licenseKeys keys)
    if(_keyway_error)
        message(FATAL_ERROR "keyway_add_vendor_config: ${_keyway_config} names no license keys "
                            "(\"licenseKeys\": {\"keys\": [...]}): ${_keyway_error}")
    endif()
    set(_keyway_qrc "${CMAKE_CURRENT_BINARY_DIR}/${target}_keyway_vendor_config.qrc")
    file(CONFIGURE OUTPUT "${_keyway_qrc}" CONTENT
"<RCC><qresource prefix=\"/keyway\"><file alias=\"vendor-config.json\">${_keyway_config}</file></qresource></RCC>\n")
    # The classic form: the generated source tracks the JSON file, and any target type works.
    qt6_add_resources(_keyway_sources "${_keyway_qrc}" OPTIONS -name ${target}_keyway_vendor_config)
    target_sources(${target} PRIVATE ${_keyway_sources})
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_keyway_config}")
endfunction()
