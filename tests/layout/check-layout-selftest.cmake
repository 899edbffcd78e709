# Builds a tiny tree with three violations and one wrong link, runs check-layout.cmake on it
# and fails unless each violation is reported and the check fails.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/models" "${WORK}/ui" "${WORK}/sync" "${WORK}/app/devices")
file(WRITE "${WORK}/ui/MainWindow.h" "#pragma once\n")
file(WRITE "${WORK}/app/devices/Scanner.h" "#pragma once\n")
file(WRITE "${WORK}/models/Report.h" "#pragma once\n#include \"ui/MainWindow.h\"\n")
file(WRITE "${WORK}/sync/SyncClient.cpp" "#include \"app/devices/Scanner.h\"\n#include \"Report.h\"\n")
file(WRITE "${WORK}/models/Fine.cpp" "#include \"models/Report.h\"\n")
file(WRITE "${WORK}/links.txt" "qingfeng_sync_client: qingfeng_sync,qingfeng_services,Qt6::Network\nqingfeng_core: Qt6::Core\n")
execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${WORK} -DLINKS=${WORK}/links.txt -P ${SOURCE}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(status EQUAL 0)
    message(FATAL_ERROR "the layout check passed a tree with wrong-way includes and links")
endif()
foreach(expected
        "models/Report.h: includes \"ui/MainWindow.h\""
        "sync/SyncClient.cpp: includes \"app/devices/Scanner.h\""
        "sync/SyncClient.cpp: \"Report.h\" does not name its layer"
        "qingfeng_sync_client links qingfeng_services"
        "4 violation")
    string(FIND "${out}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the layout check did not report: ${expected}")
    endif()
endforeach()
message("layout self-test: every planted violation was reported")
