#!/usr/bin/env bash
# Refreshes the translations from the sources. Idempotent; run it from anywhere.
#
#   translations/update.sh [ZH_CN.tsv ...]
#
# 1. lupdate over every library and executable (models/, app/, ui/) into the three .ts files
#    (-no-obsolete -locations none, so diffs stay small);
# 2. applies the given TSV files (context<TAB>source<TAB>Simplified Chinese) to zh_CN;
# 3. fills zh_TW from every finished zh_CN entry with OpenCC (s2twp: Taiwan phrasing), then
#    applies translations/zh_TW-overrides.tsv;
# 4. writes translations/zh_CN-todo.tsv: the zh_CN entries still unfinished, in the TSV form
#    of step 2 - fill in the third column and pass the file back to this script.
# The `ui` test "every source string has a finished zh_CN translation" fails until the todo
# list is empty.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
py=/usr/bin/python3
command -v opencc >/dev/null || { echo "update.sh: opencc is missing (apt-get install opencc)" >&2; exit 2; }

cd "$root"
sources=(models app ui sync server programs)
run_lupdate() {
    "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,ui -I "$root" "${sources[@]}" \
        -ts translations/qingfeng_zh_CN.ts translations/qingfeng_zh_TW.ts translations/qingfeng_en.ts
}
run_lupdate
if [ $# -gt 0 ]; then
    "$py" "$here/tstool.py" apply translations/qingfeng_zh_CN.ts "$@"
fi
"$py" "$here/tstool.py" fill-tw translations/qingfeng_zh_CN.ts translations/qingfeng_zh_TW.ts
# Hand-made zh_TW wording where the conversion is not right (e.g. 工作台, not 工作臺).
"$py" "$here/tstool.py" apply translations/qingfeng_zh_TW.ts translations/zh_TW-overrides.tsv
run_lupdate # back to lupdate's own formatting
"$py" "$here/tstool.py" todo translations/qingfeng_zh_CN.ts > translations/zh_CN-todo.tsv
count=$(wc -l < translations/zh_CN-todo.tsv)
if [ "$count" -gt 0 ]; then
    echo "update.sh: $count zh_CN entries unfinished, listed in translations/zh_CN-todo.tsv;" >&2
    echo "           translate the third column and run: translations/update.sh translations/zh_CN-todo.tsv" >&2
else
    echo "update.sh: all zh_CN entries are translated." >&2
fi
