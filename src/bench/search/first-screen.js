// Where a query's bytes go: per kind of index file (the folder prefix: n, r, d, j, rp, nt, dt, po, tt, pages), the
// gzip KB and number of files fetched for the result list, for the titles and snippets of the first 10 results
// (cold, on top of the list), and for a later query with its first screen (after 行政复议 and its first screen).
// usage: node first-screen.js SITE_DIR QUERY...   (SITE_DIR as left by run.sh; V=1 also prints the snippets)
// A query's words year:2024, county:金乡县, township:卜集镇 are the search page's filters (the index must have been
// built with those facets: run.sh's index has years only, a `gongkai build` site has all three).
'use strict';
const fs = require('fs');
const path = require('path');

const [site, ...queries] = process.argv.slice(2);
const { gzipSize, engine, parse } = require('./index-files.js')(site);
async function firstScreen(e, q) {
  const r = await e.search(...parse(q));
  const shown = await Promise.all(r.results.slice(0, 10).map(x => Promise.all([e.title(x.page), e.snippet(x.hit, r.words)])));
  return [r, shown];
}
function byKind(files) {
  const out = {};
  for (const f of files) {
    const k = path.relative(path.join(site, 'search'), f).split(/[-/]/)[0];
    out[k] = out[k] || [0, 0];
    out[k][0] += gzipSize(f);
    out[k][1]++;
  }
  return Object.entries(out).map(([k, v]) => `${k} ${(v[0] / 1024).toFixed(1)}/${v[1]}`).join(', ');
}
(async function () {
  for (const q of queries) {
    const cold = [];
    const e = engine(cold);
    const res = await e.search(...parse(q));
    const list = new Set(cold);
    const [, shown] = await firstScreen(e, q);
    const later = [];
    const e2 = engine(later);
    await firstScreen(e2, '行政复议');
    const seen = new Set(later);
    await firstScreen(e2, q);
    console.log(`${q}: ${res.results.length} results | list: ${byKind(list)} | +first screen: `
      + `${byKind([...new Set(cold)].filter(f => !list.has(f)))} | later with first screen: ${byKind([...new Set(later)].filter(f => !seen.has(f)))}`);
    if (process.env.V) {
      res.results.slice(0, 10).forEach((x, i) => console.log(`  ${x.page.path} [${x.hit && x.hit.kind}] ${shown[i][0]} | `
        + shown[i][1].map(p => p.mark ? '[' + p.text + ']' : p.text).join('')));
    }
  }
})().catch(e => { console.error(e); process.exit(1); });
