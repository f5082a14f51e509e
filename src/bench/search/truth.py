#!/usr/bin/env python3
"""Benchmark truth: for each query, the indexed pages (reports/ and regions/) whose text contains every word.
Text = the search probe's rule (/work/shared/tools/search_probe.py, copied here so the bench stands alone):
visible text outside script/style/nav/header/footer, entities decoded, whitespace removed.
A query's word year:2024 is the search page's year filter (the year of a report, or of a comparison page, in its
path, as IndexSite.java reads it), not a word.
usage: truth.py SITE_DIR OUT_JSON QUERY..."""
import html.parser, json, os, re, sys


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "nav", "header", "footer"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "nav", "header", "footer") and self.skip:
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def page_text(path):
    t = Text()
    t.feed(open(path, encoding="utf-8", errors="replace").read())
    return re.sub(r"\s+", "", "".join(t.parts))


YEAR = re.compile(r"^reports/.*/(\d{4})/index\.html$|/compare/(\d{4})/index\.html$")


def year_of(path):
    m = YEAR.search(path)
    return (m.group(1) or m.group(2)) if m else None


def main():
    site, out, queries = sys.argv[1], sys.argv[2], sys.argv[3:]
    texts = {}
    for top in ("regions", "reports"):
        for root, _, files in os.walk(os.path.join(site, top)):
            for fn in files:
                if fn.endswith(".html"):
                    p = os.path.join(root, fn)
                    texts[os.path.relpath(p, site).replace(os.sep, "/")] = page_text(p).lower()
    truth = {}
    for q in queries:
        words = [w.lower() for w in q.split() if not w.startswith("year:")]
        years = [w[5:] for w in q.split() if w.startswith("year:")]
        truth[q] = sorted(p for p, t in texts.items() if all(w in t for w in words)
                          and all(year_of(p) == y for y in years))
    json.dump({"queries": queries, "truth": truth, "pages": len(texts)}, open(out, "w"), ensure_ascii=False)
    print(f"truth: {len(texts)} pages, {len(queries)} queries")


if __name__ == "__main__":
    main()
