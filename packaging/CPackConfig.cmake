# CPack: a .deb of the window and the command-line tracer, with its desktop entry, icon and
# AppStream metainfo. Runtime dependencies are read off the binaries by dpkg-shlibdeps, so the
# package declares exactly the Qt and QScintilla libraries it links.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/memstep.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/org.memstep.memstep.metainfo.xml
    DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/memstep.svg
    DESTINATION share/icons/hicolor/scalable/apps)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "memstep")
set(CPACK_PACKAGE_VENDOR "memstep developers")
set(CPACK_PACKAGE_CONTACT "memstep developers <memstep@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The CPython engine (engine/cpython) runs programs under the system python3; without it the
# built-in interpreter still works, so python3 is recommended, not required. Qt's and QScintilla's
# own translations (standard buttons, the editor's menu) only complete a translated window. The
# Chinese window needs a CJK font (DejaVu has none): without one its text is empty boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "python3 (>= 3.11), qt6-translations-l10n, libqscintilla2-qt6-l10n, fonts-wqy-zenhei | fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "See what Python does with memory, one step at a time\n memstep runs a Python program step by step and draws its stack frames,\n heap objects and the references between them.")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
include(CPack)
