# SPDX-License-Identifier: BSD-3-Clause
# cmake -DINPUT=<header> -DRELATIVE=<folder/file.h> -DOUTPUT=<file> -DMAP=<file> -P KeywaySdkHeader.cmake
# Makes the installed copy of one public header (keyway_public_headers(), KeywayMacros.cmake):
# every include of a Keyway header becomes <keyway/<name>>, the SDK's one include root. Fails when
# the header includes a Keyway header that is not public (it would not be installed): such a
# header must forward-declare what it names instead. MAP sets KEYWAY_SDK_HEADERS (the public
# headers as "folder/file.h") and KEYWAY_SDK_EXPORT_HEADERS (the generated export headers).
cmake_minimum_required(VERSION 3.22)
include("${MAP}")
file(READ "${INPUT}" text)
get_filename_component(own_dir "${RELATIVE}" DIRECTORY)
get_filename_component(own_name "${RELATIVE}" NAME)
string(REGEX MATCHALL "#[ \t]*include[ \t]*\"[^\"]+\"" includes "${text}")
set(private "")
foreach(line IN LISTS includes)
    string(REGEX REPLACE "^#[ \t]*include[ \t]*\"([^\"]+)\"$" "\\1" header "${line}")
    get_filename_component(name "${header}" NAME)
    if(header IN_LIST KEYWAY_SDK_EXPORT_HEADERS)
        set(public "${header}")
    else()
        # "folder/file.h" is found from the library root, a bare "file.h" in the own folder.
        if(header MATCHES "/")
            set(path "${header}")
        else()
            set(path "${own_dir}/${header}")
        endif()
        if(path IN_LIST KEYWAY_SDK_HEADERS)
            set(public "${name}")
        else()
            string(APPEND private " \"${header}\"")
            continue()
        endif()
    endif()
    string(REPLACE "${line}" "#include <keyway/${public}>" text "${text}")
endforeach()
if(private)
    # NOTICE: one unwrapped line, on stderr.
    message(NOTICE "${RELATIVE} is public (installed as <keyway/${own_name}>) but includes"
        "${private}, which is not: forward-declare what it names, or make that header public "
        "too (keyway_public_headers())")
    message(FATAL_ERROR "a public header includes a private one")
endif()
# Q_MOC_INCLUDE names a private header for moc inside the build; the compiler ignores it.
string(REGEX REPLACE "\nQ_MOC_INCLUDE\\([^)]*\\)[^\n]*" "" text "${text}")
set(old "")
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL text)
    file(WRITE "${OUTPUT}" "${text}")
endif()
