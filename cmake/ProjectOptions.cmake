# One interface target that carries the language level, warnings and Qt hygiene
# defines; every target of the project links it.
add_library(qingfeng_options INTERFACE)
target_compile_features(qingfeng_options INTERFACE cxx_std_20)
# One include root: every include names its layer ("models/ReportStore.h", "ui/cases/CaseEditor.h").
target_include_directories(qingfeng_options INTERFACE ${PROJECT_SOURCE_DIR})
target_compile_options(qingfeng_options INTERFACE
    -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
target_compile_definitions(qingfeng_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QINGFENG_VERSION="${PROJECT_VERSION}")

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

# The fuzz targets of tests/fuzz (libFuzzer): a build of their own, made by
# tests/fuzz/run-fuzz.sh (ctest -L fuzz) with clang.
option(QF_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only)" OFF)
if(QF_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "QF_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
endif()
