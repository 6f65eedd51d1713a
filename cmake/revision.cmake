# SPDX-FileCopyrightText: 2026 JitScope developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes OUT, a header defining JITSCOPE_VERSION (VERSION) and JITSCOPE_REVISION as `git describe` of SOURCE_DIR ("unknown"
# outside a git checkout), and touches it only when the revision changed, so a build rebuilds
# core/session/buildinfo.cpp alone after a commit. Run at every build (cmake -P).
execute_process(COMMAND git -C "${SOURCE_DIR}" describe --always --dirty --abbrev=12
  OUTPUT_VARIABLE revision RESULT_VARIABLE status ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT status EQUAL 0 OR revision STREQUAL "")
  set(revision unknown)
endif()
file(WRITE "${OUT}.new" "#define JITSCOPE_VERSION \"${VERSION}\"\n#define JITSCOPE_REVISION \"${revision}\"\n")
file(COPY_FILE "${OUT}.new" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.new")
