#!/usr/bin/env python3
"""Prints the newest Gatling report of the page benchmark as a Markdown table.

usage: python3 src/benchmark/summarise.py [report-dir] [seconds-per-page]
Throughput is the request count divided by the phase's duration (each page runs alone for that long).
The last two columns compare each page with the reference owner page (a plain Spring Boot application,
measured first and last in the same sitting; the mean of both): its throughput as a share of the
reference's, and its p95 as a multiple of the reference's.
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
rows = []
for row in re.finditer(r'<tr id="(req_[^"]+)" data-parent="ROOT">(.*?)</tr>', page, re.S):
    body = row.group(2)
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', body).group(1))
    if name.startswith("sign in") or name.startswith("warm-up"):
        continue
    cells = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', body))
    count = int(cells["2"].replace(",", ""))
    rows.append((name, count, count / seconds, cells["8"], cells["10"], cells["11"], cells["4"]))

references = [r for r in rows if r[0].startswith("reference")]
reference_rate = sum(r[2] for r in references) / len(references) if references else None
reference_p95 = sum(float(r[4]) for r in references) / len(references) if references else None
print("| Request | Count | Throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | KO | req/s ÷ reference | p95 ÷ reference |")
print("|---|---|---|---|---|---|---|---|---|")
for name, count, rate, p50, p95, p99, ko in rows:
    share = f"{rate / reference_rate:.2f}" if reference_rate else "–"
    multiple = f"{float(p95) / reference_p95:.1f}" if reference_p95 else "–"
    print(f"| {name} | {count} | {rate:.1f} | {p50} | {p95} | {p99} | {ko} | {share} | {multiple} |")
memory = "target/benchmark-memory.txt"
if os.path.exists(memory):
    print()
    print(open(memory, encoding="utf-8").read().strip())
