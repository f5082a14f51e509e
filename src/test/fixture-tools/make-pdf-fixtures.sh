#!/usr/bin/env bash
# Remakes the PDF fixtures of cn.gongkai.source.pdf under src/test/resources/source/pdf/:
#   template/  twelve reports filled into the official 2021 template and converted with LibreOffice, + truth
#   bad/       the bad-PDF corpus (empty, truncated, damaged, encrypted, image-only, not a PDF)
# Needs: python3, libreoffice (Debian: libreoffice-writer-nogui fonts-noto-cjk), Maven with the project's
# dependencies. After remaking, review the extraction goldens:
#   mvn -Dgongkai.buildDir=/tmp/build-x -Dtest='cn.gongkai.source.pdf.**' -Dgongkai.updateGoldens=true test
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
res="$root/src/test/resources/source/pdf"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

python3 "$here/make-pdf-fixtures.py" "$tmp/template" >/dev/null
mkdir -p "$res/template"
cp "$tmp"/template/*.pdf "$tmp"/template/*.json "$res/template/"

(cd "$root" && mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$tmp/classpath.txt" >/dev/null)
java -cp "$(cat "$tmp/classpath.txt")" "$here/MakeBadPdfs.java" "$res/bad" "$res/template/hujizhen-2024.pdf"
echo "fixtures written under $res"
