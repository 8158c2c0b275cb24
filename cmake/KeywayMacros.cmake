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

# keyway_add_library(<target> EXPORT_NAME <Name> OUTPUT_NAME <file name> [INCLUDE_SUBDIR <dir>]
#                    SOURCES [<folder>/] <name>... [<folder>/] <name>...)
# One of the four Keyway libraries: a shared library Keyway::<Name> (lib<file name>.so.0), its
# export header <target>_export.h (KEYWAY_..._EXPORT), its include folders (the source folder in
# the build, <includedir>/keyway[/<dir>] installed) and version. SOURCES are listed by folder: a
# word ending in "/" names the folder of the words after it; a word without an extension is
# <name>.cpp and <name>.h, one with an extension is that file.
function(keyway_add_library target)
    cmake_parse_arguments(ARG "" "EXPORT_NAME;OUTPUT_NAME;INCLUDE_SUBDIR" "SOURCES" ${ARGN})
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
    set(installed ${CMAKE_INSTALL_INCLUDEDIR}/keyway)
    if(ARG_INCLUDE_SUBDIR)
        string(APPEND installed /${ARG_INCLUDE_SUBDIR})
    endif()
    target_include_directories(${target} PUBLIC
        $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}>
        $<BUILD_INTERFACE:${CMAKE_CURRENT_BINARY_DIR}>
        $<INSTALL_INTERFACE:${installed}>)
    set_target_properties(${target} PROPERTIES VERSION ${PROJECT_VERSION} SOVERSION 0
        EXPORT_NAME ${ARG_EXPORT_NAME} OUTPUT_NAME ${ARG_OUTPUT_NAME})
endfunction()
