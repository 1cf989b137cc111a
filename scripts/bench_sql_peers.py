#!/usr/bin/env python3
"""Time peer SQL-lineage libraries on the Torro lineage fixture corpus.

Reads every `-- case:` block under Tests/SQLLineageTests/Fixtures/<dialect>/*.sql (format:
Tests/SQLLineageTests/Fixtures/README.md), strips the directive lines, splits each case into statements and
times, in this process, openlineage-sql and sqlglot on them (best of N repetitions after one warm-up pass).

    pip install openlineage-sql sqlglot
    python3 scripts/bench_sql_peers.py [--reps 5] [--json] [--sqlglot-lineage] [--fixtures DIR]
"""
import argparse, contextlib, glob, json, logging, os, re, sys, time
from importlib import metadata

KEYS = {"case", "schema", "default_schema", "sources", "targets", "columns", "intermediate", "indirect", "effects",
        "diagnostics"}
DIRECTIVE = re.compile(r"^\s*--\s*([a-z_]+):\s*(.*)$")
# our dialect -> peer dialect ("" is sqlglot's generic dialect)
OPENLINEAGE_DIALECT = {"oracle": "generic", "postgres": "postgres", "ansi": "generic", "tsql": "mssql",
                       "mysql": "mysql", "snowflake": "snowflake", "bigquery": "bigquery", "hive": "hive",
                       "redshift": "redshift"}
SQLGLOT_DIALECT = {"oracle": "oracle", "postgres": "postgres", "ansi": "", "tsql": "tsql", "mysql": "mysql",
                   "snowflake": "snowflake", "bigquery": "bigquery", "hive": "hive", "redshift": "redshift"}
PLSQL_BLOCK = re.compile(r"(?is)(declare\b|begin\b|create\s+(or\s+replace\s+)?((non)?editionable\s+)?"
                         r"(procedure|function|package|trigger|type\s+body)\b)")
SLASH_LINE = re.compile(r"(?m)^[ \t]*/[ \t]*$")


def read_cases(root):
    """Yield (dialect, file, case name, sql, default_schema) for every case of the corpus."""
    for path in sorted(glob.glob(os.path.join(root, "*", "*.sql"))):
        dialect = os.path.basename(os.path.dirname(path))
        case, lines, default_schema = None, [], None
        for line in open(path, encoding="utf-8"):
            m = DIRECTIVE.match(line)
            if m and m.group(1) in KEYS:
                if m.group(1) == "case":
                    if case is not None:
                        yield dialect, path, case, "".join(lines), default_schema
                    case, lines, default_schema = m.group(2).strip(), [], None
                elif m.group(1) == "default_schema":
                    default_schema = m.group(2).strip()
            elif case is not None:
                lines.append(line)
        if case is not None:
            yield dialect, path, case, "".join(lines), default_schema


def split_statements(sql, dialect):
    """Split a script on `;` outside strings, quoted names and comments. Oracle PL/SQL units run to a `/`
    line; T-SQL `GO` lines separate batches."""
    out, buf, i, n = [], [], 0, len(sql)
    at_start = True  # nothing but blanks and comments so far in this statement

    def flush():
        nonlocal at_start
        text = "".join(buf).strip()
        if re.sub(r"--[^\n]*|/\*.*?\*/", "", text, flags=re.S).strip():
            out.append(text)
        buf.clear()
        at_start = True

    while i < n:
        if at_start and not sql[i].isspace() and sql[i:i + 2] not in ("--", "/*"):
            at_start = False
            if dialect == "oracle" and PLSQL_BLOCK.match(sql, i):
                m = SLASH_LINE.search(sql, i)
                end = m.start() if m else n
                buf.append(sql[i:end]); flush()
                i = m.end() if m else n
                continue
        c, two = sql[i], sql[i:i + 2]
        if two == "--":
            j = sql.find("\n", i); j = n if j < 0 else j
        elif two == "/*":
            j = sql.find("*/", i + 2); j = n if j < 0 else j + 2
        elif c in "'\"`" or (c == "[" and dialect == "tsql"):
            close = "]" if c == "[" else c
            backslash = c == "'" and (dialect in ("mysql", "bigquery", "hive") or (
                dialect in ("postgres", "redshift") and i > 0 and sql[i - 1] in "eE"))
            j = i + 1
            while j < n:
                if sql[j] == "\\" and backslash:
                    j += 2; continue
                if sql[j] == close:
                    if sql[j + 1:j + 2] == close:
                        j += 2; continue
                    break
                j += 1
            j = min(j + 1, n)
        elif c == "$" and dialect in ("postgres", "redshift") and re.match(r"\$[A-Za-z_]*\$", sql[i:]):
            tag = re.match(r"\$[A-Za-z_]*\$", sql[i:]).group(0)
            j = sql.find(tag, i + len(tag)); j = n if j < 0 else j + len(tag)
        elif c == ";":
            flush(); i += 1; continue
        elif c == "\n" and dialect in ("oracle", "tsql"):
            m = re.match(r"\n[ \t]*(/|GO)[ \t]*(?=\n|$)", sql[i:], flags=re.I)
            if m and (m.group(1) == "/" or dialect == "tsql"):
                flush(); i += m.end(); continue
            j = i + 1
        else:
            j = i + 1
        buf.append(sql[i:j]); i = j
    flush()
    return out


