/* gongkai search: exact substring search over the static index written by cn.gongkai.search.IndexBuilder.
 * No framework, no network beyond the site's own files. The engine (GongkaiSearch.Engine) runs in browsers
 * and in Node (the benchmark); the page wiring runs only when the page has #search.
 *
 * Semantics: the page text is what a reader sees (outside script/style/nav/header/footer) with whitespace
 * removed; a word matches a page when it is a substring of that text (ASCII letters ignoring case); words
 * separated by spaces must all match. Exact, never approximate: candidates come from the index and every
 * character of the word is checked at its position.
 *
 * Index format 11 (cn.gongkai.search.IndexBuilder.FORMAT; the formats of each kind are documented there and at the
 * functions reading them below): a page's text holds one space where a block, line or table cell ends (BOUNDARY:
 * no word matches across it, snippets show it as ' · '), and a phrase stored empty is its one-shorter beginning's
 * (Engine.phrase); a digit key's entry ends with its covers (searchDigits); each county has a file of
 * the common runs on its pages (cm, Engine.countyRuns) that a county-filtered screen past the places reads once, with
 * its own pages' outlines and its township region pages' rare text runs (format 10); page outlines (po) are stored
 * by township name (decodePages: outline order, format 10), so same-named townships share outline files.
 */
(function (global) {
  'use strict';

  // Python's str.isspace(): what the page text had removed (cn.gongkai.search.SearchText.isSpace).
  function isSpace(cp) {
    return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp === 0x85 || cp === 0xa0 ||
      cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 ||
      cp === 0x202f || cp === 0x205f || cp === 0x3000;
  }
  function isDigit(cp) { return cp >= 48 && cp <= 57; }
  function fold(cp) { return cp >= 65 && cp <= 90 ? cp + 32 : cp; }
  function foldStr(s) { return s.replace(/[A-Z]/g, function (c) { return c.toLowerCase(); }); }
  function cpsOf(s) { var a = []; for (var ch of s) a.push(ch.codePointAt(0)); return a; }
  function str(cps, i, j) { return String.fromCodePoint.apply(null, cps.slice(i, j)); }

  /** The query's words: split at whitespace, folded, duplicates dropped, longest first. */
  function words(q) {
    var out = [], cur = [];
    var cps = cpsOf(q || '');
    for (var i = 0; i <= cps.length; i++) {
      if (i === cps.length || isSpace(cps[i])) {
        if (cur.length) {
          var w = str(cur, 0, cur.length);
          if (out.indexOf(w) < 0) out.push(w);
          cur = [];
        }
      } else {
        cur.push(fold(cps[i]));
      }
    }
    return out.sort(function (a, b) { return cpsOf(b).length - cpsOf(a).length; });
  }

  function fnv(key) {
    var h = 0x811c9dc5;
    for (var ch of key) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193);
    return h >>> 0;
  }

  // Where a block, line or table cell ends and the next begins, the page's text holds one space
  // (cn.gongkai.search.SearchText.BOUNDARY): no word holds one, so none matches across it. Two digit runs side by side
  // are two figures in two cells: the space between them is implied (joinRuns).
  var BOUNDARY = 32;
  function joinRuns(refs, texts) {
    var out = '';
    for (var i = 0; i < texts.length; i++) {
      if (i > 0 && refs[i] % 2 === 1 && refs[i - 1] % 2 === 1) out += ' ';
      out += texts[i];
    }
    return out;
  }

  // Clause ends (cn.gongkai.search.SearchText.isBreak): a text run ends just after one of 。；！？：，
  function isBreak(cp) {
    return cp === 0x3002 || cp === 0xff1b || cp === 0xff01 || cp === 0xff1f || cp === 0xff1a || cp === 0xff0c;
  }

  // ---- Binary files: unsigned LEB128 varints and length-prefixed UTF-8 strings (cn.gongkai.search.ByteOut).
  var utf8 = new TextDecoder('utf-8');
  function Reader(bytes, from, to) { this.b = bytes; this.i = from || 0; this.end = to === undefined ? bytes.length : to; }
  Reader.prototype.more = function () { return this.i < this.end; };
  Reader.prototype.uint = function () {
    var b = this.b, v = 0, shift = 0, x;
    do { x = b[this.i++]; v += (x & 0x7f) * Math.pow(2, shift); shift += 7; } while (x & 0x80);
    return v;
  };
  Reader.prototype.string = function () {
    var n = this.uint(), s = utf8.decode(this.b.subarray(this.i, this.i + n));
    this.i += n;
    return s;
  };
  function ints(bytes) { var r = new Reader(bytes), out = []; while (r.more()) out.push(r.uint()); return out; }

  /** A shard: key → {from, to} within its bytes, or {file: i} for postings in a file of their own. */
  function parseShard(bytes) {
    var r = new Reader(bytes), n = r.uint(), keys = new Map(), held = [];
    for (var k = 0; k < n; k++) {
      var key = r.string(), v = r.uint();
      if (v % 2) keys.set(key, { file: (v - 1) / 2 });
      else { var e = { len: v / 2 }; keys.set(key, e); held.push(e); }
    }
    var at = r.i;
    held.forEach(function (e) { e.from = at; at += e.len; });
    return { bytes: bytes, keys: keys };
  }

  /** Blocks of binary items: page sets (rp) or outlines (po), each split into its items' numbers. */
  function parseSets(bytes) {
    var r = new Reader(bytes), out = [];
    while (r.more()) {
      var h = r.uint(), n = h % 2 ? (h - 1) / 2 : h, l = [h];
      for (var k = 0; k < n; k++) l.push(r.uint());
      out.push(l);
    }
    return out;
  }
  function parseOutlines(bytes) {
    var r = new Reader(bytes), out = [];
    while (r.more()) { var n = r.uint(), l = new Array(n); for (var k = 0; k < n; k++) l[k] = r.uint(); out.push(l); }
    return out;
  }

  /** Junction postings: per context, [text before, text after, its page set as numbers]. */
  function junctionList(bytes) {
    var r = new Reader(bytes), out = [];
    while (r.more()) {
      var cl = r.string(), cr = r.string(), h = r.uint(), n = h % 2 ? (h - 1) / 2 : h, l = [h];
      for (var k = 0; k < n; k++) l.push(r.uint());
      out.push([cl, cr, l]);
    }
    return out;
  }

  /**
   * @param fetchFile function(path relative to the manifest's folder, revalidate) -> Promise of the parsed JSON
   *   for .json files, of a Uint8Array for .bin files
   */
  function Engine(fetchFile) {
    this.fetchFile = fetchFile;
    this.cache = new Map();
    var self = this;
    this.manifest = this.load('index.json', true).then(function (m) { self.manifestNow = m; return m; });
    this.pages = this.manifest.then(function (m) { return self.load(m.pages).then(decodePages); });
  }

  /** The entry of an n phrase stored empty: its entry is the phrase one character shorter's (IndexBuilder.sameAsShorter). */
  var SAME_AS_SHORTER = new Uint8Array(0);

  /** A phrase's n entry (bytes), reading a shorter phrase's where it is the same (in the same shard). */
  Engine.prototype.phrase = function (w, m) {
    var self = this;
    return this.entry('n', str(w, 0, m), str(w, 0, 3)).then(function (bytes) {
      return bytes === SAME_AS_SHORTER && m > 4 ? self.phrase(w, m - 1) : bytes;
    });
  };

  /** A file, fetched once; `parse` (cached with it) turns its content into what the caller reads. */
  Engine.prototype.load = function (path, revalidate, parse) {
    if (!this.cache.has(path)) {
      var got = this.fetchFile(path, !!revalidate);
      this.cache.set(path, parse ? got.then(parse) : got);
    }
    return this.cache.get(path);
  };

  /**
   * A key's postings bytes in its shard, or in the file of their own the shard names; empty when the key is
   * absent. The shard is that of `shardKey` when given (a phrase: its first three characters).
   */
  Engine.prototype.entry = function (kind, key, shardKey) {
    var self = this;
    return this.manifest.then(function (m) {
      var k = m[kind], shard = fnv(shardKey || key) % k.shards;
      return self.load(k.dir + '/' + shard + '.bin', false, parseShard).then(function (o) {
        var e = o.keys.get(key);
        if (!e) return new Uint8Array(0);
        if (e.len === 0) return SAME_AS_SHORTER;
        if (e.file !== undefined) return self.load(k.dir + '/' + shard + '-' + e.file + '.bin');
        return o.bytes.subarray(e.from, e.from + e.len);
      });
    });
  };

  /** Postings of a key of one kind: numbers ('n', 'r') or the junction list ('j'); empty when absent. */
  Engine.prototype.postings = function (kind, key) {
    return this.entry(kind, key).then(kind === 'j' ? junctionList : ints);
  };

  var PARSERS = { rp: parseSets, po: parseOutlines };

  /** Item `id` of a kind stored in blocks: fixed-size blocks, or blocks whose first ids the manifest lists. */
  Engine.prototype.item = function (kind, id) {
    var self = this;
    return this.manifest.then(function (m) {
      var k = m[kind], b = blockOf(k, id), parse = PARSERS[kind];
      return self.load(blockFile(k, b, kind), false, parse).then(function (arr) { return arr[id - b.first]; });
    });
  };

  /** The block of a kind's manifest entry `k` holding item `id`: {no, first}. */
  function blockOf(k, id) {
    if (k.block) return { no: Math.floor(id / k.block), first: Math.floor(id / k.block) * k.block };
    if (!k.first) { k.first = undeltaList(k.starts); }
    var lo = 0, hi = k.first.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (k.first[mid] <= id) lo = mid; else hi = mid - 1; }
    return { no: lo, first: k.first[lo] };
  }
  function blockFile(k, b, kind) { return k.dir + '/' + b.no + (PARSERS[kind] ? '.bin' : '.json'); }

  /** Whether the block holding run `ref` (as an outline refers to it) is fetched or being fetched; false before the manifest. */
  Engine.prototype.held = function (ref) {
    var m = this.manifestNow;
    if (!m) return false;
    var k = ref % 2 ? m.dt : m.nt, id = ref % 2 ? (ref - 1) / 2 : ref / 2;
    return this.cache.has(k.dir + '/' + Math.floor(id / k.block) + '.json');
  };

  /** The text of a run as a page outline refers to it: `id × 2` a text run, `id × 2 + 1` a digit run. */
  Engine.prototype.runText = function (ref) {
    return ref % 2 ? this.item('dt', (ref - 1) / 2) : this.item('nt', ref / 2);
  };

  /**
   * Page p's outline: its runs as `id × 2` (text run) or `id × 2 + 1` (digit run). Outlines are stored in outline
   * order (decodePages: by township name, then as titles), one township's pages in one file.
   */
  Engine.prototype.outline = function (p) {
    var self = this;
    return this.pages.then(function (pages) { return self.item('po', pages.list[p].outlinePlace); });
  };

  /** A page's text: the texts of the runs its outline lists, in order. */
  Engine.prototype.pageText = function (p, digitsOnly) {
    var self = this;
    return this.outline(p).then(function (refs) {
      return Promise.all(refs.map(function (ref) {
        return digitsOnly && ref % 2 === 0 ? '\u0000' : self.runText(ref);
      })).then(function (parts) { return joinRuns(refs, parts); });
    });
  };

  /**
   * A snippet's context from the page's own text when nothing smaller holds the word: the runs of its outline are
   * read in order, a few at a time, until the word and `after` characters behind it are there. A long region page
   * whose first lines hold the word (a county page listing its townships) costs the run blocks of those lines,
   * not of the whole page.
   */
  Engine.prototype.pageTextAround = function (p, w, after) {
    var self = this;
    return this.outline(p).then(function (refs) { return self.textAround(refs, w, after); });
  };


  /** pageTextAround for the page of outline `refs` (as the page's outline, or a county's file, holds it). */
  Engine.prototype.textAround = function (refs, w, after) {
    var self = this, parts = [], i = 0;
    function step() {
      var chunk = refs.slice(i, i + 12);
      i += chunk.length;
      return Promise.all(chunk.map(function (ref) { return self.runText(ref); })).then(function (texts) {
        parts = parts.concat(texts);
        var t = joinRuns(refs, parts), tc = cpsOf(foldStr(t)), at = findCps(tc, w, -1);
        if (i < refs.length && (at < 0 || tc.length < at + w.length + after)) return step();
        return { text: t, start: at < 0 ? 0 : at, len: w.length };
      });
    }
    return step();
  };

  /**
   * Of runs `ids`, in order (those in blocks already here first), at most `max` tried: the first whose text holds w,
   * {text, start, len}, or null.
   */
  Engine.prototype.firstHolding = function (ids, w, max) {
    var self = this, nt = this.manifestNow.nt;
    function held(id) { return self.cache.has(nt.dir + '/' + Math.floor(id / nt.block) + '.json') ? 0 : 1; }
    ids = ids.map(function (id, i) { return [held(id), i, id]; }).sort(function (x, y) { return x[0] - y[0] || x[1] - y[1]; })
      .slice(0, max).map(function (x) { return x[2]; });
    function next() {
      if (!ids.length) return Promise.resolve(null);
      return self.item('nt', ids.shift()).then(function (t) { return holding(t, w) || next(); });
    }
    return next();
  };

  /**
   * A text run of page p holding w (a word inside one text run: no digits, no clause end but at its end): the
   * page's runs among `likely` (a Map or Set of run ids: the common runs holding its first three characters)
   * first, then the page's text runs one run block (nt) at a time, blocks this page already fetched or is fetching first
   * (an earlier query's or result's snippets), then by block number (common runs, template text, have the lowest
   * ids); within a block in page order; digit runs are skipped. {text, start, len}; the page's text when no run
   * holds it.
   */
  Engine.prototype.runAround = function (p, w, likely) {
    var self = this;
    return Promise.all([this.outline(p), this.manifest]).then(function (a) {
      var refs = a[0], nt = a[1].nt, byBlock = new Map(), first = [];
      refs.forEach(function (ref) {
        if (ref % 2) return;
        if (likely && likely.has(ref / 2)) first.push(ref / 2);
        var b = Math.floor(ref / 2 / nt.block);
        if (!byBlock.has(b)) byBlock.set(b, []);
        byBlock.get(b).push(ref / 2);
      });
      function held(b) { return self.cache.has(nt.dir + '/' + b + '.json') ? 0 : 1; }
      var blocks = Array.from(byBlock.keys()).sort(function (x, y) { return held(x) - held(y) || x - y; }), i = 0;
      // likely runs in blocks already fetched (or being fetched) first, then the runs on the most pages
      first = first.sort(function (x, y) {
        return held(Math.floor(x / nt.block)) - held(Math.floor(y / nt.block)) || x - y;
      }).slice(0, COMMON_TRIES);
      // The page's common runs that hold the word's first three characters, one at a time, then its runs by block.
      function likelyStep() {
        if (!first.length) return step();
        return self.item('nt', first.shift()).then(function (t) { return holding(t, w) || likelyStep(); });
      }
      return likelyStep();
      function step() {
        if (i >= blocks.length) return self.pageTextAround(p, w, 30);
        var ids = byBlock.get(blocks[i++]);
        return Promise.all(ids.map(function (id) { return self.item('nt', id); })).then(function (ts) {
          return firstHeld(ts, w) || step();
        });
      }
      return step();
    });
  };

  /**
   * Runs f (a walk over a page's runs, choosing blocks already fetched first) after the walks started before it
   * have ended, so the snippets of one screen, shown together, reuse each other's blocks instead of each fetching
   * its own.
   */
  Engine.prototype.inTurn = function (f) {
    var run = (this.turn || Promise.resolve()).then(f, f);
    this.turn = run.catch(function () { return null; });
    return run;
  };

  /** Whether word w (code points) is all digits: it lies inside one digit run wherever it occurs. */
  function isDigitWord(w) { return !!(w && w.length) && w.every(isDigit); }

  /**
   * A snippet's context for a word of digits on page p: the first digit run of the page's outline holding it,
   * with the text runs either side (the clause it counts in, as the page reads). Only the page's digit runs'
   * blocks (dt) are read, blocks already fetched first, then the two runs beside the one found; the page's text
   * when no digit run holds it.
   */
  Engine.prototype.digitAround = function (p, w) {
    var self = this, needle = str(w, 0, w.length);
    return Promise.all([this.outline(p), this.manifest]).then(function (a) {
      var refs = a[0], dt = a[1].dt, byBlock = new Map();
      refs.forEach(function (ref, i) {
        if (ref % 2 === 0) return;
        var b = Math.floor((ref - 1) / 2 / dt.block);
        if (!byBlock.has(b)) byBlock.set(b, []);
        byBlock.get(b).push(i);
      });
      function held(b) { return self.cache.has(dt.dir + '/' + b + '.json') ? 0 : 1; }
      var blocks = Array.from(byBlock.keys()).sort(function (x, y) { return held(x) - held(y) || x - y; }), k = 0;
      function step() {
        if (k >= blocks.length) return self.pageTextAround(p, w, 30);
        var at = byBlock.get(blocks[k++]);
        return Promise.all(at.map(function (i) { return self.runText(refs[i]); })).then(function (ts) {
          // Of the digit runs holding the word, the one whose neighbours' blocks are fetched already (or the first).
          var best = -1, bestCost = Infinity;
          for (var j = 0; j < ts.length && bestCost > 0; j++) {
            if (ts[j].indexOf(needle) < 0) continue;
            var cost = (at[j] > 0 && !self.held(refs[at[j] - 1]) ? 1 : 0) + (at[j] + 1 < refs.length && !self.held(refs[at[j] + 1]) ? 1 : 0);
            if (cost < bestCost) { best = j; bestCost = cost; }
          }
          if (best < 0) return step();
          var i = at[best], t = ts[best], off = t.indexOf(needle);
          // the run after only when its block is here or there is no run before (the clause the figure counts in
          // comes before it)
          var after = i + 1 < refs.length && (i === 0 || self.held(refs[i + 1]));
          return Promise.all([i > 0 ? self.runText(refs[i - 1]) : '', after ? self.runText(refs[i + 1]) : ''])
            .then(function (side) {
              // a figure beside another (a table row): the cells' boundary between them
              var before = i > 0 && refs[i - 1] % 2 === 1 ? side[0] + ' ' : side[0];
              var behind = after && refs[i + 1] % 2 === 1 ? ' ' + side[1] : side[1];
              return { text: before + t + behind, start: cpsOf(before).length + off, len: w.length };
            });
        });
      }
      return step();
    });
  };

  /** Whether word w (code points) lies inside one text run wherever it occurs. */
  function inOneRun(w) {
    if (!w || !w.length || w.some(isDigit)) return false;
    for (var i = 0; i + 1 < w.length; i++) if (isBreak(w[i])) return false;
    return true;
  }

  function decodePages(p) {
    var n = p.seg.length, parent = new Array(n), path = new Array(n);
    for (var i = 0; i < n; i++) {
      parent[i] = i - p.par[i];
      path[i] = (parent[i] >= 0 ? path[parent[i]] + '/' : '') + p.seg[i];
    }
    var pages = [], leaf = 0;
    for (var j = 0; j < p.leaf.length; j++) {
      leaf += p.leaf[j];
      pages.push({
        id: j, path: path[leaf],
        county: p.county[j] ? p.counties[p.county[j] - 1] : null,
        township: p.township[j] ? p.townships[p.township[j] - 1] : null,
        year: p.year[j] || null
      });
    }
    // Results show pages of no year (region pages) first, then reports newest year first, each by path.
    pages.slice().sort(function (a, b) {
      return (a.year ? 1 : 0) - (b.year ? 1 : 0) || (b.year || 0) - (a.year || 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    }).forEach(function (page, i) { page.rank = i; });
    // Place order (titles are stored in it, cn.gongkai.search.IndexBuilder.placeOrder): by path without its first
    // folder, then by path, so one township's pages sit together.
    pages.map(function (page) { return [page.path.slice(page.path.indexOf('/') + 1), page.path, page]; }).sort(function (a, b) {
      return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
    }).forEach(function (e, i) { e[2].place = i; });
    // Outline order (page outlines are stored in it, IndexBuilder.outlineOrder): by township name (pages of no
    // township first), then in place order, so the townships of one name are neighbours.
    pages.slice().sort(function (a, b) {
      var ta = a.township || '', tb = b.township || '';
      return ta < tb ? -1 : ta > tb ? 1 : a.place - b.place;
    }).forEach(function (page, i) { page.outlinePlace = i; });
    return { list: pages, counties: p.counties, townships: p.townships };
  }
  function byRank(a, b) { return a.page.rank - b.page.rank; }

  /** The ids of the runs a key lists (keyRuns) and of a word's place runs (placeRuns), as one set; null for none. */
  function likelyRuns(runs, hints) {
    if (!hints || !hints.length) return runs;
    var out = new Set(runs ? runs.keys() : []);
    hints.forEach(function (id) { out.add(id); });
    return out;
  }

  /**
   * The runs of a key's first-screen places (page → {run, off}), most places first: they hold the word, and a page
   * past the places often holds it in one of them (the template text of its kind of page, such as a changes page's
   * table).
   */
  function placeRuns(places) {
    var n = new Map();
    places.forEach(function (pl) { n.set(pl.run, (n.get(pl.run) || 0) + 1); });
    return Array.from(n.keys()).sort(function (x, y) { return n.get(y) - n.get(x) || x - y; });
  }

  /**
   * Word inside one text run (no digits, no clause end but at its end). One or two characters: the key's page
   * set is the answer. Three or more: keys of three characters at offsets covering every character; the pages
   * holding every key are the candidates (the answer itself for three characters). The common runs (template
   * text) holding all keys at the right offsets give their pages; when they cover every candidate the answer is
   * complete, else the rare runs' postings (r) decide.
   */
  Engine.prototype.searchRuns = function (w) {
    var self = this, m = w.length;
    if (m < 4) return this.runsByKeys(w);
    return this.manifest.then(function (man) {
      if (m > man.phraseMax) return self.runsByKeys(w);
      // A phrase (a word found in many different runs) has its exact page set under its own name, in the shard
      // of its first three characters, which the search by keys needs first anyway.
      return Promise.all([self.phrase(w, m), self.pages]).then(function (a) {
        var bytes = a[0];
        if (!bytes.length) return self.runsByKeys(w);
        var res = new Map(), l = ints(bytes), set = decodeSet(l, 0), at = decodePlaces(l, set, man.places, a[1]);
        var hints = placeRuns(at.places);
        set.pages.forEach(function (p) {
          var pl = at.places.get(p);
          res.set(p, pl ? { kind: 'n', page: p, run: pl.run, off: pl.off, len: m, w: w, title: true }
            : { kind: 'w', page: p, len: m, w: w, hints: hints });
        });
        return res;
      });
    });
  };

  /** The word's pages found through its keys of three characters (see searchRuns). */
  Engine.prototype.runsByKeys = function (w) {
    var self = this, m = w.length, offs = [], places = new Map(), hints = null;
    // A page of the key's set: at its stored first place (the key is the word), else found when shown, the runs of
    // the key's places tried first (Engine.commonContext).
    function pageHit(p) {
      var pl = places.get(p);
      if (pl) return { kind: 'n', page: p, run: pl.run, off: pl.off, len: m, w: w, title: true };
      if (!hints) hints = placeRuns(places);
      return { kind: 'p', page: p, at: -1, len: m, w: w, hints: hints };
    }
    if (m < 3) {
      return Promise.all([this.postings('n', str(w, 0, m)), this.manifest, this.pages]).then(function (a) {
        var res = new Map(), l = a[0], set = decodeSet(l, 0);
        places = decodePlaces(l, set, a[1].places, a[2]).places;
        set.pages.forEach(function (p) { res.set(p, pageHit(p)); });
        return res;
      });
    }
    for (var i = 0; i + 3 < m; i += 3) offs.push(i);
    offs.push(m - 3);
    // The first key first (its shard is fetched for a phrase anyway): when the few common runs it lists that hold
    // the whole word cover its every page, the word is on exactly those pages, and no other key is fetched.
    function keyPlaces(pl) { places = pl; }
    if (m === 3) return this.byAllKeys(w, offs, pageHit, keyPlaces);
    return this.byFirstKey(w).then(function (res) { return res || self.byAllKeys(w, offs, pageHit, keyPlaces); });
  };

  /**
   * A word of four or more characters inside one text run through its first key alone, or null when that does not
   * decide it. The key's entry (n) lists the common runs holding it with its offsets; when they are few (at most
   * FIRST_KEY_RUNS, their texts in at most FIRST_KEY_BLOCKS run blocks not fetched yet; the runs holding the word
   * are the ones its snippets show), their texts say which hold the whole word there, and when those runs' page sets
   * (rp) cover every page of the key, those pages are the answer: a page holding the word holds its first key, and a
   * page of such a run holds the word. Otherwise (the word in rare runs too, or the key on other pages) null, and
   * every key is fetched (byAllKeys), reusing what was fetched here.
   */
  var FIRST_KEY_RUNS = 8, FIRST_KEY_BLOCKS = 2;
  Engine.prototype.byFirstKey = function (w) {
    var self = this, m = w.length;
    return Promise.all([this.postings('n', str(w, 0, 3)), this.manifest, this.pages]).then(function (a) {
      var l = a[0], nt = a[1].nt, set = decodeSet(l, 0), runs = decodeRuns(l, decodePlaces(l, set, a[1].places, a[2]).end, false);
      var ids = Array.from(runs.keys()), blocks = new Set();
      if (!set.pages.length || !ids.length || ids.length > FIRST_KEY_RUNS) return null;
      ids.forEach(function (id) {
        var f = nt.dir + '/' + Math.floor(id / nt.block) + '.json';
        if (!self.cache.has(f)) blocks.add(f);
      });
      if (blocks.size > FIRST_KEY_BLOCKS) return null;
      return Promise.all(ids.map(function (id) { return self.item('nt', id); })).then(function (texts) {
        var hits = [];
        ids.forEach(function (id, k) {
          var t = cpsOf(foldStr(texts[k]));
          var at = runs.get(id).offsets.filter(function (o) { return findCps(t.slice(o, o + m), w, -1) === 0; })[0];
          if (at !== undefined) hits.push({ run: id, off: at });
        });
        if (!hits.length) return null;
        return self.runPages(hits, w, set.pages.length).then(function (covered) {
          return covered.size >= set.pages.length ? covered : null;
        });
      });
    });
  };

  /**
   * The word's pages through all its keys at offsets `offs` (see searchRuns); pageHit gives a page not found through
   * a run, keyPlaces is handed the key's places when the word is the key.
   */
  Engine.prototype.byAllKeys = function (w, offs, pageHit, keyPlaces) {
    var self = this, m = w.length;
    return Promise.all(offs.map(function (o) { return self.postings('n', str(w, o, o + 3)); }).concat([this.manifest, this.pages])).then(function (lists) {
      var cand = null, tiers = [], pages = lists.pop(), F = lists.pop().places;
      lists.forEach(function (l) {
        var s = decodeSet(l, 0), pl = decodePlaces(l, s, F, pages);
        if (m === 3) keyPlaces(pl.places);
        cand = cand ? intersectSorted(cand, s.pages) : s.pages;
        tiers.push(decodeRuns(l, pl.end, false));
      });
      if (!cand.length) return new Map();
      return self.runPages(matchRuns(tiers, offs), w, cand.length).then(function (covered) {
        var res = new Map();
        if (m === 3 || covered.size >= cand.length) {
          cand.forEach(function (p) { res.set(p, covered.get(p) || pageHit(p)); });
          return res;
        }
        return Promise.all(offs.map(function (o) { return self.postings('r', str(w, o, o + 3)); })).then(function (rl) {
          var inCand = new Set(cand);
          covered.forEach(function (h, p) { res.set(p, h); });
          matchRuns(rl.map(function (l) { return decodeRuns(l, 0, true); }), offs).forEach(function (h) {
            h.pages.forEach(function (p) {
              if (inCand.has(p) && !res.has(p)) res.set(p, { kind: 'n', run: h.run, off: h.off, len: m, w: w });
            });
          });
          return res;
        });
      });
    });
  };

  /** Runs of the first key's postings where every key sits at its offset: [{run, off, pages}]. */
  function matchRuns(tiers, offs) {
    var hits = [];
    tiers[0].forEach(function (r, id) {
      var others = [];
      for (var k = 1; k < tiers.length; k++) {
        var o = tiers[k].get(id);
        if (!o) return;
        others.push(o);
      }
      for (var a = 0; a < r.offsets.length; a++) {
        var at = r.offsets[a] - offs[0], ok = true;
        for (var k2 = 1; k2 < tiers.length && ok; k2++) ok = others[k2 - 1].set.has(at + offs[k2]);
        if (ok) { hits.push({ run: id, off: at, pages: r.pages }); return; }
      }
    });
    return hits;
  }

  /**
   * Pages of common runs holding the word (their page sets are in rp): page → hit. Runs on the most pages have the
   * lowest ids; their blocks are fetched one after another and the rest skipped once `want` pages are covered.
   */
  Engine.prototype.runPages = function (hits, w, want) {
    var self = this, res = new Map(), i = 0;
    hits.sort(function (a, b) { return a.run - b.run; });
    function next() {
      if (i >= hits.length || res.size >= want) return Promise.resolve(res);
      var h = hits[i++];
      return self.item('rp', h.run).then(function (l) {
        decodeSet(l, 0).pages.forEach(function (p) { if (!res.has(p)) res.set(p, { kind: 'n', run: h.run, off: h.off, len: w.length, w: w }); });
        return next();
      });
    }
    return next();
  };

  function intersectSorted(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else { out.push(a[i]); i++; j++; }
    }
    return out;
  }

  /** Where `needle` first occurs in `hay` (code points), or `absent` (default 0) when it does not. */
  /** Where run text t holds w, as a snippet {text, start, len}; null when it does not. */
  function holding(t, w) {
    var at = findCps(cpsOf(foldStr(t)), w, -1);
    return at >= 0 ? { text: t, start: at, len: w.length } : null;
  }

  /** The first of the run texts ts that holds w, as holding(); null when none does. */
  function firstHeld(ts, w) {
    for (var k = 0; k < ts.length; k++) {
      var h = holding(ts[k], w);
      if (h) return h;
    }
    return null;
  }

  function findCps(hay, needle, absent) {
    for (var s = 0; s + needle.length <= hay.length; s++) {
      var k = 0;
      while (k < needle.length && hay[s + k] === needle[k]) k++;
      if (k === needle.length) return s;
    }
    return absent === undefined ? 0 : absent;
  }

  function undeltaList(l) { var out = [], v = 0; for (var i = 0; i < l.length; i++) { v += l[i]; out.push(v); } return out; }

  /**
   * A page set at l[from]: pairs × 2, then pairs (pages skipped, pages taken) from page 0; or chunks × 2 + 1,
   * then a bitmap, 7 pages a number. Returns {pages: ascending ids, end: index after it}. An absent key's empty
   * list is the empty set.
   */
  function decodeSet(l, from) {
    if (from >= l.length) return { pages: [], end: from };
    var h = l[from], i = from + 1, p = 0, pages = [];
    if (h % 2) {
      for (var c = 0; c < (h - 1) / 2; c++, i++) {
        for (var b = 0; b < 7; b++) if (l[i] & (1 << b)) pages.push(c * 7 + b);
      }
      return { pages: pages, end: i };
    }
    for (var k = 0; k < h / 2; k++) {
      p += l[i++];
      for (var e = p + l[i++]; p < e; p++) pages.push(p);
    }
    return { pages: pages, end: i };
  }

  /**
   * A key's first-screen places after its page set `set` (decodeSet): for the first min(F, size) pages of the set
   * in each year (the region pages, of no year, count as one: in result order a year's pages are one stretch), so
   * a first screen filtered by year has them too, where it first occurs there: text run and code point offset
   * (cn.gongkai.search.IndexBuilder.Places). Returns {places: page → {run, off}, end}.
   */
  function decodePlaces(l, set, F, pages) {
    var places = new Map(), i = set.end, run = 0, year, inYear = 0;
    // The first run as it is, the others as zigzag differences from the one before.
    for (var k = 0; k < set.pages.length && i < l.length; k++) {
      var p = set.pages[k], y = pages.list[p].year;
      if (k === 0 || y !== year) { year = y; inYear = 0; }
      if (inYear >= (F || 0)) continue;
      inYear++;
      run = i === set.end ? l[i] : run + (l[i] % 2 ? -(l[i] + 1) / 2 : l[i] / 2);
      places.set(p, { run: run, off: l[i + 1] });
      i += 2;
    }
    return { places: places, end: i };
  }

  /**
   * Run postings from l[from] on, per run: run id delta, number of offsets, offset deltas, and (withPages: the
   * rare runs of r) the number of pages and the pages: the first as a delta from the previous run's first page,
   * the others as deltas within the run.
   */
  function decodeRuns(l, from, withPages) {
    var out = new Map(), id = 0, i = from, first = 0;
    while (i < l.length) {
      id += l[i++];
      var n = l[i++], at = 0, offsets = [], pages = null;
      for (var k = 0; k < n; k++) { at += l[i++]; offsets.push(at); }
      if (withPages) {
        var np = l[i++], p = first; pages = [];
        for (var k2 = 0; k2 < np; k2++) { p += l[i++]; pages.push(p); }
        first = pages[0];
      }
      out.set(id, { offsets: offsets, set: new Set(offsets), pages: pages });
    }
    return out;
  }

  /** Digit word of up to digitKey digits: its own key. Longer: keys at intervals, then the pages' digit runs. */
  Engine.prototype.searchDigits = function (w) {
    var self = this, m = w.length;
    return this.manifest.then(function (man) {
      var L = man.digitKey;
      if (m <= L) {
        // The key's page set, then the place of the key on its first pages (for their snippets).
        return self.entry('d', str(w, 0, m)).then(function (bytes) {
          var r = new Reader(bytes), res = new Map(), p = 0, texts = [], l = [];
          if (r.more()) {
            var h = r.uint();
            l.push(h);
            for (var k = 0, n = h % 2 ? (h - 1) / 2 : h; k < n; k++) l.push(r.uint());
          }
          var set = decodeSet(l, 0), placed = r.more() ? r.uint() : 0;
          // Per first page: page delta, then 0 + snippet text + where the key starts in it, or i + 1 for the i-th
          // text already read.
          for (var k2 = 0; k2 < placed; k2++) {
            p += r.uint();
            var t = r.uint();
            if (t === 0) { texts.push({ text: r.string(), start: r.uint() }); t = texts.length; }
            res.set(p, { kind: 'd', text: texts[t - 1].text, start: texts[t - 1].start, len: m });
          }
          // Covers: i + 1 for the i-th text of the places or 0 + a text of its own + where the key starts in it, then
          // the pages past the places whose first place of the key reads the same (template text: a kind of region
          // page, a year's reports), so their snippets need no outline.
          while (r.more()) {
            var tn = r.uint(), tx = tn ? texts[tn - 1] : { text: r.string(), start: r.uint() }, c = [r.uint()];
            for (var k3 = 0, nc = c[0] % 2 ? (c[0] - 1) / 2 : c[0]; k3 < nc; k3++) c.push(r.uint());
            decodeSet(c, 0).pages.forEach(function (q) {
              if (!res.has(q)) res.set(q, { kind: 'd', text: tx.text, start: tx.start, len: m });
            });
          }
          set.pages.forEach(function (q) { if (!res.has(q)) res.set(q, { kind: 'p', page: q, len: m, w: w }); });
          return res;
        });
      }
      var starts = [];
      for (var s = 0; s + L < m; s += L) starts.push(s);
      starts.push(m - L);
      return Promise.all(starts.map(function (s0) { return self.searchDigits(w.slice(s0, s0 + L)); }))
        .then(function (maps) { return self.verify(intersectKeys(maps), w, true); });
    });
  };

  function intersectKeys(maps) {
    maps.sort(function (a, b) { return a.size - b.size; });
    var out = [];
    maps[0].forEach(function (_, p) { if (maps.every(function (mm) { return mm.has(p); })) out.push(p); });
    return out.sort(function (a, b) { return a - b; });
  }

  /**
   * Candidates checked against the pages' texts, rebuilt from their outlines (digitsOnly: only the digit runs,
   * for a word of digits, with the text runs between them as a character no word contains).
   */
  Engine.prototype.verify = function (candidates, w, digitsOnly) {
    var self = this, needle = str(w, 0, w.length);
    return Promise.all(candidates.map(function (p) { return self.pageText(p, digitsOnly); })).then(function (texts) {
      var res = new Map();
      texts.forEach(function (t, i) {
        var at = foldStr(t).indexOf(needle);
        if (at >= 0) res.set(candidates[i], { kind: 'p', page: candidates[i], at: -1, len: w.length, w: w });
      });
      return res;
    });
  };

  /** Where the word crosses a run boundary: before a digit after a non-digit (or the reverse), after a clause end. */
  function boundaries(w) {
    var out = [];
    for (var i = 1; i < w.length; i++) {
      if (isDigit(w[i - 1]) !== isDigit(w[i]) || (!isDigit(w[i - 1]) && isBreak(w[i - 1]))) out.push(i);
    }
    return out;
  }

  /**
   * Word crossing run boundaries: the text either side of one boundary (the junction postings) answers a word
   * that crosses one boundary within `junction` characters each side; any other is checked on the candidates'
   * texts.
   */
  Engine.prototype.searchAcross = function (w, bounds) {
    var self = this, m = w.length;
    return this.manifest.then(function (man) {
      var W = man.junction, t = bounds[0];
      var exact = bounds.length === 1 && t <= W && m - t <= W;
      var next = bounds.length > 1 ? bounds[1] : m;
      var left = str(w, Math.max(0, t - W), t), right = str(w, t, Math.min(next, t + W));
      return self.postings('j', str(w, t - 1, t + 1)).then(function (l) {
        var res = new Map();
        l.forEach(function (c) {
          var cl = c[0], cr = c[1];
          if (!(foldStr(cl).endsWith(left) && foldStr(cr).startsWith(right))) return;
          decodeSet(c[2], 0).pages.forEach(function (p) {
            if (!res.has(p)) res.set(p, { kind: 'j', cl: cl, cr: cr, t: t, len: m });
          });
        });
        if (exact) return res;
        return self.verify(Array.from(res.keys()).sort(function (a, b) { return a - b; }), w, false);
      });
    });
  };

  Engine.prototype.searchWord = function (word) {
    var w = cpsOf(word), bounds = boundaries(w);
    if (bounds.length) return this.searchAcross(w, bounds);
    return isDigit(w[0]) ? this.searchDigits(w) : this.searchRuns(w);
  };

  /**
   * Pages containing every word of q, filtered by facets {county, township, year} (null = any).
   * Resolves to {words, results: [{page, hit}], facets}.
   */
  Engine.prototype.search = function (q, filters) {
    var self = this, ws = words(q);
    filters = filters || {};
    return this.pages.then(function (pages) {
      var filtered = !!(filters.county || filters.township || filters.year);
      if (!ws.length) {
        // No words: the pages the filters select (none when there are no filters either).
        var all = filtered ? pages.list.filter(function (page) { return matches(page, filters); }) : [];
        var listed = all.map(function (page) { return { page: page, hit: null }; }).sort(byRank);
        return { words: ws, filtered: filtered, results: listed, pages: pages };
      }
      // Rarest first would need sizes before fetching; longest first is nearly as good and deterministic.
      return Promise.all(ws.map(function (w) { return self.searchWord(w); })).then(function (maps) {
        var results = [];
        maps[0].forEach(function (hit, p) {
          if (!maps.every(function (mm) { return mm.has(p); })) return;
          var page = pages.list[p], h = placed(maps, p) || hit;
          // a township's pages share one outline file: their snippets may read it (Engine.context)
          if (filters.township) h = Object.assign({ township: true }, h);
          // a county's pages share one file of the common runs on each (Engine.countyContext)
          else if (filters.county) h = Object.assign({ county: true }, h);
          if (matches(page, filters)) results.push({ page: page, hit: h });
        });
        results.sort(byRank);
        return { words: ws, filtered: filtered, results: results, pages: pages };
      });
    });
  };

  /**
   * Of several words, the hit whose place on page p is known (a run, a junction, a digit run), so the snippet
   * fetches one run and not the page's outline; null when none is.
   */
  function placed(maps, p) {
    for (var i = 0; i < maps.length; i++) {
      var h = maps[i].get(p);
      if (h.kind !== 'p' && h.kind !== 'w') return h;
    }
    return null;
  }

  function matches(page, filters) {
    return (!filters.county || page.county === filters.county) && (!filters.township || page.township === filters.township) &&
      (!filters.year || String(page.year) === String(filters.year));
  }

  /** The text around a hit: {text, start, len} in code points, the word at [start, start+len). */
  Engine.prototype.context = function (hit) {
    var self = this;
    if (hit.kind === 'j') return Promise.resolve({ text: hit.cl + hit.cr, start: cpsOf(hit.cl).length - hit.t, len: hit.len });
    if (hit.kind === 'd') return Promise.resolve({ text: hit.text, start: hit.start, len: hit.len });
    if (hit.kind === 'n' && !hit.title) return this.runContext(hit);
    // The title first (fetched for the result anyway); a stored first place: else that run. A page past a word's
    // places (kind 'w': a phrase, 'p': a key or a word found through keys): else a common run of the page holding
    // the word (template text, found through the word's first key and the runs' page sets), else a rare run of the
    // region page holding it (its pages are listed with it), else the page's runs or text, read from its outline. With a
    // township filter (hit.township) the outline comes first: a township's pages share one outline file, and the
    // page's runs that its first key lists are the likely ones. With a county filter (hit.county) the common runs on
    // the page come first, from its county's file (cm).
    return this.titleContext(hit).then(function (c) {
      if (c) return c;
      if (hit.kind === 'n') return self.runContext(hit);
      if (isDigitWord(hit.w)) return self.inTurn(function () { return self.digitAround(hit.page, hit.w); });
      return Promise.all([self.keyRuns(hit.w), self.pages]).then(function (a) {
        return hit.county ? self.inTurn(function () { return self.countyContext(hit, a[0], a[1].list[hit.page].county); }).then(function (c1) {
          return c1 || self.pastPlaces(hit, a[0], a[1]);
        }) : self.pastPlaces(hit, a[0], a[1]);
      });
    });
  };

  /**
   * The snippet context of a hit past its word's places, for a word without digits: a common run on the page (through
   * the word's first key's runs and the runs of its places), a rare run of a region page, the page's runs or text.
   */
  Engine.prototype.pastPlaces = function (hit, runs, pages) {
    var self = this;
    // A report is mostly template text (common runs), a region page (a comparison page too, which has a year) mostly
    // its own (rare runs).
    var report = /^reports\//.test(pages.list[hit.page].path);
    var found = hit.township ? Promise.resolve(null) : this.commonContext(hit, runs, report ? 2 : 0, hit.hints).then(function (c2) {
      return c2 || (report ? null : self.rareContext(hit));
    });
    return found.then(function (c3) {
      return c3 || (inOneRun(hit.w) ? self.inTurn(function () { return self.runAround(hit.page, hit.w, likelyRuns(runs, hit.hints)); }) : self.pageTextAround(hit.page, hit.w, 30));
    });
  };

  /**
   * A text run of the page of outline `refs` holding w (a word inside one text run), or null: its rare runs in page
   * order, a few at a time (a county's page: its text is mostly its own, and its rare runs are neighbours in the run
   * blocks), then, unless the word's first key lists every common run holding it (`runs`, tried before), its common
   * runs likewise.
   */
  Engine.prototype.runsInOrder = function (refs, w, runs) {
    var self = this, common = this.manifestNow.common, ids = [], i = 0;
    refs.forEach(function (ref) { if (ref % 2 === 0 && ref / 2 >= common) ids.push(ref / 2); });
    if (!runs) refs.forEach(function (ref) { if (ref % 2 === 0 && ref / 2 < common) ids.push(ref / 2); });
    function step() {
      if (i >= ids.length) return null;
      var chunk = ids.slice(i, i + 12);
      i += chunk.length;
      return Promise.all(chunk.map(function (id) { return self.item('nt', id); })).then(function (ts) {
        return firstHeld(ts, w) || step();
      });
    }
    return step();
  };

  /** The common runs on each page of a county (cm): page id → Set of run ids; null for a page of no county. */
  Engine.prototype.countyRuns = function (county) {
    var self = this;
    return Promise.all([this.manifest, this.pages]).then(function (a) {
      var i = county ? a[1].counties.indexOf(county) : -1;
      if (i < 0 || !a[0].cm) return null;
      return self.load(a[0].cm.dir + '/' + (i + 1) + '.bin', false, parseCountyRuns);
    });
  };
  function parseCountyRuns(bytes) {
    var r = new Reader(bytes), out = new Map(), p = 0;
    while (r.more()) {
      p += r.uint();
      var n = r.uint(), on = new Set(), id = 0;
      for (var k = 0; k < n; k++) { id += r.uint(); on.add(id); }
      var o = new Array(r.uint());
      for (var j = 0; j < o.length; j++) o[j] = r.uint();
      on.outline = o;
      out.set(p, on);
    }
    return out;
  }

  /**
   * With a county filter, for a word inside one text run: a common run on the hit's page that holds it, or null. The
   * county's file (cm, read once for the whole screen) says which common runs the page holds; of the runs of the
   * word's places (most places first) and those its first key lists (runs), the ones on the page are tried, runs in
   * blocks already fetched first, at most COMMON_TRIES.
   */
  Engine.prototype.countyContext = function (hit, runs, county) {
    var self = this, w = hit.w;
    if (!inOneRun(w)) return Promise.resolve(null);
    return this.countyRuns(county).then(function (cr) {
      var on = cr && cr.get(hit.page), ids = [], seen = new Set();
      if (!on) return null;
      (hit.hints || []).concat(runs ? Array.from(runs.keys()).sort(function (x, y) { return x - y; }) : []).forEach(function (id) {
        if (on.has(id) && !seen.has(id)) { seen.add(id); ids.push(id); }
      });
      return self.firstHolding(ids, w, COMMON_TRIES).then(function (c) {
        return c || (on.outline.length ? self.runsInOrder(on.outline, w, runs) : null);
      });
    });
  };

  /**
   * The page's title when it holds the hit's word, else its title with the site's name, as the page's text begins
   * (a word of the site's name, such as 政府, then costs nothing); null when neither holds it.
   */
  Engine.prototype.titleContext = function (hit) {
    return Promise.all([this.title({ id: hit.page }), this.manifest]).then(function (a) {
      if (a[0] == null) return null;
      var t = a[0], at = findCps(cpsOf(foldStr(t)), hit.w, -1);
      if (at < 0 && a[1].titleSuffix) {
        t = a[0] + a[1].titleSuffix;
        at = findCps(cpsOf(foldStr(t)), hit.w, -1);
      }
      return at >= 0 ? { text: t, start: at, len: hit.len } : null;
    });
  };

  /**
   * The common runs holding the first three characters of word w (one text run's word of three or more
   * characters), as listed with that key (n): run id → {offsets}; null for other words.
   */
  Engine.prototype.keyRuns = function (w) {
    if (!w || w.length < 3 || !inOneRun(w)) return Promise.resolve(null);
    return Promise.all([this.postings('n', str(w, 0, 3)), this.manifest, this.pages]).then(function (a) {
      var l = a[0], set = decodeSet(l, 0);
      return decodeRuns(l, decodePlaces(l, set, a[1].places, a[2]).end, false);
    });
  };

  /**
   * For a word of three or more characters without digits: a common run (template text) on the hit's page holding
   * it, or null. The word's first key lists the common runs holding it (n); their page sets (rp, the runs on the
   * most pages first, so one block serves most pages) say which is on the page; the first whose text holds the
   * whole word is taken. Only the page sets of the first block (the runs on the most pages) and of blocks already
   * fetched are read, and at most COMMON_TRIES runs' texts.
   */
  var COMMON_TRIES = 6, HINT_BLOCKS = 1;
  Engine.prototype.commonContext = function (hit, runs, extra, hints) {
    var self = this, w = hit.w;
    if (!runs && !(hints && hints.length)) return Promise.resolve(null);
    runs = runs || new Map();
    return this.manifest.then(function (m) {
      var rp = m.rp, ids = [], later = [], i = 0, tried = 0, lowest = Infinity, opened = new Set(), hinted = new Set();
      // The common runs of the word's places first (their page sets' blocks: at most HINT_BLOCKS not yet fetched).
      (hints || []).forEach(function (id) {
        if (id >= m.common || hinted.has(id)) return;
        var f = blockFile(rp, blockOf(rp, id), 'rp');
        if (!self.cache.has(f) && !opened.has(f)) {
          if (opened.size >= HINT_BLOCKS) return;
          opened.add(f);
        }
        hinted.add(id);
        ids.push(id);
      });
      opened = new Set();
      runs.forEach(function (r, id) { lowest = Math.min(lowest, id); });
      // The page sets of the runs on the most pages, and those this page has fetched already; then, up to `extra`
      // more blocks, the other runs' in id order.
      var first = lowest < Infinity ? blockOf(rp, lowest).no : -1;
      runs.forEach(function (r, id) {
        var b = blockOf(rp, id);
        if (hinted.has(id)) return;
        (b.no === first || self.cache.has(blockFile(rp, b, 'rp')) ? ids : later).push(id);
      });
      var head = ids.splice(0, hinted.size);
      ids.sort(function (x, y) { return x - y; });
      ids = head.concat(ids);
      later.sort(function (x, y) { return x - y; }).forEach(function (id) {
        var b = blockOf(rp, id).no;
        if (!opened.has(b) && opened.size >= (extra || 0)) return;
        opened.add(b);
        ids.push(id);
      });
      function next() {
        if (i >= ids.length || tried >= COMMON_TRIES) return null;
        var id = ids[i++];
        return self.item('rp', id).then(function (ps) {
          if (decodeSet(ps, 0).pages.indexOf(hit.page) < 0) return next();
          tried++;
          return self.item('nt', id).then(function (t) {
            var at = findCps(cpsOf(foldStr(t)), w, -1);
            return at >= 0 ? { text: t, start: at, len: hit.len } : next();
          });
        });
      }
      return next();
    });
  };

  /** The text of the hit's run (nt), the word at its offset there (found when the offset is not known). */
  Engine.prototype.runContext = function (hit) {
    return this.item('nt', hit.run).then(function (t) {
      var start = hit.off;
      if (start < 0) start = findCps(cpsOf(foldStr(t)), hit.w);
      return { text: t, start: start, len: hit.len };
    });
  };

  /** For a word of three or more characters: the text of a rare run on the hit's page that holds it, or null. */
  Engine.prototype.rareContext = function (hit) {
    var self = this, w = hit.w;
    if (!w || w.length < 3 || w.some(isDigit)) return Promise.resolve(null);
    return this.postings('r', str(w, 0, 3)).then(function (l) {
      var ids = [];
      decodeRuns(l, 0, true).forEach(function (r, id) { if (r.pages.indexOf(hit.page) >= 0) ids.push(id); });
      return Promise.all(ids.slice(0, 4).map(function (id) { return self.item('nt', id); })).then(function (texts) {
        for (var i = 0; i < texts.length; i++) {
          var at = findCps(cpsOf(foldStr(texts[i])), w, -1);
          if (at >= 0) return { text: texts[i], start: at, len: hit.len };
        }
        return null;
      });
    });
  };

  /** The page's title (its <title> without the site's name). */
  Engine.prototype.title = function (page) {
    var self = this;
    return this.pages.then(function (pages) { return self.item('tt', pages.list[page.id].place); });
  };

  /** A snippet: [{text, mark}] pieces, about `radius` characters either side of the hit, all words marked. */
  Engine.prototype.snippet = function (hit, ws, radius) {
    radius = radius || 30;
    if (!hit) return Promise.resolve([]);
    return this.context(hit).then(function (c) {
      var t = cpsOf(c.text), a = Math.max(0, c.start - radius), b = Math.min(t.length, c.start + c.len + radius);
      // not beginning or ending at a boundary
      while (a < c.start && t[a] === BOUNDARY) a++;
      while (b > c.start + c.len && t[b - 1] === BOUNDARY) b--;
      var win = t.slice(a, b), folded = win.map(fold), marks = new Array(win.length).fill(false);
      for (var i = c.start - a; i < c.start - a + c.len; i++) marks[i] = true;
      ws.forEach(function (w) {
        var wc = cpsOf(w);
        for (var s = 0; s + wc.length <= folded.length; s++) {
          var ok = true;
          for (var k = 0; k < wc.length && ok; k++) ok = folded[s + k] === wc[k];
          if (ok) for (var k2 = 0; k2 < wc.length; k2++) marks[s + k2] = true;
        }
      });
      var pieces = [];
      if (a > 0) pieces.push({ text: '…', mark: false });
      for (var j = 0; j < win.length;) {
        var e = j;
        while (e < win.length && marks[e] === marks[j]) e++;
        pieces.push({ text: marks[j] ? str(win, j, e) : shown(win, j, e), mark: marks[j] });
        j = e;
      }
      if (b < t.length) pieces.push({ text: '…', mark: false });
      return pieces;
    });
  };

  /**
   * Text cps[i, j) as a snippet shows it: a boundary (between two cells, items, headings or paragraphs) as ' · ',
   * or as a space after a clause end (the end of a paragraph).
   */
  function shown(cps, i, j) {
    var out = '';
    for (var k = i; k < j; k++) {
      if (cps[k] !== BOUNDARY) out += String.fromCodePoint(cps[k]);
      else out += k > 0 && isBreak(cps[k - 1]) ? ' ' : ' · ';
    }
    return out;
  }

  var api = { Engine: Engine, words: words, fnv: fnv, boundaries: boundaries };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  global.GongkaiSearch = api;

  // ---- The search page --------------------------------------------------------------------------------
  if (typeof document === 'undefined') return;

  function label(page) {
    var parts = [];
    if (page.county) parts.push(page.county);
    if (page.township) parts.push(page.township);
    if (page.year) parts.push(page.year + '年');
    var p = page.path;
    var kind = /^reports\//.test(p) ? '年度报告' : /\/changes\/index\.html$/.test(p) ? '逐年对比'
      : /\/compare\/\d+\/index\.html$/.test(p) ? '乡镇对比' : /^regions\//.test(p) ? '地区' : null;
    if (!parts.length || !kind) return p.replace(/(^|\/)index\.html$/, '');
    return parts.join(' ') + ' · ' + kind;
  }

  function start() {
    var box = document.getElementById('search');
    if (!box) return;
    var root = box.getAttribute('data-root') || '';
    var indexUrl = new URL(box.getAttribute('data-index'), document.baseURI);
    var engine = new Engine(function (path, revalidate) {
      return fetch(new URL(path, indexUrl), revalidate ? { cache: 'no-cache' } : {}).then(function (r) {
        if (!r.ok) throw new Error(r.status + ' ' + path);
        return /\.bin$/.test(path) ? r.arrayBuffer().then(function (b) { return new Uint8Array(b); }) : r.json();
      });
    });
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-q');
    var selects = { county: document.getElementById('search-county'), township: document.getElementById('search-township'), year: document.getElementById('search-year') };
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var seq = 0, timer = null;

    function state() {
      var s = { q: input.value };
      Object.keys(selects).forEach(function (k) { s[k] = selects[k].value; });
      return s;
    }
    function url(s) {
      var p = new URLSearchParams();
      ['q', 'county', 'township', 'year'].forEach(function (k) { if (s[k]) p.set(k, s[k]); });
      var qs = p.toString();
      return location.pathname + (qs ? '?' + qs : '') + location.hash;
    }
    function fromUrl() {
      var p = new URLSearchParams(location.search);
      input.value = p.get('q') || '';
      Object.keys(selects).forEach(function (k) { ensureOption(selects[k], p.get(k) || ''); selects[k].value = p.get(k) || ''; });
    }
    function ensureOption(sel, v) {
      if (!v) return;
      for (var i = 0; i < sel.options.length; i++) if (sel.options[i].value === v) return;
      sel.add(new Option(v, v));
    }
    function fillFacets(pages) {
      var years = new Set();
      pages.list.forEach(function (p) { if (p.year) years.add(p.year); });
      var opts = { county: pages.counties, township: pages.townships, year: Array.from(years).sort().reverse().map(String) };
      Object.keys(opts).forEach(function (k) {
        var sel = selects[k], cur = sel.value;
        opts[k].forEach(function (v) { ensureOption(sel, v); });
        sel.value = cur;
      });
    }

    var observer = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) { observer.unobserve(e.target); e.target._snippet(); } });
    }, { rootMargin: '200px' }) : null;

    function render(res, my) {
      list.textContent = '';
      var frag = document.createDocumentFragment();
      res.results.forEach(function (r) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = root + r.page.path;
        a.textContent = label(r.page);
        li.appendChild(a);
        var sn = document.createElement('p');
        sn.className = 'snippet';
        li.appendChild(sn);
        li._snippet = function () {
          // The page's own title replaces the label built from its facets.
          engine.title(r.page).then(function (t) { if (my === seq && t) a.textContent = t; }).catch(function () {});
          engine.snippet(r.hit, res.words).then(function (pieces) {
            if (my !== seq) return;
            pieces.forEach(function (pc) {
              var el = pc.mark ? document.createElement('mark') : document.createTextNode(pc.text);
              if (pc.mark) el.textContent = pc.text;
              sn.appendChild(el);
            });
          }).catch(function () { /* a snippet that cannot load leaves the link */ });
        };
        if (observer) observer.observe(li); else li._snippet();
        frag.appendChild(li);
      });
      list.appendChild(frag);
      var n = res.results.length;
      status.textContent = n ? n + ' 条结果' : res.words.length ? '没有找到包含“' + input.value.trim() + '”的页面（0 条结果）'
        : res.filtered ? '没有符合所选条件的页面（0 条结果）' : '';
      list.setAttribute('aria-busy', 'false');
    }

    function run(push) {
      var s = state(), my = ++seq;
      var u = url(s);
      if (u !== location.pathname + location.search + location.hash) {
        (push ? history.pushState : history.replaceState).call(history, s, '', u);
      }
      list.setAttribute('aria-busy', 'true');
      engine.search(s.q, { county: s.county, township: s.township, year: s.year }).then(function (res) {
        if (my === seq) render(res, my);
      }).catch(function (e) {
        if (my === seq) { status.textContent = '搜索索引无法加载（' + e.message + '）'; list.setAttribute('aria-busy', 'false'); }
      });
    }

    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { run(false); }, 120); });
    Object.keys(selects).forEach(function (k) { selects[k].addEventListener('change', function () { run(true); }); });
    form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(true); });
    window.addEventListener('popstate', function () { fromUrl(); run(false); });

    // Arrow keys move between the box and the result links; Escape returns to the box.
    function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { var l = links(); if (l.length) { e.preventDefault(); l[0].focus(); } }
    });
    list.addEventListener('keydown', function (e) {
      var l = links(), i = l.indexOf(document.activeElement);
      if (i < 0) return;
      if (e.key === 'ArrowDown' && i + 1 < l.length) { e.preventDefault(); l[i + 1].focus(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? l[i - 1] : input).focus(); }
      else if (e.key === 'Escape') { e.preventDefault(); input.focus(); }
    });

    fromUrl();
    engine.pages.then(fillFacets).catch(function () {});
    if (input.value || selects.county.value || selects.township.value || selects.year.value) run(false);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(typeof globalThis !== 'undefined' ? globalThis : this);
