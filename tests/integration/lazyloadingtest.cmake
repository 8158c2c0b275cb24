# SPDX-License-Identifier: BSD-3-Clause
# Lazy loading (issue 8), Linux only: keyway links no Qt WebEngine (it comes as
# keyway-browser-plugin at the first sign-in page); keywayctl links neither Qt Network nor
# QtKeychain, and `status --offline` loads neither at run time (glibc's LD_DEBUG=libs lists every
# library the process loads, dlopen included); the online commands come from keywayctl-online and
# fail with exit code 2 and a clear message when it is missing while offline commands still work.
# The offline path verifies with Nettle (issue 18): keywayctl links no libcrypto, and neither
# `status --offline` nor `import` loads it.
# The embedded sign-in page runs in keyway-signin (issue 18), which carries Qt WebEngine; that
# keyway's process maps none of it after a whole embedded sign-in is checked by
# signinteardowntest (a process linked like keyway, signing in through keyway-signin).
# Variables: KEYWAY, KEYWAYCTL, ONLINE_MODULE, BROWSER_PLUGIN, SIGNIN_HELPER, MKLICENSE, WORK_DIR.
cmake_minimum_required(VERSION 3.22)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(check_not_linked binary pattern)
    execute_process(COMMAND ldd ${binary} RESULT_VARIABLE result OUTPUT_VARIABLE out
                    ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "ldd ${binary} failed (${result}): ${err}")
    endif()
    if(out MATCHES "${pattern}")
        message(FATAL_ERROR "${binary} links ${CMAKE_MATCH_0}:\n${out}")
    endif()
    message(STATUS "${binary}: nothing matches ${pattern}")
endfunction()

foreach(file ${KEYWAY} ${KEYWAYCTL} ${ONLINE_MODULE} ${BROWSER_PLUGIN} ${SIGNIN_HELPER})
    if(NOT EXISTS ${file})
        message(FATAL_ERROR "not built: ${file}")
    endif()
endforeach()
check_not_linked(${KEYWAY} "[^\n]*[Ww]eb[Ee]ngine[^\n]*")
check_not_linked(${KEYWAYCTL}
                 "[^\n]*(Qt6Network|[Kk]eychain|[Ww]eb[Ee]ngine|Widgets|libcrypto|libssl)[^\n]*")
# The module and the plugin carry what the executables leave out.
execute_process(COMMAND ldd ${ONLINE_MODULE} OUTPUT_VARIABLE out)
if(NOT out MATCHES "Qt6Network")
    message(FATAL_ERROR "keywayctl-online does not link Qt Network:\n${out}")
endif()
execute_process(COMMAND ldd ${BROWSER_PLUGIN} OUTPUT_VARIABLE out)
if(NOT out MATCHES "Qt6WebEngineCore")
    message(FATAL_ERROR "keyway-browser-plugin does not link Qt WebEngine:\n${out}")
endif()
execute_process(COMMAND ldd ${SIGNIN_HELPER} OUTPUT_VARIABLE out)
if(NOT out MATCHES "Qt6WebEngineCore")
    message(FATAL_ERROR "keyway-signin does not link Qt WebEngine:\n${out}")
endif()

# What status --offline loads while it runs.
execute_process(COMMAND ${MKLICENSE} ${WORK_DIR}/vendor RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "mklicense failed (${result})")
endif()
# What the offline commands load while they run: no Qt Network, QtKeychain, online module or
# OpenSSL; the signatures are checked by Nettle's libhogweed.
function(check_offline_loads)
    string(JOIN " " command ${ARGN})
    set(ENV{LD_DEBUG} libs)
    execute_process(COMMAND ${KEYWAYCTL} --config ${WORK_DIR}/vendor/client-config.json
                            --data-dir ${WORK_DIR}/vendor/licensed ${ARGN}
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE loaded)
    unset(ENV{LD_DEBUG})
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${command}: exit ${result}, expected 0: ${out}")
    endif()
    if(NOT loaded MATCHES "calling init: [^\n]*keyway-license")
        message(FATAL_ERROR "LD_DEBUG=libs gave no list of loaded libraries:\n${loaded}")
    endif()
    if(loaded MATCHES
       "calling init: [^\n]*(Qt6Network|[Kk]eychain|keywayctl-online|ssl\\.so|libcrypto)[^\n]*")
        message(FATAL_ERROR "${command} loaded ${CMAKE_MATCH_0}")
    endif()
    if(NOT loaded MATCHES "calling init: [^\n]*libhogweed")
        message(FATAL_ERROR "${command} did not load Nettle's libhogweed:\n${loaded}")
    endif()
    message(STATUS "${command} loaded neither Qt Network, QtKeychain, keywayctl-online nor "
                   "libcrypto")
endfunction()
check_offline_loads(status --offline)
check_offline_loads(import ${WORK_DIR}/vendor/tokens.txt)

# keywayctl without its online module: online commands fail with 2 and say why.
file(COPY ${KEYWAYCTL} DESTINATION ${WORK_DIR}/alone)
get_filename_component(name ${KEYWAYCTL} NAME)
execute_process(COMMAND ${WORK_DIR}/alone/${name} --config ${WORK_DIR}/vendor/client-config.json
                        --data-dir ${WORK_DIR}/vendor/licensed refresh
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 2 OR NOT err MATCHES "keywayctl-online[^\n]*could not be loaded")
    message(FATAL_ERROR "refresh without the module: expected exit 2 and a message, got "
                        "${result}: ${out}${err}")
endif()
message(STATUS "without keywayctl-online: ${err}")
execute_process(COMMAND ${WORK_DIR}/alone/${name} --config ${WORK_DIR}/vendor/client-config.json
                        --data-dir ${WORK_DIR}/vendor/licensed status --offline
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "status --offline without the module: exit ${result}: ${out}${err}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
