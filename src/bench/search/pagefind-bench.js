// Benchmark step 3: Pagefind on the same site and queries, in headless Chromium (Pagefind searches with
// WebAssembly in the browser). A local server gzips every response and counts the bytes per query.
// usage: node pagefind-bench.js SITE_DIR TRUTH_JSON OUT_JSON   (SITE_DIR/pagefind/ made by `pagefind --site`)
// Cold: a fresh browser per query: pagefind.js, its WebAssembly, metadata, index chunks, and the fragments of
// the first 10 results (Pagefind needs a result's fragment to know its URL and excerpt). Warm: the same query
// after another on the same page. Precision/recall use every result's URL (those fragments are not counted).
'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');
const zlib = require('zlib');
const os = require('os');
const { execFile } = require('child_process');

const [site, truthFile, outFile] = process.argv.slice(2);
const { queries, truth } = JSON.parse(fs.readFileSync(truthFile, 'utf8'));
let bucket = null;
const counts = {};
const harness = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>pf</title></head><body><script type="module">
const p = new URLSearchParams(location.search);
const pf = await import('./pagefind/pagefind.js');
await pf.init();
const run = async (q) => { const r = await pf.search(q); return r.results; };
if (p.get('warm')) { const w = await run(p.get('warm')); await Promise.all(w.slice(0, 10).map(x => x.data())); }
await fetch('/__mark?b=' + encodeURIComponent(p.get('b')));
const res = await run(p.get('q'));
await Promise.all(res.slice(0, 10).map(x => x.data()));
await fetch('/__mark?b=none');
let urls = [];
if (p.get('all')) urls = (await Promise.all(res.map(x => x.data()))).map(d => d.url);
document.body.setAttribute('data-done', JSON.stringify({ n: res.length, urls }));
</script></body></html>`;
const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname === '/__mark') { bucket = u.searchParams.get('b'); res.end('ok'); return; }
  if (u.pathname === '/pf-bench.html') { res.setHeader('Content-Type', 'text/html'); res.end(harness); return; }
  const file = path.join(site, decodeURIComponent(u.pathname));
  if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.statusCode = 404; res.end(); return; }
  const body = fs.readFileSync(file);
  const gz = zlib.gzipSync(body, { level: 6 });
  if (bucket && bucket !== 'none') counts[bucket] = (counts[bucket] || 0) + Math.min(gz.length, body.length);
  const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.wasm') || file.includes('.pagefind') ? 'application/wasm' : 'application/octet-stream';
  res.setHeader('Content-Type', type);
  res.end(body);
});

// Asynchronous: the server answering the browser runs in this same process. A busy machine can starve a run,
// so each is tried up to three times.
async function chromium(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      delete counts[new URL(url).searchParams.get('b')];
      return await chromiumOnce(url);
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

async function chromiumOnce(url) {
  const prof = fs.mkdtempSync(path.join(os.tmpdir(), 'pfb-'));
  const out = await new Promise((resolve, reject) => execFile('chromium', ['--headless', '--no-sandbox',
    '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--user-data-dir=' + prof, '--virtual-time-budget=600000', '--dump-dom', url],
  { encoding: 'utf8', timeout: 300000, maxBuffer: 1 << 26 }, (err, stdout) => err ? reject(err) : resolve(stdout)));
  fs.rmSync(prof, { recursive: true, force: true });
  const m = out.match(/data-done="([^"]*)"/);
  if (!m) throw new Error('no result for ' + url);
  return JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
}

server.listen(0, '127.0.0.1', async () => {
  const base = 'http://127.0.0.1:' + server.address().port + '/pf-bench.html';
  const rows = [];
  let prev = '行政复议';
  // A query with a filter (year:2024) is ours only: Pagefind's filters need data-pagefind-filter in the pages.
  for (const q of queries.filter(x => !/(^|\s)(year|county|township):/.test(x))) {
    const e = encodeURIComponent;
    const cold = await chromium(`${base}?q=${e(q)}&b=${e('cold:' + q)}&all=1`);
    await chromium(`${base}?q=${e(q)}&b=${e('warm:' + q)}&warm=${e(prev)}`);
    const got = [...new Set(cold.urls.map(u => u.replace(/^\//, '').replace(/\/$/, '/index.html')))];
    const want = new Set(truth[q]);
    const tp = got.filter(p => want.has(p)).length;
    rows.push({ q, results: cold.n, relevant: want.size, tp,
      precision: got.length ? tp / got.length : (want.size ? 0 : 1), recall: want.size ? tp / want.size : 1,
      cold: counts['cold:' + q] || 0, warm: counts['warm:' + q] || 0 });
    const r = rows[rows.length - 1];
    console.log(`${q}\t${r.results}/${r.relevant}\tP ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)}\tcold ${r.cold} warm ${r.warm}`);
    prev = q;
  }
  fs.writeFileSync(outFile, JSON.stringify(rows, null, 1));
  server.close();
});
