// The site's own search.js run in Node against a built site's index files, for the search benchmarks
// (query-bench.js, first-screen.js): an engine that logs every file it fetches, gzip sizes of files, and the
// bench's query syntax.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

module.exports = function indexFiles(site) {
  const scriptPath = path.join(site, 'assets/search/search.js');
  const api = require(path.resolve(scriptPath));
  const gz = new Map();
  // gzip bytes of a file, by its path on disk
  function gzipSize(file) {
    if (!gz.has(file)) gz.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length);
    return gz.get(file);
  }
  return {
    api, scriptPath, gzipSize,
    // an engine on a fresh page; every index file it fetches is pushed onto log, by its path on disk
    engine(log) {
      return new api.Engine(function (p) {
        const file = path.join(site, 'search', p);
        log.push(file);
        return Promise.resolve(/\.bin$/.test(p) ? new Uint8Array(fs.readFileSync(file))
          : JSON.parse(fs.readFileSync(file, 'utf8')));
      });
    },
    // 'words year:2024' → ['words', {year: '2024'}]: the query box's text and the page's filters.
    parse(query) {
      const filters = {}, words = [];
      for (const w of query.split(/\s+/)) {
        const m = /^(year|county|township):(.+)$/.exec(w);
        if (m) filters[m[1]] = m[2]; else if (w) words.push(w);
      }
      return [words.join(' '), filters];
    },
  };
};
