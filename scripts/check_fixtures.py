#!/usr/bin/env python3
"""Runs fixture cases through `torro lineage` and prints the ones whose lineage differs from the expectation.

usage: scripts/check_fixtures.py [--torro .build/debug/torro] FILE.sql [FILE.sql ...]
The comparison is the one FixtureTests makes (see Tests/SQLLineageTests/Fixtures/README.md); this script exists so
that fixtures can be checked against a built binary without rebuilding the test bundle.
"""
import argparse, json, os, re, subprocess, sys, tempfile

KEYS = "case|schema|default_schema|sources|targets|columns|intermediate|indirect|effects|diagnostics"


def cases(path):
    current = None
    for line in open(path, encoding="utf-8"):
        m = re.match(rf"-- ({KEYS}):(.*)", line)
        if m and m.group(1) == "case":
            current = {"name": m.group(2).strip(), "sql": "", "d": {}}
            yield current
        elif current is not None and m:
            current["d"].setdefault(m.group(1), []).append(m.group(2).strip())
        elif current is not None:
            current["sql"] += line


def values(case, key, sep=","):
    return {v.strip() for entry in case["d"].get(key, []) for v in entry.split(sep) if v.strip()}


def run(torro, dialect, case):
    args = [torro, "lineage", "--dialect", dialect, "--format", "json"]
    if "default_schema" in case["d"]:
        args += ["--default-schema", case["d"]["default_schema"][0]]
    schema = None
    if "schema" in case["d"]:
        tables = {}
        for entry in values(case, "schema", ";"):
            name, cols = entry.split("(", 1)
            tables[name.strip()] = [c.strip() for c in cols.rstrip(")").split(",")]
        schema = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
        json.dump(tables, schema)
        schema.close()
        args += ["--schema", schema.name]
    out = subprocess.run(args, input=case["sql"], capture_output=True, text=True)
    if schema:
        os.unlink(schema.name)
    return json.loads(out.stdout)


def differences(case, got):
    found = {
        "sources": set(got["sources"]), "targets": set(got["targets"]), "intermediate": set(got["intermediate"]),
        "columns": {f"{a} -> {b}" for a, b in got["column_lineage"]}, "indirect": set(got["indirect"]),
        "effects": {e["kind"] + " " + e["table"] + (" to " + e["new_name"] if "new_name" in e else "") for e in got["effects"]},
    }
    always = ["sources", "targets", "intermediate", "columns"]
    problems = []
    for key in always + [k for k in ("indirect", "effects") if k in case["d"]]:
        expected = values(case, key)
        if found[key] != expected:
            problems.append(f"  {key}: missing {sorted(expected - found[key])} unexpected {sorted(found[key] - expected)}")
    if "diagnostics" in case["d"]:
        has_errors = any(d["severity"] == "error" for d in got["diagnostics"])
        if has_errors != (case["d"]["diagnostics"][0] == "some"):
            problems.append(f"  diagnostics: {[d['message'] for d in got['diagnostics']]}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--torro", default=os.path.join(os.path.dirname(__file__), "..", ".build", "debug", "torro"))
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    total = failed = 0
    for path in args.files:
        dialect = os.path.basename(os.path.dirname(os.path.abspath(path)))
        for case in list(cases(path)):
            total += 1
            problems = differences(case, run(args.torro, dialect, case))
            if problems:
                failed += 1
                print(f"{path}: {case['name']}")
                print("\n".join(problems))
    print(f"{total - failed} of {total} cases match")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
