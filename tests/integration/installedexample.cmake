# SPDX-License-Identifier: BSD-3-Clause
# The example product against an installed Keyway: install the build into a temporary prefix,
# check that its headers are the public SDK only (<keyway/...>, each compiling alone: tests/sdk),
# build the product of docs/embedding.md as written there, configure and build
# examples/licensed-product with find_package(Keyway), then run its
# --check-only gate without a license (disabled, exit 1) and with one (enabled, exit 0); then a
# customer's forgery (issue 12): their own key in a runtime configuration is refused (exit 2, by
# --config and by KEYWAY_CONFIG), and their token without it names an unknown signer (exit 1).
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
# The public SDK, flat under include/keyway; internals are not installed.
foreach(header licenseguard.h licensestatus.h activator.h keyway_license_export.h)
    if(NOT EXISTS ${prefix}/include/keyway/${header})
        message(FATAL_ERROR "not installed: include/keyway/${header}")
    endif()
endforeach()
foreach(internal activatejob.h pkce.h session.h licensestore.h widgetslogging.h online oidc wizard)
    file(GLOB_RECURSE found ${prefix}/include/${internal} ${prefix}/include/keyway/${internal}
         ${prefix}/include/keyway/*/${internal})
    if(found OR IS_DIRECTORY ${prefix}/include/keyway/${internal})
        message(FATAL_ERROR "an internal header is installed: ${internal} ${found}")
    endif()
endforeach()
# Each installed header compiles alone, with only the installed tree and Qt on the include path.
step(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/sdk -B ${WORK_DIR}/headers -G Ninja
     -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=Release)
step(${CMAKE_COMMAND} --build ${WORK_DIR}/headers)

# docs/embedding.md: its CMakeLists.txt and main.cpp, exactly as the page shows them.
file(READ ${SOURCE_DIR}/docs/embedding.md doc)
function(code_block language file)
    string(FIND "${doc}" "```${language}\n" start)
    if(start EQUAL -1)
        message(FATAL_ERROR "docs/embedding.md has no ${language} block")
    endif()
    string(LENGTH "```${language}\n" skip)
    math(EXPR start "${start} + ${skip}")
    string(SUBSTRING "${doc}" ${start} -1 rest)
    string(FIND "${rest}" "```" end)
    string(SUBSTRING "${rest}" 0 ${end} code)
    file(WRITE ${WORK_DIR}/embedding/${file} "${code}")
endfunction()
code_block(cmake CMakeLists.txt)
code_block(cpp main.cpp)
file(STRINGS ${WORK_DIR}/embedding/main.cpp lines)
list(LENGTH lines count)
if(count GREATER_EQUAL 60)
    message(FATAL_ERROR "docs/embedding.md promises a product in under 60 lines; main.cpp has ${count}")
endif()
file(COPY ${SOURCE_DIR}/examples/licensed-product/vendor-config.json DESTINATION ${WORK_DIR}/embedding)
step(${CMAKE_COMMAND} -S ${WORK_DIR}/embedding -B ${WORK_DIR}/embedding/build -G Ninja
     -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=Release)
step(${CMAKE_COMMAND} --build ${WORK_DIR}/embedding/build)

step(${CMAKE_COMMAND} -S ${SOURCE_DIR}/examples/licensed-product -B ${WORK_DIR}/build -G Ninja
     -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=Release)
step(${CMAKE_COMMAND} --build ${WORK_DIR}/build)
step(${MKLICENSE} ${WORK_DIR}/vendor)

set(ENV{LD_LIBRARY_PATH} "${prefix}/lib:$ENV{LD_LIBRARY_PATH}")
set(example ${WORK_DIR}/build/licensed-product)

# expect(<what> <exit code> <regex on stdout+stderr> <arguments of the example...>)
function(expect what code pattern)
    execute_process(COMMAND ${example} --check-only ${ARGN}
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message(STATUS "${what}: ${out}${err}")
    if(NOT result EQUAL code OR NOT "${out}${err}" MATCHES "${pattern}")
        message(FATAL_ERROR "${what}: expected exit ${code} and \"${pattern}\", got ${result}: "
                            "${out}${err}")
    endif()
endfunction()

expect("without a license" 1 "feature keyway-pro: disabled \\(missing"
       --config ${WORK_DIR}/vendor/client-config.json --data-dir ${WORK_DIR}/vendor/empty)
expect("with a license" 0 "feature keyway-pro: enabled \\(valid"
       --config ${WORK_DIR}/vendor/client-config.json --data-dir ${WORK_DIR}/vendor/licensed)

# The forgery: a configuration naming the customer's own key, tokens signed by it.
step(${MKLICENSE} ${WORK_DIR}/forged --own-key)
expect("forged configuration" 2 "trusts" --config ${WORK_DIR}/forged/client-config.json
       --data-dir ${WORK_DIR}/forged/licensed)
set(ENV{KEYWAY_CONFIG} ${WORK_DIR}/forged/client-config.json)
expect("KEYWAY_CONFIG with a forged key" 2 "trusts" --data-dir ${WORK_DIR}/forged/licensed)
unset(ENV{KEYWAY_CONFIG})
expect("forged token" 1 "feature keyway-pro: disabled \\(unknownKey"
       --data-dir ${WORK_DIR}/forged/licensed)
file(REMOVE_RECURSE ${WORK_DIR})
