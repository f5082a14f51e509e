#!/usr/bin/env python3
"""Turn a gongkai content folder into a Hugo site of the same reports, for the benchmark.

Usage: python3 src/bench/hugo_site.py CONTENT_DIR SITE_DIR

Every report becomes one Markdown page with its narrative and the same tables as Markdown tables
(Article 20, the 25x7 or 23x7 application table, the 15 review/litigation cells); every region folder
becomes a section with a list page. The layout is minimal (one base template, a single and a list
template) so Hugo builds about as many pages as gongkai does.

Reads the subset of YAML that `gongkai generate` writes (block mappings two levels deep, flow lists of
scalars); anything else stops with the file and line. Python 3 standard library only.
"""

import os
import sys

APPLICATION_LABELS = {
    "new_received": "一、本年新收政府信息公开申请数量",
    "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "三（一）予以公开",
    "partially_granted": "三（二）部分公开",
    "denied_state_secret": "三（三）1.属于国家秘密",
    "denied_prohibited_by_law": "2.其他法律行政法规禁止公开",
    "denied_three_securities_one_stability": "3.危及“三安全一稳定”",
    "denied_third_party_rights": "4.保护第三方合法权益",
    "denied_internal_affairs": "5.属于三类内部事务信息",
    "denied_process_information": "6.属于四类过程性信息",
    "denied_enforcement_case_file": "7.属于行政执法案卷",
    "denied_administrative_query": "8.属于行政查询事项",
    "unable_not_held": "三（四）1.本机关不掌握相关政府信息",
    "unable_needs_creation": "2.没有现成信息需要另行制作",
    "unable_unclear_after_correction": "3.补正后申请内容仍不明确",
    "not_processed_petition_complaint": "三（五）1.信访举报投诉类申请",
    "not_processed_duplicate": "2.重复申请",
    "not_processed_publication": "3.要求提供公开出版物",
    "not_processed_excessive": "4.无正当理由大量反复申请",
    "not_processed_confirm_or_reissue": "5.要求行政机关确认或重新出具已获取信息",
    "other_no_correction": "三（六）1.申请人无正当理由逾期不补正",
    "other_fee_unpaid": "2.申请人逾期未按收费通知要求缴纳费用",
    "other_other": "3.其他",
    "other_total": "三（六）其他处理",
    "total_processed": "三（七）总计",
    "carried_forward": "四、结转下年度继续办理",
}
COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
REVIEW_GROUPS = [("review", "行政复议"), ("litigation_direct", "行政诉讼（未经复议直接起诉）"),
                 ("litigation_after_review", "行政诉讼（复议后起诉）")]
REVIEW_COLUMNS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
ART20_2019_ROWS = [("rules", "规章", ["本年新制作数量", "本年新公开数量", "对外公开总数量"]),
                   ("normative_documents", "规范性文件", ["本年新制作数量", "本年新公开数量", "对外公开总数量"]),
                   ("licensing", "行政许可", ["上一年项目数量", "本年增/减", "处理决定数量"]),
                   ("other_services", "其他对外管理服务事项", ["上一年项目数量", "本年增/减", "处理决定数量"]),
                   ("punishment", "行政处罚", ["上一年项目数量", "本年增/减", "处理决定数量"]),
                   ("coercion", "行政强制", ["上一年项目数量", "本年增/减", "处理决定数量"]),
                   ("fees", "行政事业性收费", ["上一年项目数量", "本年增/减"]),
                   ("procurement", "政府集中采购", ["采购项目数量", "采购总金额"])]

CONFIG = """baseURL = "/"
languageCode = "zh-CN"
title = "政府信息公开工作年度报告（Hugo 对照）"
disableKinds = ["taxonomy", "term"]
relativeURLs = true

[outputs]
home = ["HTML", "RSS"]
section = ["HTML"]
page = ["HTML"]
"""

