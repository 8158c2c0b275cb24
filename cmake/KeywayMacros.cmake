# SPDX-License-Identifier: BSD-3-Clause
# keyway_add_test(<name> SOURCES <files...> LIBRARIES <targets...> LABELS <labels...> [TIMEOUT s])
# One test executable per class (or scenario), registered with CTest.
function(keyway_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT})
    if(ARG_ENVIRONMENT)
        set_tests_properties(${name} PROPERTIES ENVIRONMENT "${ARG_ENVIRONMENT}")
    endif()
endfunction()

# keyway_add_library(<target> EXPORT_NAME <Name> OUTPUT_NAME <file name>
#                    SOURCES [<folder>/] <name>... [<folder>/] <name>...)
# One of the four Keyway libraries: a shared library Keyway::<Name> (lib<file name>.so.0), its
# export header <target>_export.h (KEYWAY_..._EXPORT), its include folders (the source folder in
# the build; installed, <includedir>: a product includes <keyway/...>, keyway_public_headers())
# and version. SOURCES are listed by folder: a
# word ending in "/" names the folder of the words after it; a word without an extension is
# <name>.cpp and <name>.h, one with an extension is that file.
function(keyway_add_library target)
    cmake_parse_arguments(ARG "" "EXPORT_NAME;OUTPUT_NAME" "SOURCES" ${ARGN})
    set(sources)
    set(folder "")
    foreach(word IN LISTS ARG_SOURCES)
        if(word MATCHES "/$")
            set(folder "${word}")
            if(folder STREQUAL "./")
                set(folder "")
            endif()
        elseif(word MATCHES "\\.")
            list(APPEND sources "${folder}${word}")
        else()
            list(APPEND sources "${folder}${word}.cpp" "${folder}${word}.h")
        endif()
    endforeach()
    add_library(${target} SHARED ${sources})
    add_library(Keyway::${ARG_EXPORT_NAME} ALIAS ${target})
    generate_export_header(${target} BASE_NAME ${target}
        EXPORT_FILE_NAME ${CMAKE_CURRENT_BINARY_DIR}/${target}_export.h)
    target_include_directories(${target} PUBLIC
        $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}>
        $<BUILD_INTERFACE:${CMAKE_CURRENT_BINARY_DIR}>
        $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
    # Only what carries the export macro leaves the library, as on Windows, where a class used from
    # another DLL must be exported: a missing macro fails on every platform, and what has none
    # (the wizard's pages, file-local helpers) stays inside (docs/architecture.md, the public SDK).
    set_target_properties(${target} PROPERTIES VERSION ${PROJECT_VERSION} SOVERSION 0
        EXPORT_NAME ${ARG_EXPORT_NAME} OUTPUT_NAME ${ARG_OUTPUT_NAME} CXX_VISIBILITY_PRESET hidden)
endfunction()

# keyway_public_headers(<target> <folder/file.h>...)
# The headers of <target> that belong to the public SDK: installed flat as <keyway/file.h> (one
# include root, <includedir>/keyway), with their includes of Keyway headers rewritten to that
# form (KeywaySdkHeader.cmake). A public header may include only public headers and the export
# headers; the build fails otherwise. Every other header stays private: not installed.
# Paths are relative to KEYWAY_SOURCE_ROOT (activation/), as the sources include them.
function(keyway_public_headers target)
    foreach(header IN LISTS ARGN)
        get_filename_component(name "${header}" NAME)
        get_property(known GLOBAL PROPERTY KEYWAY_SDK_NAMES)
        if(name IN_LIST known)
            message(FATAL_ERROR "keyway_public_headers: two public headers named ${name}")
        endif()
        set_property(GLOBAL APPEND PROPERTY KEYWAY_SDK_NAMES "${name}")
        set_property(GLOBAL APPEND PROPERTY KEYWAY_SDK_HEADERS "${header}")
    endforeach()
    set_property(GLOBAL APPEND PROPERTY KEYWAY_SDK_EXPORT_HEADERS
        "${CMAKE_CURRENT_BINARY_DIR}/${target}_export.h")
endfunction()

# keyway_install_public_headers(): after every keyway_public_headers(). Generates the installed
# copies into <build>/sdk/include/keyway (target keyway_sdk_headers, part of "all") and installs
# them with the export headers (component sdk).
function(keyway_install_public_headers)
    get_property(headers GLOBAL PROPERTY KEYWAY_SDK_HEADERS)
    get_property(exports GLOBAL PROPERTY KEYWAY_SDK_EXPORT_HEADERS)
    set(export_names)
    foreach(export IN LISTS exports)
        get_filename_component(name "${export}" NAME)
        list(APPEND export_names "${name}")
    endforeach()
    set(out ${PROJECT_BINARY_DIR}/sdk/include/keyway)
    set(map ${PROJECT_BINARY_DIR}/sdk/publicheaders.cmake)
    file(CONFIGURE OUTPUT ${map} CONTENT
        "set(KEYWAY_SDK_HEADERS \"${headers}\")\nset(KEYWAY_SDK_EXPORT_HEADERS \"${export_names}\")\n")
    set(generated)
    foreach(header IN LISTS headers)
        get_filename_component(name "${header}" NAME)
        add_custom_command(OUTPUT ${out}/${name}
            COMMAND ${CMAKE_COMMAND} -DINPUT=${KEYWAY_SOURCE_ROOT}/${header} -DRELATIVE=${header}
                    -DOUTPUT=${out}/${name} -DMAP=${map}
                    -P ${PROJECT_SOURCE_DIR}/cmake/KeywaySdkHeader.cmake
            DEPENDS ${KEYWAY_SOURCE_ROOT}/${header} ${map}
                    ${PROJECT_SOURCE_DIR}/cmake/KeywaySdkHeader.cmake
            COMMENT "Public header <keyway/${name}>" VERBATIM)
        list(APPEND generated ${out}/${name})
    endforeach()
    add_custom_target(keyway_sdk_headers ALL DEPENDS ${generated})
    install(FILES ${generated} ${exports} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/keyway
        COMPONENT sdk)
endfunction()