def run_openlineage(work):
    import openlineage_sql
    errors = 0
    for dialect, default_schema, statements in work:
        for stmt in statements:  # one call per statement: a Rust panic aborts the whole call
            try:
                meta = openlineage_sql.parse([stmt], dialect=OPENLINEAGE_DIALECT[dialect],
                                             default_schema=default_schema)
                _ = (meta.in_tables, meta.out_tables, meta.column_lineage)
                errors += bool(meta.errors)
            except BaseException as e:  # pyo3 PanicException is a BaseException
                if isinstance(e, (KeyboardInterrupt, SystemExit)):
                    raise
                errors += 1
    return errors


def run_sqlglot(work, with_lineage=False):
    """Parse, collect tables and column references; optionally sqlglot.lineage of the statement's query."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.lineage import lineage
    errors = 0
    for dialect, _default_schema, statements in work:
        read = SQLGLOT_DIALECT[dialect]
        for stmt in statements:
            try:
                tree = sqlglot.parse_one(stmt, read=read)
                _tables = {t.sql(dialect=read) for t in tree.find_all(exp.Table)}
                _columns = {c.sql(dialect=read) for c in tree.find_all(exp.Column)}
                query = tree if isinstance(tree, exp.Query) else tree.expression
                if with_lineage and isinstance(query, exp.Query):
                    lineage(None, query, schema={}, dialect=read)  # every output column, no schema
            except Exception:
                errors += 1
    return errors


@contextlib.contextmanager
def quiet_stderr():
    """Rust panics in openlineage-sql print to fd 2; keep them out of the report."""
    sys.stderr.flush()
    saved, devnull = os.dup(2), os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    try:
        yield
    finally:
        os.dup2(saved, 2); os.close(saved); os.close(devnull)


def time_peer(fn, work, reps):
    errors = fn(work)  # warm-up; also counts the statements that raise errors
    best = float("inf")
    for _ in range(reps):
        start = time.perf_counter()
        fn(work)
        best = min(best, time.perf_counter() - start)
    return errors, best


def run_torro(binary, work, reps):
    """Times Torro on the same statements, one engine call per statement, inside its own process."""
    import subprocess, tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for dialect, default_schema, statements in work:
            for stmt in statements:
                f.write(json.dumps({"sql": stmt, "dialect": dialect, "default_schema": default_schema}) + "\n")
    out = json.loads(subprocess.run([binary, f.name, "--reps", str(reps)], check=True, capture_output=True, text=True).stdout)
    os.unlink(f.name)
    version = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    return {"peer": "Torro (SQLLineage)", "version": version or "?", "statements": int(out["statements"]),
            "errors": int(out["errors"]), "seconds": round(out["seconds"], 6),
            "statements_per_s": round(out["statements_per_second"], 1), "mb_per_s": round(out["mb_per_second"], 3)}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fixtures", default=os.path.join(here, "..", "Tests", "SQLLineageTests", "Fixtures"))
    ap.add_argument("--reps", type=int, default=5, help="timed repetitions after one warm-up (best is kept)")
    ap.add_argument("--json", action="store_true", help="also print one JSON line with the results")
    ap.add_argument("--sqlglot-lineage", action="store_true", help="also time sqlglot.lineage of each query")
    ap.add_argument("--torro", default=os.path.join(here, "..", ".build", "release", "sql-bench"),
                    help="Torro's sql-bench binary (swift build -c release --product sql-bench)")
    args = ap.parse_args()
    logging.getLogger("sqlglot").setLevel(logging.CRITICAL)

    work, cases, dialects = [], 0, {}
    for dialect, _path, _case, sql, default_schema in read_cases(args.fixtures):
        statements = split_statements(sql, dialect)
        if statements:
            work.append((dialect, default_schema, statements))
        cases += 1
        dialects[dialect] = dialects.get(dialect, 0) + len(statements)
    n_statements = sum(len(w[2]) for w in work)
    n_bytes = sum(len(s.encode("utf-8")) for w in work for s in w[2])
    if not n_statements:
        sys.exit(f"no statements found under {args.fixtures}")

    peers = [("openlineage-sql", "openlineage-sql", run_openlineage),
             ("sqlglot (parse + tables/columns)", "sqlglot", run_sqlglot)]
    if args.sqlglot_lineage:
        peers.append(("sqlglot (+ sqlglot.lineage)", "sqlglot", lambda w: run_sqlglot(w, with_lineage=True)))
    rows = []
    for label, dist, fn in peers:
        try:
            ver = metadata.version(dist)
        except metadata.PackageNotFoundError:
            print(f"skipping {label}: `pip install {dist}`", file=sys.stderr); continue
        with quiet_stderr():
            errors, seconds = time_peer(fn, work, args.reps)
        rows.append({"peer": label, "version": ver, "statements": n_statements, "errors": errors,
                     "seconds": round(seconds, 6), "statements_per_s": round(n_statements / seconds, 1),
                     "mb_per_s": round(n_bytes / 1e6 / seconds, 3)})

    rows.insert(0, run_torro(args.torro, work, args.reps)) if os.path.exists(args.torro) else \
        print(f"skipping Torro: build {args.torro}", file=sys.stderr)
    print(f"Corpus: {cases} cases, {n_statements} statements, {n_bytes / 1e6:.3f} MB of SQL "
          f"({', '.join(f'{d} {k}' for d, k in sorted(dialects.items()))}); best of {args.reps} after warm-up\n")
    print("| peer | version | statements | errors | seconds | statements/s | MB/s |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['peer']} | {r['version']} | {r['statements']} | {r['errors']} | {r['seconds']:.4f} | "
              f"{r['statements_per_s']:.0f} | {r['mb_per_s']:.3f} |")
    if args.json:
        print(json.dumps({"cases": cases, "statements": n_statements, "bytes": n_bytes, "reps": args.reps,
                          "python": sys.version.split()[0], "peers": rows}))


if __name__ == "__main__":
    main()
