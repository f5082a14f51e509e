// Benchmark step 2: run queries with the site's own search.js against the index files (Node, no browser),
// count the gzip bytes a browser would transfer, and compare the result sets with the truth.
// usage: node query-bench.js SITE_DIR TRUTH_JSON OUT_JSON
//   TRUTH_JSON: {"queries": [...], "truth": {query: [page paths]}} (made by truth.py with the probe's text rule)
//   A query's words of the form year:2024 (also county:…, township:…) are the search page's filters, not words.
// Cold = a fresh page: script + manifest + everything the query needs. Warm = the same query after another
// query ran on the page (the warm-up query is the previous one in the list).
'use strict';
const fs = require('fs');
const path = require('path');

const [site, truthFile, outFile] = process.argv.slice(2);
const { queries, truth } = JSON.parse(fs.readFileSync(truthFile, 'utf8'));
const { scriptPath, gzipSize, engine, parse } = require('./index-files.js')(site);
function bytes(files) { return files.reduce((s, f) => s + gzipSize(f), 0); }

(async function () {
  const rows = [];
  let prev = '行政复议';
  for (const q of queries) {
    const coldLog = [];
    const t0 = process.hrtime.bigint();
    const res = await engine(coldLog).search(...parse(q));
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const got = res.results.map(r => r.page.path);
    // Warm: a page that already ran the previous query.
    const warmLog = [];
    const e = engine(warmLog);
    await e.search(...parse(prev));
    const before = new Set(warmLog);
    await e.search(...parse(q));
    const warmFiles = [...new Set(warmLog.filter(f => !before.has(f)))];
    // The first screen of snippets on top of the cold query: the page loads a result's title and snippet as it
    // scrolls into view (200 px ahead), about 10 results on a desktop screen, fewer on a phone; Pagefind's bench
    // likewise counts the fragments of its first 10 results.
    const snipLog = [];
    const e2 = engine(snipLog);
    const r2 = await e2.search(...parse(q));
    await Promise.all(r2.results.slice(0, 10).map(r => Promise.all([e2.title(r.page), e2.snippet(r.hit, r2.words)])));
    // A later query with its first screen: the previous query and its first screen ran on the page before.
    const warmSnipLog = [];
    const e3 = engine(warmSnipLog);
    const firstScreen = async function (query) {
      const r = await e3.search(...parse(query));
      await Promise.all(r.results.slice(0, 10).map(x => Promise.all([e3.title(x.page), e3.snippet(x.hit, r.words)])));
    };
    await firstScreen(prev);
    const seen = new Set(warmSnipLog);
    await firstScreen(q);
    const warmSnipFiles = [...new Set(warmSnipLog.filter(f => !seen.has(f)))];
    const want = new Set(truth[q]);
    const tp = got.filter(p => want.has(p)).length;
    rows.push({
      q, results: got.length, relevant: want.size, tp,
      precision: got.length ? tp / got.length : (want.size ? 0 : 1),
      recall: want.size ? tp / want.size : 1,
      cold: gzipSize(scriptPath) + bytes([...new Set(coldLog)]),
      coldWithSnippets: gzipSize(scriptPath) + bytes([...new Set(snipLog)]),
      warm: bytes(warmFiles), warmWithSnippets: bytes(warmSnipFiles), requests: new Set(coldLog).size, ms,
      wrong: got.filter(p => !want.has(p)).slice(0, 3), missed: [...want].filter(p => !got.includes(p)).slice(0, 3)
    });
    prev = q;
  }
  fs.writeFileSync(outFile, JSON.stringify(rows, null, 1));
  for (const r of rows) {
    console.log(`${r.q}\t${r.results}/${r.relevant}\tP ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)}\tcold ${r.cold} (+snip ${r.coldWithSnippets}) warm ${r.warm}\t${r.requests} req ${r.ms.toFixed(0)} ms`
      + (r.wrong.length ? '\twrong ' + r.wrong.join(' ') : '') + (r.missed.length ? '\tmissed ' + r.missed.join(' ') : ''));
  }
})().catch(e => { console.error(e); process.exit(1); });
