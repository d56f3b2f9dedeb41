#!/usr/bin/env python3
"""Emend as a stage of Apache Spark: clean corpus.jsonl through RDD.pipe in local mode.

    python3 Benchmarks/spark_recipe.py --data DIR [--dictionary FILE] [--partitions 4]

Each partition of the JSON Lines file is piped through one `emend clean --jobs 1 --jsonl`
process (records in on stdin, cleaned records out on stdout, one per line, same order). The
collected output must equal the single-machine run `emend clean --jsonl < corpus.jsonl`
(all cores) record for
record: same ids in the same order, same texts, edits and suggestions. Prints PASS or FAIL
and the timings; exits 1 on FAIL.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

EMEND = Path(__file__).resolve().parent.parent / ".build" / "release" / "emend"
FIELDS = ("id", "text", "edits", "suggestions")


def records(lines):
    return [json.loads(line) for line in lines if line.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="folder with corpus.jsonl (make_data.py)")
    ap.add_argument("--dictionary", type=Path, help="bulk dictionary (default DATA/dict-1m.tsv)")
    ap.add_argument("--emend", type=Path, default=EMEND)
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--master", default="local[2]")
    args = ap.parse_args()
    corpus = (args.data / "corpus.jsonl").resolve()
    dictionary = (args.dictionary or args.data / "dict-1m.tsv").resolve()
    command = [str(args.emend.resolve()), "clean", "--jsonl", "--dictionary", str(dictionary)]
    per_task = command[:2] + ["--jobs", "1"] + command[2:]  # Spark owns the parallelism

    # single machine: one process over the whole file
    t0 = time.perf_counter()
    with open(corpus, "rb") as stdin:
        single = subprocess.run(command, stdin=stdin, capture_output=True, check=True).stdout
    expected = records(single.decode("utf-8").splitlines())
    single_s = time.perf_counter() - t0

    # Spark: local mode, one emend process per partition
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    t0 = time.perf_counter()
    spark = (SparkSession.builder.master(args.master).appName("emend-pipe")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    start_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    rdd = spark.sparkContext.textFile(str(corpus), minPartitions=args.partitions)
    got = records(rdd.pipe(shlex.join(per_task), checkCode=True).collect())
    partitions = rdd.getNumPartitions()
    spark_s = time.perf_counter() - t0
    spark.stop()

    source_ids = [json.loads(line)["id"] for line in open(corpus, encoding="utf-8") if line.strip()]
    problems = []
    if [r.get("id") for r in expected] != source_ids:
        problems.append("the single-machine run does not return the input's ids in order")
    if len(got) != len(expected):
        problems.append(f"{len(got)} records from Spark, {len(expected)} from the single run")
    for a, b in zip(got, expected):
        differing = [f for f in FIELDS if a.get(f) != b.get(f)]
        if differing:
            problems.append(f"record {b.get('id')}: {', '.join(differing)} differ")
    edits = sum(len(r.get("edits", [])) for r in expected)
    mb = corpus.stat().st_size / 1e6

    print(f"corpus {corpus} ({mb:.1f} MB, {len(expected)} records, {edits} edits), dictionary {dictionary.name}")
    print(f"single machine: emend clean --jsonl < corpus.jsonl   {single_s:7.1f} s  {mb / single_s:6.2f} MB/s")
    print(f"spark start:    SparkSession {args.master}            {start_s:7.1f} s")
    print(f"spark pipe:     {partitions} partitions, --jobs 1 each, textFile|pipe|collect {spark_s:7.1f} s  {mb / spark_s:6.2f} MB/s")
    for p in problems[:10]:
        print("  " + p)
    print("FAIL" if problems else "PASS: Spark output equals the single-machine run record for record")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
