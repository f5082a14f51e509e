#!/usr/bin/env bash
# Search benchmark: a generated site of N reports, our index vs Pagefind, same pages and queries.
#   src/bench/search/run.sh [N=2000] [WORK=/tmp/gongkai-search-bench]
# Steps: gongkai generate + build (skipped when WORK/site exists) → index the report and region pages with
# SearchIndexer as the site build does (not the changes/ and compare/ pages, which it does not search), timed
# (IndexSite.java) → truth by the probe's text rule (truth.py) → our search.js in Node
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
  "收费 township:万坝乡" "township:卜集镇" "2021 township:丁楼镇" "0 township:丁楼镇" "2024 township:卜集镇"
  "信息处理费 county:北沟县" "收费 county:丰渡县" "2021 county:丰渡县")
# Chosen by a rule, not by hand: the three words above with the most result pages (政府, 行政复议, 2021) with each of
# the two counties with the most pages and with the township name on the most pages (at n=2000: 郑祥县, 沙溪县, 城关镇).
ranked=$(python3 - "$work/content" <<'PY'
import os, sys, collections
root = sys.argv[1]
names, county, township = {}, collections.Counter(), collections.Counter()
for d, _, files in sorted(os.walk(root)):
    if '_region.yaml' in files:
        y = open(os.path.join(d, '_region.yaml'), encoding='utf-8').read()
        get = lambda k: next((l.split(':', 1)[1].strip().strip('"') for l in y.splitlines() if l.startswith(k + ':')), None)
        names[d] = (get('name'), get('level'))
def chain(d):
    out = {}
    while d.startswith(root) and d in names:
        out.setdefault(names[d][1], names[d][0]); d = os.path.dirname(d)
    return out
for d in names:
    c = chain(d)
    reports = sum(1 for f in os.listdir(d) if f[:4].isdigit() and f.endswith('.md'))
    # pages of the region: its region page (and changes page for a township), plus its reports
    if names[d][1] == 'county': county[names[d][0]] += 1
    if 'county' in c and names[d][1] == 'township': county[c['county']] += 2 + reports
    if names[d][1] == 'township': township[names[d][0]] += 2 + reports
top = lambda cnt, n: [k for k, _ in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]
print(' '.join(top(county, 2) + top(township, 1)))
PY
)
for place in $ranked; do
  kind=county; case "$place" in *镇|*乡|*街道) kind=township;; esac
  for w in 政府 行政复议 2021; do queries+=("$w $kind:$place"); done
done
python3 "$here/truth.py" --content "$work/content" "$work/site" "$work/truth.json" "${queries[@]}"
node "$here/query-bench.js" "$work/site" "$work/truth.json" "$work/ours.json"
if [ ! -x "$work/npm/node_modules/.bin/pagefind" ]; then
  mkdir -p "$work/npm" && (cd "$work/npm" && npm i --silent pagefind@1)
fi
# Pagefind indexes the same pages as ours (reports and region pages, not changes/ or compare/YEAR/): hard links to
# them in a folder of their own, the index written into the site, which serves both.
rm -rf "$work/site/pagefind" "$work/pf-pages"
mkdir -p "$work/pf-pages"
(cd "$work/site" && find reports regions -name index.html ! -path '*/changes/*' ! -path '*/compare/*' -print0 \
  | xargs -0 cp --parents -l -t "$work/pf-pages")
/usr/bin/time -f "pagefind build: %e s wall, %U s user" "$work/npm/node_modules/.bin/pagefind" --site "$work/pf-pages" \
  --output-path "$work/site/pagefind" > "$work/pagefind.log" 2> "$work/pagefind-time.txt" || true
cat "$work/pagefind-time.txt"
node "$here/pagefind-bench.js" "$work/site" "$work/truth.json" "$work/pagefind.json"
node "$here/table.js" "$work/ours.json" "$work/pagefind.json" | tee "$work/table.txt"
