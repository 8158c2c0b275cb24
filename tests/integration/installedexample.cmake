# SPDX-License-Identifier: BSD-3-Clause
# The example product against an installed Keyway: install the build into a temporary prefix,
# configure and build examples/licensed-product with find_package(Keyway), then run its
# --check-only gate without a license (disabled, exit 1) and with one (enabled, exit 0).
# Variables: BUILD_DIR, SOURCE_DIR, WORK_DIR, MKLICENSE.
cmake_minimum_required(VERSION 3.22)
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)

function(step)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "failed (${result}): ${ARGN}\n${out}\n${err}")
    endif()
endfunction()

# What a vendor's build machine has: the libraries and the SDK (libkeyway-*0 + keyway-dev), and
# the application (keyway). A component the build lacks (no GUI) installs nothing.
foreach(component runtime sdk libkeyway-license0 libkeyway-activation0
        libkeyway-activation-widgets0 libkeyway-browser0)
    step(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} --component ${component})
endforeach()
foreach(header license/licenseguard.h license/licensestore.h keyway_license_export.h
        widgets/activationwizard.h browser/browser.h)
    if(NOT EXISTS ${prefix}/include/keyway/${header})
        message(FATAL_ERROR "not installed: include/keyway/${header}")
    endif()
endforeach()
step(${CMAKE_COMMAND} -S ${SOURCE_DIR}/examples/licensed-product -B ${WORK_DIR}/build -G Ninja
     -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=Release)
step(${CMAKE_COMMAND} --build ${WORK_DIR}/build)
step(${MKLICENSE} ${WORK_DIR}/vendor)

set(ENV{LD_LIBRARY_PATH} "${prefix}/lib:$ENV{LD_LIBRARY_PATH}")
set(example ${WORK_DIR}/build/licensed-product)
execute_process(COMMAND ${example} --check-only --config ${WORK_DIR}/vendor/client-config.json
                        --data-dir ${WORK_DIR}/vendor/empty
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "without a license: ${out}")
if(NOT result EQUAL 1 OR NOT out MATCHES "feature keyway-pro: disabled \\(missing")
    message(FATAL_ERROR "expected the feature disabled (exit 1), got ${result}: ${out}${err}")
endif()
execute_process(COMMAND ${example} --check-only --config ${WORK_DIR}/vendor/client-config.json
                        --data-dir ${WORK_DIR}/vendor/licensed
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "with a license: ${out}")
if(NOT result EQUAL 0 OR NOT out MATCHES "feature keyway-pro: enabled \\(valid")
    message(FATAL_ERROR "expected the feature enabled (exit 0), got ${result}: ${out}${err}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
