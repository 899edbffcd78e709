# The one place of the CPack settings.
#   Debian 12: cd build && cpack -G DEB  ->  qingfeng_V_amd64.deb, qingfeng-syncd_V_amd64.deb
#              and their debug symbols qingfeng-dbgsym_V_amd64.ddeb, qingfeng-syncd-dbgsym_...
#              (the programs in the packages are stripped; test: installer/test-packages.sh).
#   Windows:   cpack -G WIX  ->  one MSI with the desktop client and qingfeng-cli (docs/windows.md).
set(CPACK_PACKAGE_NAME "qingfeng")
set(CPACK_PACKAGE_VENDOR "Qingfeng")
set(CPACK_PACKAGE_CONTACT "${QINGFENG_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Qingfeng")
set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "Qingfeng desktop client and qingfeng-cli")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Qingfeng sync service")
# Install rules without a component (none today) go into no package.

if(WIN32)
    # --- Windows: WiX MSI of the client ---------------------------------------------------
    set(CPACK_GENERATOR "WIX")
    set(CPACK_COMPONENTS_ALL client)
    # Fixed for ever: it is what makes a newer MSI replace an older one.
    set(CPACK_WIX_UPGRADE_GUID "9699498D-7FEB-4860-9A58-5A1AE2927599")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/qingfeng.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Qingfeng")
    set(CPACK_WIX_LICENSE_RTF "${CMAKE_CURRENT_LIST_DIR}/windows/license.rtf")
    set(CPACK_PACKAGE_EXECUTABLES "qingfeng" "清风信访举报工作台")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://qingfeng.invalid/")
    set(CPACK_WIX_ARCHITECTURE x64)
else()
    # --- Debian 12: two packages and their debug symbols ----------------------------------
    set(CPACK_GENERATOR "DEB")
    set(CPACK_COMPONENTS_ALL client server)
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE "")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Strips the programs and puts their debug information into NAME-dbgsym.
    set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
    set(CPACK_THREADS 0) # xz on every core: the debug symbols are ~120 MB before compression

    set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME "qingfeng")
    set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_CLIENT_DESCRIPTION "petition and report workstation (清风信访举报工作台)
Qingfeng registers letters, visits, calls and online reports at a
discipline-inspection office, reads the visitor's ID card, finds repeated
reports, routes each case and follows it up to its conclusion.
.
This package holds the desktop client (qingfeng) and the command-line
tool (qingfeng-cli). Identities are stored encrypted with a key in the
system keychain (Secret Service).")
    # Loaded at run time, so no shared-library dependency names them: the SQLite driver
    # (the local store), the CJK fonts (the interface is Chinese), a Secret Service
    # keychain (the identity key), the GStreamer elements Qt Multimedia's backend builds its
    # audio pipeline from at start (audioconvert, volume: without them it logs CRITICALs).
    # The xcb platform plugin is in libqt6gui6.
    set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, fonts-noto-cjk, gnome-keyring | kwalletmanager, gstreamer1.0-plugins-base")
    # Camera and microphone (v4l2src, autoaudiosink, pulsesrc), and Wayland sessions.
    set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS
        "gstreamer1.0-plugins-good, gstreamer1.0-pulseaudio, qt6-wayland")
    set(CPACK_DEBIAN_CLIENT_PACKAGE_SUGGESTS "qingfeng-syncd")

    set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "qingfeng-syncd")
    set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_SERVER_DESCRIPTION "sync service of the Qingfeng petition and report workstation
qingfeng-syncd keeps Qingfeng workstations in step through a central
PostgreSQL store. It runs as the systemd unit qingfeng-syncd.service
with the settings in /etc/qingfeng/syncd.conf, and administers the
central store (qingfeng-syncd admin ...). The package also holds
qingfeng-statusd, the public follow-up page where a reporter's code
gives the stage of that one report.")
    # The PostgreSQL driver is a plugin; adduser makes the service's system user.
    set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-psql, adduser")
    set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql, nginx")
    set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
        "${CMAKE_CURRENT_LIST_DIR}/debian/qingfeng-syncd/conffiles"
        "${CMAKE_CURRENT_LIST_DIR}/debian/qingfeng-syncd/postinst"
        "${CMAKE_CURRENT_LIST_DIR}/debian/qingfeng-syncd/prerm"
        "${CMAKE_CURRENT_LIST_DIR}/debian/qingfeng-syncd/postrm")
    set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
