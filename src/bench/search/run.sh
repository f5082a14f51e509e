#!/usr/bin/env bash
# Search benchmark: a generated site of N reports, our index vs Pagefind, same pages and queries.
#   src/bench/search/run.sh [N=2000] [WORK=/tmp/gongkai-search-bench]
# Steps: gongkai generate + build (skipped when WORK/site exists) → index the report and region pages with
# SearchIndexer, timed (IndexSite.java) → truth by the probe's text rule (truth.py) → our search.js in Node
# counting gzip bytes (query-bench.js) → Pagefind CLI on the same pages and its search in headless Chromium
# (pagefind-bench.js; needs npm and chromium) → side-by-side table (table.js).
# Where a query's bytes go, by kind of file: node first-screen.js WORK/site QUERY... (V=1: with the snippets).
# Query words year:2024, county:丰渡县, township:丁楼镇 are the search page's filters (measured by ours only, not by
# Pagefind); the index and the truth take the county and township from WORK/content's folders.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
n="${1:-2000}"
work="${2:-/tmp/gongkai-search-bench}"
build="${GONGKAI_BUILD_DIR:-/tmp/build-search}"
mkdir -p "$work"
if [ ! -d "$work/site" ]; then
  GONGKAI_BUILD_DIR="$build" "$root/gongkai" generate --reports "$n" --out "$work/content"
  GONGKAI_BUILD_DIR="$build" "$root/gongkai" build --content "$work/content" --out "$work/site"
fi
# The launcher (re)builds the jar and its lib/ folder when a source changed.
GONGKAI_BUILD_DIR="$build" "$root/gongkai" --version >/dev/null
mkdir -p "$work/site/assets/search"
cp "$root/themes/default/static/search/search.js" "$work/site/assets/search/search.js"
java -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xss4m -cp "$build/gongkai.jar:$build/lib/*" "$here/IndexSite.java" "$work/site" "$work/content" | tee "$work/index.txt"
queries=(卜集镇 卜集 卜塔集镇 上口街道 上口镇 霄云镇 马营镇 北京市 行政复议 依申请公开 信息处理费 勾稽关系
  2021 2024 504 2024年 卜集镇2024 "卜集 2024" 本机关不掌握相关政府信息 镇 政府 http
  "行政复议 year:2024" "政府 year:2022" "依申请公开 year:2021" "卜集 year:2023" "2021 year:2022" "0 year:2023"
  "行政复议 county:丰渡县" "政府 county:何洲县" "依申请公开 county:北沟县" "行政复议 county:丰渡县 year:2023"
  "行政复议 township:丁楼镇" "依申请公开 township:万坝乡" "政府 township:万坪镇" "信息处理费 township:丁楼镇"
  "收费 township:万坝乡" "township:卜集镇" "2021 township:丁楼镇" "0 township:丁楼镇" "2024 township:卜集镇")
python3 "$here/truth.py" --content "$work/content" "$work/site" "$work/truth.json" "${queries[@]}"
node "$here/query-bench.js" "$work/site" "$work/truth.json" "$work/ours.json"
if [ ! -x "$work/npm/node_modules/.bin/pagefind" ]; then
  mkdir -p "$work/npm" && (cd "$work/npm" && npm i --silent pagefind@1)
fi
rm -rf "$work/site/pagefind"
/usr/bin/time -f "pagefind build: %e s wall, %U s user" "$work/npm/node_modules/.bin/pagefind" --site "$work/site" \
  --glob "{reports,regions}/**/*.html" > "$work/pagefind.log" 2> "$work/pagefind-time.txt" || true
cat "$work/pagefind-time.txt"
node "$here/pagefind-bench.js" "$work/site" "$work/truth.json" "$work/pagefind.json"
node "$here/table.js" "$work/ours.json" "$work/pagefind.json" | tee "$work/table.txt"
