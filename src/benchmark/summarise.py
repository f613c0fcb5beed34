#!/usr/bin/env python3
"""Prints the newest Gatling report of the page benchmark as a Markdown table.

usage: python3 src/benchmark/summarise.py [report-dir] [seconds-per-page]
Throughput is the request count divided by the phase's duration (each page runs alone for that long).
"""
import glob
import html
import os
import re
import sys

reports = sorted(glob.glob("target/gatling/pageloadsimulation-*"), key=os.path.getmtime)
directory = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else (reports[-1] if reports else None)
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
if directory is None:
    sys.exit("no report in target/gatling")
page = open(os.path.join(directory, "index.html"), encoding="utf-8").read()
print("| Request | Count | Throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | KO |")
print("|---|---|---|---|---|---|---|")
for row in re.finditer(r'<tr id="(req_[^"]+)" data-parent="ROOT">(.*?)</tr>', page, re.S):
    body = row.group(2)
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', body).group(1))
    if name.startswith("sign in") or name.startswith("warm-up"):
        continue
    cells = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', body))
    count = int(cells["2"].replace(",", ""))
    print(f"| {name} | {count} | {count / seconds:.1f} | {cells['8']} | {cells['10']} | {cells['11']} | {cells['4']} |")
