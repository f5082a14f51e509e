// Benchmark step 4: side-by-side table of ours (query-bench.js) and Pagefind (pagefind-bench.js).
// usage: node table.js OURS_JSON PAGEFIND_JSON
'use strict';
const fs = require('fs');
const [oursFile, pfFile] = process.argv.slice(2);
const ours = JSON.parse(fs.readFileSync(oursFile, 'utf8'));
const pf = fs.existsSync(pfFile || '') ? JSON.parse(fs.readFileSync(pfFile, 'utf8')) : [];
const byQ = new Map(pf.map(r => [r.q, r]));
const kb = b => (b / 1024).toFixed(1);
const pad = (s, n) => String(s) + ' '.repeat(Math.max(0, n - [...String(s)].reduce((w, c) => w + (c.charCodeAt(0) > 255 ? 2 : 1), 0)));
// ours "cold" = script + what the result list needs; "+snip" = that plus the titles and snippets of the first 10
// results (a desktop screen; the page loads them as results scroll into view); the same for "warm" (a later query,
// after the previous query and its first screen). Pagefind's figures include the fragments of its first 10 results.
console.log(pad('query', 26) + pad('relevant', 9) + '| ours: results  P     R     cold KB  +snip KB  warm KB  +snip KB | pagefind: results  P     R     cold KB  warm KB');
let tot = { o: [0, 0, 0], p: [0, 0, 0] };
for (const r of ours) {
  const p = byQ.get(r.q);
  tot.o[0] += r.tp; tot.o[1] += r.results - r.tp; tot.o[2] += r.relevant - r.tp;
  let right = '';
  if (p) {
    tot.p[0] += p.tp; tot.p[1] += p.results - p.tp; tot.p[2] += p.relevant - p.tp;
    right = `${pad(p.results, 17)}${p.precision.toFixed(2).padEnd(6)}${p.recall.toFixed(2).padEnd(6)}${kb(p.cold).padStart(7)}  ${kb(p.warm).padStart(7)}`;
  }
  console.log(pad(r.q, 26) + pad(r.relevant, 9) + `|       ${pad(r.results, 8)}${r.precision.toFixed(2).padEnd(6)}${r.recall.toFixed(2).padEnd(6)}${kb(r.cold).padStart(7)}  ${kb(r.coldWithSnippets).padStart(8)}  ${kb(r.warm).padStart(7)}  ${kb(r.warmWithSnippets).padStart(8)} |           ${right}`);
}
const pr = t => `precision ${(t[0] / Math.max(1, t[0] + t[1])).toFixed(3)}, recall ${(t[0] / Math.max(1, t[0] + t[2])).toFixed(3)}`;
console.log(`ours: ${pr(tot.o)}` + (pf.length ? `; pagefind: ${pr(tot.p)}` : ''));
