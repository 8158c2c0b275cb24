# SPDX-License-Identifier: BSD-3-Clause
# Fails when a catalogue is not complete and current: run as a test, so that a user-visible string
# cannot land untranslated. lupdate runs on copies of the catalogues (the sources are not
# touched): a string added to the sources without running update_translations then shows up as
# unfinished, one that is no longer in the sources as vanished (obsolete).
cmake_policy(SET CMP0007 NEW)
set(_failed FALSE)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(STRINGS "${SOURCES_LIST}" _sources)
set(_copies)
# The full catalogues, then the plural-only ones (English: only the texts with %n).
foreach(_kind full plural)
    set(_files ${TS_FILES})
    set(_options)
    if(_kind STREQUAL "plural")
        set(_files ${PLURAL_TS_FILES})
        set(_options -pluralonly)
    endif()
    set(_kind_copies)
    foreach(_ts IN LISTS _files)
        get_filename_component(_name "${_ts}" NAME)
        file(COPY "${_ts}" DESTINATION "${WORK_DIR}")
        list(APPEND _kind_copies "${WORK_DIR}/${_name}")
    endforeach()
    if(NOT _kind_copies)
        continue()
    endif()
    execute_process(COMMAND "${LUPDATE}" ${_options} -locations none -I "${INCLUDE_DIR}" ${_sources}
                            -ts ${_kind_copies}
        RESULT_VARIABLE _result OUTPUT_VARIABLE _output ERROR_VARIABLE _output)
    if(NOT _result EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${_result}):\n${_output}")
    endif()
    list(APPEND _copies ${_kind_copies})
endforeach()

foreach(_ts IN LISTS _copies)
    file(READ "${_ts}" _content)
    string(REGEX MATCHALL "type=\"unfinished\"" _unfinished "${_content}")
    string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" _obsolete "${_content}")
    string(REGEX MATCHALL "<translation></translation>" _empty "${_content}")
    list(LENGTH _unfinished _nu)
    list(LENGTH _obsolete _no)
    if(NOT CHECK_OBSOLETE)
        set(_no 0)
    endif()
    list(LENGTH _empty _ne)
    if(_nu GREATER 0 OR _no GREATER 0 OR _ne GREATER 0)
        # Name the first few, so the failure says what to translate.
        set(_kinds "unfinished")
        if(CHECK_OBSOLETE)
            set(_kinds "unfinished|vanished|obsolete")
        endif()
        string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"(${_kinds})\""
               _which "${_content}")
        list(SUBLIST _which 0 5 _which)
        string(REPLACE ";" "\n  " _which "${_which}")
        message(SEND_ERROR "${_ts}: ${_nu} unfinished, ${_no} obsolete and ${_ne} empty "
                           "translation(s); run the update_translations target and translate "
                           "them. For example:\n  ${_which}")
        set(_failed TRUE)
    else()
        message(STATUS "${_ts}: complete and current")
    endif()
endforeach()
