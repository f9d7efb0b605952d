#!/usr/bin/env bash
# Fails when a C++ file of app/, wizard/ or tests/ differs from what clang-format makes of it
# with the root .clang-format, and names every such file:
#   bash installer/check-format.sh
# Checks the files git knows (tracked, and new ones not ignored). Fix with the printed command.
# CI uses Debian 12's clang-format 14; another version may format some lines differently.
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${CLANG_FORMAT:-clang-format}

if ! command -v "$clang_format" >/dev/null; then
    echo "check-format: $clang_format is not installed (bash installer/install-deps.sh)" >&2
    exit 1
fi
version=$("$clang_format" --version)
case $version in
    *" version 14."*) ;;
    *) echo "check-format: note: CI uses clang-format 14, this is: $version" >&2 ;;
esac

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "check-format: not a git checkout: the files to check come from git ls-files" >&2
    exit 1
fi
mapfile -d '' files < <(git ls-files -z --cached --others --exclude-standard -- \
    'app/*.cpp' 'app/*.h' 'wizard/*.cpp' 'wizard/*.h' 'tests/*.cpp' 'tests/*.h')
if [ ${#files[@]} -eq 0 ]; then
    echo "check-format: no C++ files found under app/, wizard/, tests/" >&2
    exit 1
fi

# One clang-format process for all files: each difference is reported as
# "FILE:LINE:COL: error: code should be clang-formatted"; keep the file names.
set +e
report=$("$clang_format" --dry-run -Werror --style=file -- "${files[@]}" 2>&1)
rc=$?
set -e
mapfile -t differ < <(printf '%s\n' "$report" |
    sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)

if [ "$rc" -eq 0 ] && [ ${#differ[@]} -eq 0 ]; then
    echo "check-format: ${#files[@]} files match .clang-format"
    exit 0
fi
if [ ${#differ[@]} -eq 0 ]; then
    # clang-format failed for another reason (a missing file, a bad .clang-format): show it.
    printf '%s\n' "$report" >&2
    echo "check-format: $clang_format failed (exit $rc)" >&2
    exit 1
fi
echo "check-format: ${#differ[@]} of ${#files[@]} files differ from .clang-format:" >&2
printf '  %s\n' "${differ[@]}" >&2
echo "check-format: fix with: $clang_format -i ${differ[*]}" >&2
exit 1
