# SPDX-License-Identifier: BSD-3-Clause
# Fails when a catalogue has an unfinished or empty translation: run as a test, so that a new
# user-visible string cannot land untranslated.
set(_failed FALSE)
foreach(_ts IN LISTS TS_FILES)
    file(READ "${_ts}" _content)
    string(REGEX MATCHALL "type=\"unfinished\"" _unfinished "${_content}")
    string(REGEX MATCHALL "<translation></translation>" _empty "${_content}")
    list(LENGTH _unfinished _nu)
    list(LENGTH _empty _ne)
    if(_nu GREATER 0 OR _ne GREATER 0)
        message(SEND_ERROR "${_ts}: ${_nu} unfinished and ${_ne} empty translation(s); run the update_translations target and translate them")
        set(_failed TRUE)
    else()
        message(STATUS "${_ts}: complete")
    endif()
endforeach()
