# SPDX-License-Identifier: BSD-3-Clause
# cmake -DVARIABLE=<CPACK_DEBIAN_..._PACKAGE_DEPENDS> -DFILES=<a|b|...> -DLIBDIRS=<a|b|...>
#       -DSHLIBS=<shlibs file of the Keyway libraries> -DEXTRA=<"pkg, pkg"> -DOUTPUT=<file.cmake>
#       -DSHLIBDEPS=<dpkg-shlibdeps> -P debdepends.cmake
# Runs dpkg-shlibdeps on the ELF files of one package (from the build tree) and writes
# set(VARIABLE "<Depends>") to OUTPUT, which CPack reads (packaging/cpackproject.cmake). The Keyway
# libraries are resolved through SHLIBS (as debian/shlibs.local), so that a package using them
# depends on their own packages. Done at build time rather than by CPack, whose own shlibdeps
# step would also write an ldconfig call into the maintainer scripts (lintian:
# maintscript-calls-ldconfig); the library packages use an ldconfig trigger instead.
string(REPLACE "|" ";" FILES "${FILES}")
string(REPLACE "|" ";" LIBDIRS "${LIBDIRS}")
get_filename_component(work "${OUTPUT}" NAME_WE)
get_filename_component(dir "${OUTPUT}" DIRECTORY)
set(work "${dir}/${work}.d")
file(REMOVE_RECURSE "${work}")
file(MAKE_DIRECTORY "${work}/debian")
file(TOUCH "${work}/debian/control")
configure_file("${SHLIBS}" "${work}/debian/shlibs.local" COPYONLY)
set(args)
foreach(d IN LISTS LIBDIRS)
    list(APPEND args "-l${d}")
endforeach()
# --warnings=0: the files are analysed where they were built, not in a package folder.
execute_process(COMMAND "${SHLIBDEPS}" -O --warnings=0 ${args} ${FILES}
    WORKING_DIRECTORY "${work}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-shlibdeps failed for ${VARIABLE}: ${err}")
endif()
string(REGEX REPLACE "^.*shlibs:Depends=([^\n]*).*$" "\\1" depends "${out}")
if(EXTRA)
    set(depends "${EXTRA}, ${depends}")
endif()
file(REMOVE_RECURSE "${work}")
file(WRITE "${OUTPUT}.tmp" "set(${VARIABLE} \"${depends}\")\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
