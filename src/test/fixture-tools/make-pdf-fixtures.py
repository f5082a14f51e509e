#!/usr/bin/env python3
"""Make the PDF test fixtures of cn.gongkai.source.pdf from the official 2021 report template.

usage: make-pdf-fixtures.py OUT_DIR

Fills format-2021-template.docx (beside this script; the official 政府信息公开工作年度报告格式 as a Word
template) with made-up but self-consistent reports: varied issuers and years, narratives of different
lengths (so the tables break across pages at different rows), non-zero figures, `/` cells, blank cells,
decimal fees, one report whose totals break the table's footnote. Writes for each fixture NAME:
  OUT_DIR/NAME.docx (kept only in a temporary folder), OUT_DIR/NAME.pdf (converted with LibreOffice),
  OUT_DIR/NAME.json (the truth, in the compact form of shared/corpus/truth/*.json).
Needs: python3 (standard library only) and `libreoffice` (Debian: libreoffice-writer-nogui, fonts-noto-cjk).
Deterministic: the same script makes the same documents (LibreOffice stamps its own creation date).
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join(HERE, "format-2021-template.docx")

# (name, province, city, county, township, issuer, year)
ISSUERS = [
    ("hujizhen-2024", "山东省", "济宁市", "金乡县", "胡集镇", "金乡县胡集镇人民政府", 2024),
    ("shuangliushu-2023", "河南省", "信阳市", "潢川县", "双柳树镇", "潢川县双柳树镇人民政府", 2023),
    ("gaogou-2024", "江苏省", "淮安市", "涟水县", "高沟镇", "涟水县高沟镇人民政府", 2024),
    ("xiaofeng-2022", "浙江省", "湖州市", "安吉县", "孝丰镇", "安吉县孝丰镇人民政府", 2022),
    ("tuanjie-2024", "四川省", "成都市", "郫都区", "团结街道", "成都市郫都区团结街道办事处", 2024),
    ("yixian-2023", "河北省", "保定市", "易县", None, "易县人民政府", 2023),
    ("jiuxian-2021", "湖北省", "宜昌市", "远安县", "旧县镇", "远安县旧县镇人民政府", 2021),
    ("shangyuanguan-2024", "陕西省", "汉中市", "城固县", "上元观镇", "城固县上元观镇人民政府", 2024),
    ("chengxihu-2022", "安徽省", "六安市", "霍邱县", "城西湖乡", "霍邱县城西湖乡人民政府", 2022),
    ("chayang-2024", "广东省", "梅州市", "大埔县", "茶阳镇", "大埔县茶阳镇人民政府", 2024),
    ("jinniu-2023", "云南省", "大理白族自治州", "宾川县", "金牛镇", "宾川县金牛镇人民政府", 2023),
    ("haibei-2024", "黑龙江省", "绥化市", "海伦市", "海北镇", "海伦市海北镇人民政府", 2024),
    ("tongshi-2024", "湖南省", "岳阳市", "平江县", "童市镇", "平江县童市镇人民政府", 2024),
    ("baisha-2023", "重庆市", None, "江津区", "白沙镇", "重庆市江津区白沙镇人民政府", 2023),
    ("dongba-2024", "江苏省", "南京市", "高淳区", "东坝街道", "南京市高淳区东坝街道办事处", 2024),
]

SENTENCES = [
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于政务公开工作的决策部署。",
    "严格落实《中华人民共和国政府信息公开条例》各项规定，推动政务公开工作提质增效。",
    "围绕群众关心关注的重点领域，持续加大信息公开力度，切实保障人民群众的知情权、参与权、表达权和监督权。",
    "健全政务公开工作机制，明确分管领导和专职工作人员，形成主要领导亲自抓、分管领导具体抓的工作格局。",
    "规范信息发布审核流程，落实“先审查、后公开”和“一事一审”原则，确保公开内容准确规范。",
    "加强政策解读工作，通过图表、问答等形式对重要政策进行解读，提升政策知晓度。",
    "及时更新政府网站政务公开专栏，对过时信息进行清理，优化栏目设置，方便群众查阅。",
    "加强政务新媒体管理，定期开展检查，对更新不及时、互动回应不到位的问题及时整改。",
    "组织工作人员参加政务公开业务培训，不断提升工作人员的业务能力和服务水平。",
    "将政务公开工作纳入年度绩效考核，加强日常监督检查，推动各项工作落到实处。",
    "在便民服务中心设置政务公开查阅点，为群众提供政府信息查询服务。",
    "聚焦乡村振兴、社会救助、惠农补贴等领域，做好重点领域信息公开。",
]

PROBLEMS = [
    "一是信息公开的及时性有待提高，个别信息发布滞后；",
    "二是政策解读形式较为单一，解读的深度和广度还需加强；",
    "三是工作人员业务能力仍需提升，对《条例》的理解还不够深入。",
    "下一步，我们将进一步强化责任落实，加强业务培训，丰富政策解读形式，不断提升政务公开工作水平。",
]


def fill_values(rng, spec):
    """The table values of one fixture: cells are int, float (fees), '/' or '' (blank)."""
    big = spec.get("big", False)
    slash_zero = spec.get("slash_zero", False)

    def count(lo, hi, zero_share):
        return 0 if rng.random() < zero_share else rng.randint(lo, hi)

    def z(v, col):
        # Write zeros of the organisation columns as '/' in the fixtures that do so.
        if slash_zero and v == 0 and col in (2, 3):
            return "/"
        return v

    hi = 900 if big else 12
    results = {}
    keys = (["granted", "partly_granted"] + [f"withheld.{i}" for i in range(1, 9)]
            + [f"unable.{i}" for i in range(1, 4)] + [f"not_processed.{i}" for i in range(1, 6)]
            + [f"other.{i}" for i in range(1, 4)])
    for k in keys:
        share = 0.35 if k in ("granted", "partly_granted", "unable.1") else 0.7
        row = [count(1, hi, share), count(1, max(2, hi // 10), 0.7), 0, count(1, 2, 0.9),
               count(1, max(2, hi // 20), 0.8), count(1, 3, 0.85)]
        results[k] = row
    total = [sum(results[k][c] for k in keys) for c in range(6)]
    carried_forward = [count(1, max(2, hi // 8), 0.6) if c in (0, 1) else 0 for c in range(6)]
    carried_over = [min(count(1, max(2, hi // 8), 0.6), total[c] + carried_forward[c]) if c in (0, 1) else 0
                    for c in range(6)]
    new = [total[c] + carried_forward[c] - carried_over[c] for c in range(6)]
    if spec.get("break_footnote"):
        # The report states one more case carried forward than its own arithmetic allows.
        carried_forward[0] += 1

    def with_total(row):
        return row + [sum(row)]

    apps = {"new": with_total(new), "carried_over": with_total(carried_over)}
    for k in keys:
        apps[k] = with_total(results[k])
    apps["total"] = with_total(total)
    apps["carried_forward"] = with_total(carried_forward)
    for k, row in apps.items():
        apps[k] = [z(v, c) for c, v in enumerate(row)]

    review = []
    for _ in range(3):
        g = [count(1, 30 if big else 3, 0.5) for _ in range(4)]
        review += g + [sum(g)]

    fee = spec.get("fee")
    art20 = {
        "rules": [count(1, 3, 0.6), count(1, 2, 0.8), count(1, 40, 0.3)],
        "normative_docs": [count(1, 12, 0.3), count(1, 5, 0.6), count(1, 80, 0.1)],
        "licensing": count(1, 50000 if big else 300, 0.2),
        "punishment": count(1, 90000 if big else 200, 0.3),
        "coercion": count(1, 5000 if big else 20, 0.5),
        "fees_wan_yuan": fee if fee is not None else 0,
    }
    for blank in spec.get("blank", []):
        # Cells left empty in the printed table ("" in the document, "/" in the truth).
        table, key, idx = blank
        if table == "art20":
            if idx is None:
                art20[key] = ""
            else:
                art20[key][idx] = ""
        elif table == "apps":
            apps[key][idx] = ""
        else:
            review[idx] = ""
    for slash in spec.get("slash", []):
        table, key, idx = slash
        if table == "art20":
            if idx is None:
                art20[key] = "/"
            else:
                art20[key][idx] = "/"
    return art20, apps, review


def truth_value(v):
    return "/" if v in ("/", "") else v


def fmt(v):
    if isinstance(v, float):
        return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else f"{v:.1f}"
    return str(v)


# ---------------------------------------------------------------- docx editing (plain string surgery)

def cells_of(row_xml):
    return list(re.finditer(r"<w:tc>.*?</w:tc>", row_xml, re.S))


def set_cell(tc, text, font, size):
    """The cell with its runs replaced by one run holding text."""
    tc = re.sub(r"<w:r>.*?</w:r>", "", tc, flags=re.S)
    if text == "":
        return tc
    run = (f'<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"'
           f' w:cs="{font}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
           f"<w:t>{text}</w:t></w:r>")
    i = tc.find("</w:p>")
    return tc[:i] + run + tc[i:]


def fill_table(tbl, plan, font, size):
    """plan: {(row, cell): text}."""
    rows = list(re.finditer(r"<w:tr[ >].*?</w:tr>", tbl, re.S))
    out, last = [], 0
    for ri, m in enumerate(rows):
        row = m.group(0)
        new_row, lc = [], 0
        for ci, c in enumerate(cells_of(row)):
            new_row.append(row[lc:c.start()])
            key = (ri, ci)
            new_row.append(set_cell(c.group(0), plan[key], font, size) if key in plan else c.group(0))
            lc = c.end()
        new_row.append(row[lc:])
        out.append(tbl[last:m.start()])
        out.append("".join(new_row))
        last = m.end()
    out.append(tbl[last:])
    return "".join(out)


def paragraph(template_p, text):
    p = re.sub(r"<w:r>.*?</w:r>", "", template_p, flags=re.S)
    p = re.sub(r' w14:paraId="[0-9A-F]+"', "", p)
    i = p.rfind("</w:p>")
    run = ('<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"'
           f' w:cs="宋体"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>')
    return p[:i] + run + p[i:]


def find_paragraph(doc, text):
    i = doc.find(text)
    start = max(doc.rfind("<w:p ", 0, i), doc.rfind("<w:p>", 0, i))
    end = doc.find("</w:p>", i) + len("</w:p>")
    return start, end


def build_document(doc, spec, art20, apps, review, rng):
    font = spec.get("font", "宋体")
    size = spec.get("size", 20)
    tables = list(re.finditer(r"<w:tbl>.*?</w:tbl>", doc, re.S))
    # Table 0 (part 二): rows 2, 3 cells 1..3; rows 6, 9, 10, 13 cell 1.
    plan0 = {}
    for r, key in ((2, "rules"), (3, "normative_docs")):
        for i in range(3):
            plan0[(r, i + 1)] = fmt(art20[key][i])
    for r, key in ((6, "licensing"), (9, "punishment"), (10, "coercion"), (13, "fees_wan_yuan")):
        plan0[(r, 1)] = fmt(art20[key])
    # Table 1 (part 三): data rows 3..27; the data cells are the last seven of each row.
    order = (["new", "carried_over", "granted", "partly_granted"] + [f"withheld.{i}" for i in range(1, 9)]
             + [f"unable.{i}" for i in range(1, 4)] + [f"not_processed.{i}" for i in range(1, 6)]
             + [f"other.{i}" for i in range(1, 4)] + ["total", "carried_forward"])
    rows1 = list(re.finditer(r"<w:tr[ >].*?</w:tr>", tables[1].group(0), re.S))
    plan1 = {}
    for k, ri in zip(order, range(3, 28)):
        n = len(cells_of(rows1[ri].group(0)))
        for c in range(7):
            plan1[(ri, n - 7 + c)] = fmt(apps[k][c])
    plan2 = {(3, i): fmt(v) for i, v in enumerate(review)}
    parts = []
    last = 0
    for t, plan in zip(tables, (plan0, plan1, plan2)):
        parts.append(doc[last:t.start()])
        parts.append(fill_table(t.group(0), plan, font, size))
        last = t.end()
    parts.append(doc[last:])
    doc = "".join(parts)

    # Narrative.
    s, e = find_paragraph(doc, "（文字描述）")
    body_p = doc[s:e]
    issuer, year = spec["issuer"], spec["year"]
    overview = [f"本报告由{issuer}根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》"
                f"要求编制。报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"]
    sentences = SENTENCES[:]
    rng.shuffle(sentences)
    n_par = spec["paragraphs"]
    proactive = spec.get("proactive")
    for i in range(n_par):
        chunk = " ".join(sentences[(i * 2) % len(sentences):(i * 2) % len(sentences) + 2])
        if i == 0 and proactive is not None:
            chunk = f"（一）主动公开情况。{year}年，通过政府门户网站主动公开政府信息共{proactive}条。" + chunk
        overview.append(chunk.replace(" ", ""))
    applied = apps["new"][6]
    overview.append(f"（二）依申请公开情况。{year}年共收到政府信息公开申请{applied}件，均在法定期限内予以答复。")
    doc = doc[:s] + "".join(paragraph(body_p, t) for t in overview) + doc[e:]
    s, e = find_paragraph(doc, "（文字描述）")
    problems = PROBLEMS[: 2 + spec["paragraphs"] % 3]
    doc = doc[:s] + "".join(paragraph(body_p, t) for t in problems) + doc[e:]
    s, e = find_paragraph(doc, "（文字描述，收取")
    other = spec.get("other", f"本年度未收取信息处理费。")
    doc = doc[:s] + paragraph(body_p, other) + doc[e:]

    # Title.
    s, e = find_paragraph(doc, "政府信息公开工作年度报告格式模板")
    title_p = doc[s:e]
    if spec.get("two_line_title"):
        title = (title_p.replace("政府信息公开工作年度报告格式模板", issuer)
                 + title_p.replace("政府信息公开工作年度报告格式模板", f"{year}年政府信息公开工作年度报告"))
    else:
        title = title_p.replace("政府信息公开工作年度报告格式模板", f"{issuer}{year}年政府信息公开工作年度报告")
    doc = doc[:s] + re.sub(r' w14:paraId="[0-9A-F]+"', "", title) + doc[e:]
    if spec.get("repeat_header"):
        t = list(re.finditer(r"<w:tbl>.*?</w:tbl>", doc, re.S))[1]
        rows = list(re.finditer(r"<w:tr[ >].*?</w:tr>", t.group(0), re.S))
        head_end = t.start() + rows[2].end()
        doc = (doc[:t.start()] + doc[t.start():head_end].replace("<w:trPr>", "<w:trPr><w:tblHeader/>")
               + doc[head_end:])
    if spec.get("borderless"):
        doc = re.sub(r'(<w:(?:top|left|bottom|right|insideH|insideV) w:val=)"single"', r'\1"nil"', doc)
    if font != "宋体":
        doc = doc.replace('w:eastAsia="宋体"', f'w:eastAsia="{font}"')
    return doc


FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:p><w:pPr><w:jc w:val="{align}"/></w:pPr>'
          '<w:r><w:t xml:space="preserve">{before}</w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r><w:t xml:space="preserve">{after}</w:t></w:r></w:p></w:ftr>')


def add_footer(files, doc, style):
    """Adds a page-number footer ('- N -', '— N —' or '第 N 页'), as most government PDFs have."""
    before, after, align = {"dash": ("- ", " -", "center"), "emdash": ("— ", " —", "right"),
                            "ye": ("第 ", " 页", "center")}[style]
    files["word/footer1.xml"] = FOOTER.format(before=before, after=after, align=align).encode("utf-8")
    rels = files["word/_rels/document.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
    files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    types = files["[Content_Types].xml"].decode("utf-8")
    types = types.replace("</Types>", '<Override PartName="/word/footer1.xml" ContentType="application/'
                          'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
    files["[Content_Types].xml"] = types.encode("utf-8")
    return doc.replace("<w:sectPr>", '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>')


SPECS = [
    # name-independent variation: paragraphs shift the tables; flags add the odd cells.
    dict(paragraphs=1, proactive=33, fee=0.0, footer="dash"),
    dict(paragraphs=3, proactive=91, fee=1.25, two_line_title=True, footer="emdash"),
    dict(paragraphs=5, proactive=262, fee=12.5, big=True, footer="ye"),
    dict(paragraphs=7, proactive=None, fee=0.36, slash_zero=True),
    dict(paragraphs=9, proactive=1034, fee=3.8, big=True, font="Noto Sans CJK SC"),
    dict(paragraphs=11, proactive=548, fee=96171.6, big=True, slash=[("art20", "fees_wan_yuan", None)]),
    dict(paragraphs=2, proactive=47, fee=0.0, break_footnote=True, footer="dash"),
    dict(paragraphs=13, proactive=120, fee=0.05,
         blank=[("art20", "rules", 0), ("art20", "rules", 1), ("art20", "coercion", None)]),
    dict(paragraphs=4, proactive=75, fee=2.0, size=24, two_line_title=True),
    dict(paragraphs=15, proactive=310, fee=0.8, blank=[("review", None, 3), ("review", None, 8)],
         footer="dash"),
    dict(paragraphs=6, proactive=None, fee=15.75, size=18, font="Noto Serif CJK SC"),
    dict(paragraphs=8, proactive=203, fee=0.0, slash_zero=True, two_line_title=True),
    # Tables without any borders: only glyph positions tell the cells apart.
    dict(paragraphs=3, proactive=66, fee=4.5, borderless=True, footer="dash"),
    dict(paragraphs=10, proactive=None, fee=0.0, borderless=True, big=True,
         blank=[("art20", "rules", 1), ("review", None, 3)]),
    # The application table's header rows repeat at the top of the next page.
    dict(paragraphs=6, proactive=88, fee=7.25, repeat_header=True, footer="dash"),
]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = os.path.abspath(sys.argv[1])
    os.makedirs(out, exist_ok=True)
    with zipfile.ZipFile(TEMPLATE) as z:
        files = {n: z.read(n) for n in z.namelist()}
    doc0 = files["word/document.xml"].decode("utf-8")
    work = tempfile.mkdtemp(prefix="gongkai-pdf-fixtures-")
    names = []
    for (name, province, city, county, township, issuer, year), spec in zip(ISSUERS, SPECS):
        rng = random.Random(name)
        spec = dict(spec, issuer=issuer, year=year)
        art20, apps, review = fill_values(rng, spec)
        doc = build_document(doc0, spec, art20, apps, review, rng)
        parts = dict(files)
        if spec.get("footer"):
            doc = add_footer(parts, doc, spec["footer"])
        path = os.path.join(work, name + ".docx")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in parts.items():
                z.writestr(n, doc.encode("utf-8") if n == "word/document.xml" else data)
        names.append(name)
        truth = {
            "issuer": issuer, "province": province, "city": city, "county": county, "township": township,
            "year": year, "format": "2021", "proactive_total": spec.get("proactive"),
            "art20": {k: ([truth_value(x) for x in v] if isinstance(v, list) else truth_value(v))
                      for k, v in art20.items()},
            "applications": {
                "new": [truth_value(x) for x in apps["new"]],
                "carried_over": [truth_value(x) for x in apps["carried_over"]],
                "granted": [truth_value(x) for x in apps["granted"]],
                "partly_granted": [truth_value(x) for x in apps["partly_granted"]],
            },
            "review_litigation": [truth_value(x) for x in review],
            "complete_sections": [1, 2, 3, 4, 5, 6],
            "notes": "Synthetic fixture made by src/test/fixture-tools/make-pdf-fixtures.py from the official "
                     "2021 template, converted with LibreOffice. "
                     + ("The application table's footnote is broken on purpose in column 自然人 "
                        "(carried_forward one too many). " if spec.get("break_footnote") else "")
                     + f"Narrative paragraphs in part 一: {spec['paragraphs']}.",
        }
        for group, n in (("withheld", 8), ("unable", 3), ("not_processed", 5), ("other", 3)):
            truth["applications"][group] = {str(i): [truth_value(x) for x in apps[f"{group}.{i}"]]
                                            for i in range(1, n + 1)}
        truth["applications"]["total"] = [truth_value(x) for x in apps["total"]]
        truth["applications"]["carried_forward"] = [truth_value(x) for x in apps["carried_forward"]]
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", out]
                   + [os.path.join(work, n + ".docx") for n in names],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(work)
    for n in names:
        print(os.path.join(out, n + ".pdf"))


if __name__ == "__main__":
    main()
