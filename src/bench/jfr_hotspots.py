#!/usr/bin/env python3
"""Where a gongkai build spends its CPU, from a JFR recording.

Record:  GONGKAI_JAVA_OPTS="-XX:StartFlightRecording=filename=build.jfr,settings=profile" \
             ./gongkai build --content C --out O --verbose
Report:  python3 src/bench/jfr_hotspots.py build.jfr [TOP]

Prints, over all execution samples: the share per build stage (the SiteBuild lambda or stage a sample runs
under), the innermost cn.gongkai method of each sample (exclusive of other gongkai code: where our code or
the library it calls burns time), gongkai methods inclusive, and the hottest leaf frames. Needs `jfr` (JDK).
"""

import collections
import re
import subprocess
import sys


def samples(path):
    text = subprocess.run(["jfr", "print", "--stack-depth", "128", "--events", "jdk.ExecutionSample", path],
                          check=True, capture_output=True, text=True).stdout
    for event in text.split("jdk.ExecutionSample")[1:]:
        m = re.search(r"stackTrace = \[(.*?)\n\s*\]", event, re.S)
        if not m:
            continue
        frames = [re.sub(r"\s+line:.*", "", f.strip()) for f in m.group(1).strip().split("\n")
                  if f.strip() and not f.strip().startswith("...")]
        if frames:
            yield frames


STAGE_OF = [("ContentLoader", "load"), ("Checker", "check"), ("SitePlan", "plan"), ("DataFiles", "data"),
            ("PageRenderer", "pages"), ("SearchIndexer.write", "search"), ("SearchIndexer.add", "pages (search add)"),
            ("SiteBuild.writeFiles", "files"), ("SiteBuild.swapIn", "swap")]


def stage(frames):
    for f in frames:
        for needle, name in STAGE_OF:
            if needle in f:
                return name
    return "other (JVM start, picocli, class loading)"


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    top = int(argv[2]) if len(argv) > 2 else 25
    stages, inner, inclusive, leaf = (collections.Counter() for _ in range(4))
    n = 0
    for frames in samples(argv[1]):
        n += 1
        stages[stage(frames)] += 1
        inner[next((f for f in frames if f.startswith("cn.gongkai")), "(no gongkai frame) " + frames[-1])] += 1
        for f in set(frames):
            if f.startswith("cn.gongkai"):
                inclusive[f] += 1
        leaf[frames[0]] += 1
    if n == 0:
        print("no execution samples in " + argv[1], file=sys.stderr)
        return 1
    for title, counter in (("stage", stages), ("innermost gongkai method", inner),
                           ("gongkai method, inclusive", inclusive), ("leaf frame", leaf)):
        print(f"--- {title} (share of {n} samples)")
        for name, c in counter.most_common(top):
            print(f"{100.0 * c / n:5.1f}%  {name}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
