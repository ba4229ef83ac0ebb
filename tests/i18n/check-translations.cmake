# The i18n/complete test (cmake -P). For each lupdate project qt_add_lupdate wrote for the wizard
# (resources/translations/translations.cmake): copies the TS file, runs lupdate over the current
# sources into the copy, and lets gobiz-tscheck compare the committed file with that copy. The
# source tree is never written.
#
#   -DLUPDATE=<lupdate> -DCHECKER=<gobiz-tscheck> -DWORK_DIR=<dir>
#   -DPROJECTS=<a.cmake|b.cmake> -DPLURAL_ONLY=<TS file names made with -pluralonly, |-separated>
cmake_minimum_required(VERSION 3.22)
foreach(variable LUPDATE CHECKER WORK_DIR PROJECTS)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "check-translations.cmake: ${variable} is not set")
    endif()
endforeach()
string(REPLACE "|" ";" PROJECTS "${PROJECTS}")
string(REPLACE "|" ";" PLURAL_ONLY "${PLURAL_ONLY}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(failed "")
foreach(project IN LISTS PROJECTS)
    if(NOT EXISTS "${project}")
        message(FATAL_ERROR "${project} is missing: configure the build first")
    endif()
    unset(lupdate_sources)
    unset(lupdate_include_paths)
    unset(lupdate_translations)
    include("${project}") # sets lupdate_sources, lupdate_include_paths, lupdate_translations

    # The same input lupdate gets from the update_translations target: sources that still exist
    # (a file deleted since the last configure is skipped) and the include paths.
    get_filename_component(name "${project}" NAME_WE)
    set(list_file "${WORK_DIR}/${name}.lst")
    set(lines "")
    foreach(path IN LISTS lupdate_include_paths)
        string(APPEND lines "-I${path}\n")
    endforeach()
    foreach(path IN LISTS lupdate_sources)
        if(EXISTS "${path}")
            string(APPEND lines "${path}\n")
        endif()
    endforeach()
    file(WRITE "${list_file}" "${lines}")

    foreach(ts IN LISTS lupdate_translations)
        get_filename_component(ts_name "${ts}" NAME)
        if(NOT EXISTS "${ts}")
            message(SEND_ERROR "${ts} does not exist: run scripts/update-translations.sh")
            list(APPEND failed "${ts_name}")
            continue()
        endif()
        set(copy "${WORK_DIR}/${ts_name}")
        file(COPY_FILE "${ts}" "${copy}")
        set(options "")
        set(checker_options "")
        if(ts_name IN_LIST PLURAL_ONLY)
            set(options -pluralonly)
            set(checker_options --plural-only)
        endif()
        execute_process(COMMAND "${LUPDATE}" -locations none ${options} "@${list_file}"
                                -ts "${copy}"
                        RESULT_VARIABLE lupdate_result
                        OUTPUT_VARIABLE lupdate_output ERROR_VARIABLE lupdate_output)
        message(STATUS "lupdate ${ts_name}:\n${lupdate_output}")
        if(NOT lupdate_result EQUAL 0)
            message(SEND_ERROR "lupdate failed for ${ts_name} (${lupdate_result})")
            list(APPEND failed "${ts_name}")
            continue()
        endif()
        execute_process(COMMAND "${CHECKER}" ${checker_options} --committed "${ts}"
                                --updated "${copy}"
                        RESULT_VARIABLE check_result)
        if(NOT check_result EQUAL 0)
            list(APPEND failed "${ts_name}")
        endif()
    endforeach()
endforeach()

if(failed)
    message(FATAL_ERROR "Translations incomplete or out of date: ${failed}")
endif()
message(STATUS "Translations complete.")
