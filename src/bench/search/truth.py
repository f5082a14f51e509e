#!/usr/bin/env python3
"""Benchmark truth: for each query, the indexed pages whose text contains every word. Indexed pages: as the site build
indexes them (SiteBuild.searchFacets) and IndexSite.java reads them, the reports and the region pages under
reports/ and regions/, not the year-over-year (changes/) and comparison (compare/YEAR/) pages.
Text = the search probe's rule (/work/shared/tools/search_probe.py, copied here so the bench stands alone):
visible text outside script/style/nav/header/footer, entities decoded, whitespace removed; and (index format 11) one
space where a block, line or table cell ends and the next begins (the start or end tag of title, nav, header, footer or
a block element, BLOCKS below, between two stretches of text: cn.gongkai.search.HtmlText.bounds), so that no query
word (split at whitespace) matches across two cells.
A query's word year:2024 is the search page's year filter (the year of a report, or of a comparison page, in its
path, as IndexSite.java reads it), not a word; county:丰渡县 and township:丁楼镇 are the county and township filters
(the names of the page's region folder and the folders above it of that level, read from the content folder's
_region.yaml files, as IndexSite.java reads them; they need --content).
usage: truth.py [--content CONTENT_DIR] SITE_DIR OUT_JSON QUERY..."""
import html.parser, json, os, re, sys


BLOCKS = {"title", "nav", "header", "footer", "p", "br", "dd", "dl", "dt", "hr", "li", "ol", "td", "th", "tr", "ul",
          "h1", "h2", "h3", "h4", "h5", "h6", "div", "pre", "body", "form", "main", "aside", "table", "tbody", "tfoot",
          "thead", "figure", "legend", "option", "address", "article", "blockquote", "caption", "details", "fieldset",
          "figcaption", "section", "summary"}
BOUNDARY = "\x00"


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "nav", "header", "footer"):
            self.skip += 1
        if tag in BLOCKS:
            self.parts.append(BOUNDARY)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "nav", "header", "footer") and self.skip:
            self.skip -= 1
        if tag in BLOCKS:
            self.parts.append(BOUNDARY)

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def page_text(path):
    t = Text()
    t.feed(open(path, encoding="utf-8", errors="replace").read())
    # whitespace removed, then each stretch of boundaries one space, none at the ends
    return re.sub(BOUNDARY + "+", " ", re.sub(r"\s+", "", "".join(t.parts))).strip(" ")


NOT_SEARCHED = re.compile(r"/changes/index\.html$|/compare/\d{4}/index\.html$")
YEAR = re.compile(r"^reports/.*/(\d{4})/index\.html$|/compare/(\d{4})/index\.html$")


def year_of(path):
    m = YEAR.search(path)
    return (m.group(1) or m.group(2)) if m else None


REGION = re.compile(r"^(?:reports/(.+)/\d{4}|regions/(.+?)(?:/changes|/compare/\d{4})?)/index\.html$")


def facets_of(content, path, levels):
    """(county, township) of a page: names of the folders of level county and township at or above its region."""
    m = REGION.search(path)
    county = township = None
    if not m or not content:
        return county, township
    parts = (m.group(1) or m.group(2)).split("/")
    for i in range(1, len(parts) + 1):
        prefix = "/".join(parts[:i])
        if prefix not in levels:
            name = level = None
            yaml = os.path.join(content, prefix, "_region.yaml")
            if os.path.isfile(yaml):
                for line in open(yaml, encoding="utf-8"):
                    if line.startswith("name:"):
                        name = line[5:].strip()
                    elif line.startswith("level:"):
                        level = line[6:].strip()
            levels[prefix] = (name, level)
        name, level = levels[prefix]
        if level == "county":
            county = name
        elif level == "township":
            township = name
    return county, township


def main():
    args = sys.argv[1:]
    content = None
    if args[:1] == ["--content"]:
        content, args = args[1], args[2:]
    site, out, queries = args[0], args[1], args[2:]
    texts = {}
    for top in ("regions", "reports"):
        for root, _, files in os.walk(os.path.join(site, top)):
            for fn in files:
                p = os.path.join(root, fn)
                if fn.endswith(".html") and not NOT_SEARCHED.search(p.replace(os.sep, "/")):
                    texts[os.path.relpath(p, site).replace(os.sep, "/")] = page_text(p).lower()
    truth = {}
    levels = {}
    place = {p: facets_of(content, p, levels) for p in texts}
    for q in queries:
        filters = dict(w.split(":", 1) for w in q.split() if re.match(r"^(year|county|township):", w))
        words = [w.lower() for w in q.split() if not re.match(r"^(year|county|township):", w)]
        truth[q] = sorted(p for p, t in texts.items() if all(w in t for w in words)
                          and filters.get("year", year_of(p)) == year_of(p)
                          and filters.get("county", place[p][0]) == place[p][0]
                          and filters.get("township", place[p][1]) == place[p][1])
    json.dump({"queries": queries, "truth": truth, "pages": len(texts)}, open(out, "w"), ensure_ascii=False)
    print(f"truth: {len(texts)} pages, {len(queries)} queries")


if __name__ == "__main__":
    main()
