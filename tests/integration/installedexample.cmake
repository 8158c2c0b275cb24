# SPDX-License-Identifier: BSD-3-Clause
# The example product against an installed Keyway: install the build into a temporary prefix,
# configure and build examples/licensed-product with find_package(Keyway), then run its
# --check-only gate without a license (disabled, exit 1) and with one (enabled, exit 0); then a
# customer's forgery (issue 12): their own key in a runtime configuration is refused (exit 2, by
# --config and by KEYWAY_CONFIG), and their token without it names an unknown signer (exit 1).
# Variables: BUILD_DIR, SOURCE_DIR, WORK_DIR, MKLICENSE.
cmake_minimum_required(VERSION 3.22)

# The forgery: a configuration naming the customer's own key, tokens signed by it.
step(${MKLICENSE} ${WORK_DIR}/forged --own-key)
execute_process(COMMAND ${example} --check-only --config ${WORK_DIR}/forged/client-config.json
                        --data-dir ${WORK_DIR}/forged/licensed
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "forged configuration: ${err}")
if(NOT result EQUAL 2 OR NOT err MATCHES "trusts")
    message(FATAL_ERROR "expected the forged configuration refused (exit 2), got ${result}: "
                        "${out}${err}")
endif()
set(ENV{KEYWAY_CONFIG} ${WORK_DIR}/forged/client-config.json)
execute_process(COMMAND ${example} --check-only --data-dir ${WORK_DIR}/forged/licensed
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
unset(ENV{KEYWAY_CONFIG})
if(NOT result EQUAL 2 OR NOT err MATCHES "trusts")
    message(FATAL_ERROR "expected KEYWAY_CONFIG with a forged key refused (exit 2), got "
                        "${result}: ${out}${err}")
endif()
execute_process(COMMAND ${example} --check-only --data-dir ${WORK_DIR}/forged/licensed
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "forged token: ${out}")
if(NOT result EQUAL 1 OR NOT out MATCHES "feature keyway-pro: disabled \\(unknownKey")
    message(FATAL_ERROR "expected the forged token refused (exit 1), got ${result}: ${out}${err}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)

function(step)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "failed (${result}): ${ARGN}\n${out}\n${err}")
    endif()
endfunction()

# What a vendor's build machine has: the run-time libraries and the SDK (keyway + keyway-dev).
step(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} --component runtime)
step(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} --component sdk)
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

# The forgery: a configuration naming the customer's own key, tokens signed by it.
step(${MKLICENSE} ${WORK_DIR}/forged --own-key)
execute_process(COMMAND ${example} --check-only --config ${WORK_DIR}/forged/client-config.json
                        --data-dir ${WORK_DIR}/forged/licensed
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "forged configuration: ${err}")
if(NOT result EQUAL 2 OR NOT err MATCHES "trusts")
    message(FATAL_ERROR "expected the forged configuration refused (exit 2), got ${result}: "
                        "${out}${err}")
endif()
set(ENV{KEYWAY_CONFIG} ${WORK_DIR}/forged/client-config.json)
execute_process(COMMAND ${example} --check-only --data-dir ${WORK_DIR}/forged/licensed
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
unset(ENV{KEYWAY_CONFIG})
if(NOT result EQUAL 2 OR NOT err MATCHES "trusts")
    message(FATAL_ERROR "expected KEYWAY_CONFIG with a forged key refused (exit 2), got "
                        "${result}: ${out}${err}")
endif()
execute_process(COMMAND ${example} --check-only --data-dir ${WORK_DIR}/forged/licensed
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "forged token: ${out}")
if(NOT result EQUAL 1 OR NOT out MATCHES "feature keyway-pro: disabled \\(unknownKey")
    message(FATAL_ERROR "expected the forged token refused (exit 1), got ${result}: ${out}${err}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