BASEOF = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} - {{ .Site.Title }}</title>
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
"""

SINGLE = """{{ define "main" }}
<h1>{{ .Title }}</h1>
<p>{{ .Params.issuer }} · {{ .Params.year }} 年 · 格式 {{ .Params.format }}</p>
{{ .Content }}
{{ end }}
"""

LIST = """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}
{{ range .RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}
</ul>
{{ end }}
"""


class YamlError(Exception):
    pass


def scalar(text, where):
    t = text.strip()
    if t in ("null", "~", ""):
        return None
    if t.startswith('"'):
        if not t.endswith('"') or len(t) < 2:
            raise YamlError(f"{where}: unterminated string")
        return t[1:-1]
    if t.startswith("["):
        if not t.endswith("]"):
            raise YamlError(f"{where}: unterminated list")
        inner = t[1:-1].strip()
        return [] if not inner else [scalar(x, where) for x in inner.split(",")]
    if t.startswith(("{", "&", "*", "|", ">")):
        raise YamlError(f"{where}: YAML feature not supported by this converter: {t[:20]}")
    try:
        return int(t)
    except ValueError:
        pass
    try:
        return float(t)
    except ValueError:
        return t


def strip_comment(line):
    """The line without a trailing ` # comment` (a # inside a double-quoted string stays)."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == "#" and not quoted and (i == 0 or line[i - 1] in " \t"):
            return line[:i].rstrip()
    return line


def parse_yaml(text, name, first_line=1):
    """Block mappings (nested by two-space indents) whose leaves are scalars or flow lists."""
    root = {}
    stack = [(-1, root)]
    for n, line in enumerate(text.split("\n"), start=first_line):
        line = strip_comment(line)
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        body = line.strip()
        if body.startswith("- "):
            raise YamlError(f"{name}:{n}: block lists are not supported by this converter")
        if ":" not in body:
            raise YamlError(f"{name}:{n}: expected 'key: value'")
        key, _, value = body.partition(":")
        while stack[-1][0] >= indent:
            stack.pop()
        parent = stack[-1][1]
        if value.strip() == "":
            child = {}
            parent[key.strip()] = child
            stack.append((indent, child))
        else:
            parent[key.strip()] = scalar(value, f"{name}:{n}")
    return root


def cell(v):
    if v is None:
        return "?"
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    return "\n".join(out) + "\n"


def art20_tables(fm):
    a = fm.get("art20")
    if a:
        t = table(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                  [["规章"] + [cell(x) for x in a["rules"]],
                   ["行政规范性文件"] + [cell(x) for x in a["normative_documents"]]])
        t += "\n" + table(["信息内容", "本年处理决定数量"],
                          [["行政许可", cell(a["licensing_decisions"])],
                           ["行政处罚", cell(a["punishment_decisions"])],
                           ["行政强制", cell(a["coercion_decisions"])]])
        t += "\n" + table(["信息内容", "本年收费金额（万元）"], [["行政事业性收费", cell(a["fee_income_10k_yuan"])]])
        return t
    a = fm.get("art20_2019")
    if a:
        parts = []
        for key, label, cols in ART20_2019_ROWS:
            parts.append(table(["信息内容"] + cols, [[label] + [cell(x) for x in a[key]]]))
        return "\n".join(parts)
    return "本报告没有第二十条表格。\n"


def application_table(fm):
    apps = fm.get("applications")
    if not apps:
        return "本报告没有申请情况表。\n"
    rows = [[APPLICATION_LABELS[k]] + [cell(x) for x in v] for k, v in apps.items()]
    return table(["项目"] + COLUMNS, rows)


def review_table(fm):
    r = fm.get("review_litigation")
    if not r:
        return "本报告没有行政复议、行政诉讼表。\n"
    header = [f"{g} {c}" for _, g in REVIEW_GROUPS for c in REVIEW_COLUMNS]
    return table(header, [[cell(x) for key, _ in REVIEW_GROUPS for x in r[key]]])


def report_page(fm, body):
    """The narrative with each part's table appended at the end of parts 二, 三 and 四."""
    chunks = body.split("\n## ")
    out = []
    for i, chunk in enumerate(chunks):
        text = chunk if i == 0 else "## " + chunk
        if i > 0 and chunk.startswith("二、"):
            text = text.rstrip("\n") + "\n\n" + art20_tables(fm)
        elif i > 0 and chunk.startswith("三、"):
            text = text.rstrip("\n") + "\n\n" + application_table(fm)
        elif i > 0 and chunk.startswith("四、"):
            text = text.rstrip("\n") + "\n\n" + review_table(fm)
        out.append(text.rstrip("\n") + "\n")
    return "\n".join(out)


def quote(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def convert(content, site):
    if not os.path.isfile(os.path.join(content, "site.yaml")):
        raise YamlError(f"{content}: not a content folder (no site.yaml)")
    if os.path.exists(site) and os.listdir(site):
        raise YamlError(f"{site}: not empty; give a new or empty folder")
    with open(os.path.join(content, "site.yaml"), encoding="utf-8") as f:
        config = parse_yaml(f.read(), "site.yaml")
    write(os.path.join(site, "config.toml"), CONFIG)
    write(os.path.join(site, "layouts", "_default", "baseof.html"), BASEOF)
    write(os.path.join(site, "layouts", "_default", "single.html"), SINGLE)
    write(os.path.join(site, "layouts", "_default", "list.html"), LIST)
    write(os.path.join(site, "content", "_index.md"),
          f"---\ntitle: {quote(config.get('title', '年度报告'))}\n---\n{config.get('description', '')}\n")
    pages = 0
    for folder, dirs, files in os.walk(content):
        dirs.sort()
        rel = os.path.relpath(folder, content)
        if rel == ".":
            continue
        out_dir = os.path.join(site, "content", rel)
        region_file = os.path.join(folder, "_region.yaml")
        if not os.path.isfile(region_file):
            raise YamlError(f"{region_file}: missing")
        with open(region_file, encoding="utf-8") as f:
            region = parse_yaml(f.read(), region_file)
        note = region.get("note") or ""
        write(os.path.join(out_dir, "_index.md"),
              f"---\ntitle: {quote(region['name'])}\nweight: {int(region.get('order') or 0)}\n---\n{note}\n")
        for name in sorted(files):
            if not (name.endswith(".md") and name[:-3].isdigit()):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if not text.startswith("---\n"):
                raise YamlError(f"{path}:1: no front matter")
            end = text.index("\n---\n", 4)
            fm = parse_yaml(text[4:end + 1], path, first_line=2)
            body = text[end + 5:]
            title = f"{fm['issuer']}{fm['year']}年政府信息公开工作年度报告"
            head = (f"---\ntitle: {quote(title)}\nissuer: {quote(fm['issuer'])}\nyear: {fm['year']}\n"
                    f"format: {quote(fm['format'])}\nweight: {fm['year']}\n---\n")
            write(os.path.join(out_dir, name), head + report_page(fm, body))
            pages += 1
    return pages


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    try:
        pages = convert(argv[1], argv[2])
    except (YamlError, KeyError, ValueError, OSError) as e:
        print(f"hugo_site: {e}", file=sys.stderr)
        return 1
    print(f"hugo_site: wrote {pages} report pages to {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
