#!/usr/bin/env python3
"""How long `gongkai serve` takes to show an edited report: from saving the file to the page's new HTML.

    python3 src/bench/serve_edit.py CONTENT_DIR [EDITS]     (default 10 edits)

Copies CONTENT_DIR to a scratch folder (the original is never touched), starts `./gongkai serve` on it, opens
one report page, then EDITS times: holds a request on __gongkai/version?since=V as an open page's reload
script does, rewrites one sentence of the report's text, and times until the held request has returned and
the page fetched again shows the new sentence. Prints each edit and the median.
Env: GONGKAI_BUILD_DIR (as for ./gongkai), BENCH_PORT (default 8791).
"""

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def fetch(url, timeout=60):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.read().decode("utf-8")


def free_port(preferred):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", preferred))
            return preferred
        except OSError:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]


def report_files(content):
    out = []
    for folder, _, files in os.walk(content):
        for f in files:
            if len(f) == 7 and f.endswith(".md") and f[:4].isdigit():
                out.append(os.path.join(folder, f))
    return sorted(out)


def main(argv):
    if len(argv) < 2 or not os.path.isfile(os.path.join(argv[1], "site.yaml")):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    edits = int(argv[2]) if len(argv) > 2 else 10
    scratch = tempfile.mkdtemp(prefix="gongkai-serve-bench-")
    content = os.path.join(scratch, "content")
    shutil.copytree(argv[1], content)
    reports = report_files(content)
    target = reports[len(reports) // 2]
    rel = os.path.relpath(target, content)[:-3]          # a/b/c/2024
    page_url_path = "reports/" + rel.replace(os.sep, "/") + "/"
    port = free_port(int(os.environ.get("BENCH_PORT", "8791")))
    base = f"http://127.0.0.1:{port}/"
    started = time.monotonic()
    proc = subprocess.Popen([os.path.join(REPO, "gongkai"), "serve", "--content", content, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=REPO)
    log = []
    ready = threading.Event()

    def read_log():
        for line in proc.stdout:
            log.append(line.rstrip("\n"))
            if base in line:
                ready.set()

    threading.Thread(target=read_log, daemon=True).start()
    try:
        if not ready.wait(600):
            print("serve did not start:\n" + "\n".join(log), file=sys.stderr)
            return 1
        print(f"reports: {len(reports)}; serve ready after {time.monotonic() - started:.2f} s (JVM start, load, check)")
        fetch(base + page_url_path)
        times = []
        with open(target, encoding="utf-8") as f:
            original = f.read()
        anchor = original.index("\n## ") + 1          # text is added just before the first part heading
        for i in range(edits):
            marker = f"预览计时第{i + 1}次修改的句子。"
            version = fetch(base + "__gongkai/version")
            held = {}

            def hold():
                held["v"] = fetch(base + "__gongkai/version?since=" + version)

            t = threading.Thread(target=hold)
            t.start()
            time.sleep(0.3)
            t0 = time.monotonic()
            with open(target, "w", encoding="utf-8") as f:
                f.write(original[:anchor] + marker + "\n\n" + original[anchor:])
            t.join(60)
            html = fetch(base + page_url_path)
            elapsed = (time.monotonic() - t0) * 1000
            if marker not in html:
                print(f"edit {i + 1}: the page does not show the edit", file=sys.stderr)
                return 1
            times.append(elapsed)
            print(f"edit {i + 1}: {elapsed:.0f} ms (version {version} -> {held.get('v')})")
            time.sleep(0.3)
        print(f"edit to page shown: median {statistics.median(times):.0f} ms, min {min(times):.0f}, "
              f"max {max(times):.0f} over {len(times)} edits of {os.path.relpath(target, content)}")
        return 0
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
