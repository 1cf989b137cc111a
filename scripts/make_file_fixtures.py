#!/usr/bin/env python3
"""Writes the FileFormats test fixtures with the real writers (pyarrow, fastavro, deltalake).

Run from the repository root:

    pip install pyarrow fastavro deltalake
    python3 scripts/make_file_fixtures.py

It replaces Tests/FileFormatsTests/Fixtures/. Values, seeds and timestamps are fixed so a re-run
writes the same data; the Delta table's data file names (random UUIDs chosen by deltalake) and its
commit timestamps still change, which the Swift tests do not depend on. The expected schemas live
in the Swift tests, written by hand: when you change a fixture here, change them there.
"""

import csv
import datetime as dt
import decimal
import gzip
import io
import json
import os
import random
import shutil

import fastavro
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "FileFormatsTests", "Fixtures")
random.seed(20240601)

NAMES = ["Ada", "Grace", "Linus", "Barbara", "Edsger", "Margaret", "Donald", "Frances", "Ken", "Radia"]
CITIES = ["Oslo", "Lyon", "Kyoto", "Quito", "Perth"]
BASE_TIME = dt.datetime(2024, 1, 15, 8, 30, 0, tzinfo=dt.timezone.utc)


def path(*parts):
    return os.path.join(ROOT, *parts)


def write_bytes(name, data):
    with open(path(name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- Parquet

def parquet_table(rows=30):
    schema = pa.schema([
        pa.field("id", pa.int64(), nullable=False),
        pa.field("quantity", pa.int32()),
        pa.field("tiny", pa.int8()),
        pa.field("score", pa.float64()),
        pa.field("amount", pa.decimal128(10, 2)),
        pa.field("name", pa.string()),
        pa.field("active", pa.bool_(), nullable=False),
        pa.field("birthday", pa.date32()),
        pa.field("created", pa.timestamp("us", tz="UTC")),
        pa.field("address", pa.struct([pa.field("city", pa.string()), pa.field("zip", pa.int32())])),
        pa.field("tags", pa.list_(pa.string())),
        pa.field("attributes", pa.map_(pa.string(), pa.int64())),
    ])
    data = {
        "id": list(range(1, rows + 1)),
        "quantity": [None if i % 7 == 0 else i * 3 for i in range(rows)],
        "tiny": [i % 100 for i in range(rows)],
        "score": [round(random.uniform(0, 100), 3) for _ in range(rows)],
        "amount": [decimal.Decimal(f"{i * 12.5:.2f}") for i in range(rows)],
        "name": [None if i % 5 == 4 else NAMES[i % len(NAMES)] for i in range(rows)],
        "active": [i % 2 == 0 for i in range(rows)],
        "birthday": [dt.date(1980, 1, 1) + dt.timedelta(days=97 * i) for i in range(rows)],
        "created": [BASE_TIME + dt.timedelta(hours=i) for i in range(rows)],
        "address": [{"city": CITIES[i % len(CITIES)], "zip": 1000 + i} for i in range(rows)],
        "tags": [[f"t{j}" for j in range(i % 3)] for i in range(rows)],
        "attributes": [[("k", i)] for i in range(rows)],
    }
    return pa.table(data, schema=schema)


def write_parquet():
    table = parquet_table()
    for codec in ["snappy", "gzip", "zstd", "none"]:
        pq.write_table(table, path(f"types_{codec}.parquet"), compression=codec, row_group_size=10)
    # One file whose columns use different codecs.
    small = table.select(["id", "name"])
    pq.write_table(small, path("mixed_codecs.parquet"), compression={"id": "snappy", "name": "zstd"},
                   row_group_size=30)


# ---------------------------------------------------------------- Avro

AVRO_SCHEMA = {
    "type": "record",
    "name": "User",
    "namespace": "com.torro.test",
    "fields": [
        {"name": "id", "type": "long"},
        {"name": "name", "type": "string"},
        {"name": "email", "type": ["null", "string"], "default": None},
        {"name": "address", "type": {
            "type": "record", "name": "Address",
            "fields": [
                {"name": "city", "type": "string"},
                {"name": "zip", "type": ["null", "int"]},
            ],
        }},
        {"name": "tags", "type": {"type": "array", "items": "string"}},
        {"name": "scores", "type": {"type": "map", "values": "double"}},
        {"name": "birthday", "type": {"type": "int", "logicalType": "date"}},
        {"name": "created", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "balance", "type": {"type": "bytes", "logicalType": "decimal", "precision": 10, "scale": 2}},
        {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["ACTIVE", "INACTIVE"]}},
        {"name": "previous", "type": ["null", "Address"], "default": None},
    ],
}


def avro_records(rows=25):
    for i in range(rows):
        yield {
            "id": i + 1,
            "name": NAMES[i % len(NAMES)],
            "email": None if i % 3 == 0 else f"user{i}@example.com",
            "address": {"city": CITIES[i % len(CITIES)], "zip": None if i % 4 == 0 else 2000 + i},
            "tags": ["a", "b"][: i % 3],
            "scores": {"math": float(i), "art": i / 2},
            "birthday": dt.date(1990, 5, 17) + dt.timedelta(days=i),
            "created": BASE_TIME + dt.timedelta(minutes=i),
            "balance": decimal.Decimal(f"{i * 3.25:.2f}"),
            "status": "ACTIVE" if i % 2 == 0 else "INACTIVE",
            "previous": None if i % 2 else {"city": "Bern", "zip": 3000},
        }


def write_avro():
    schema = fastavro.parse_schema(AVRO_SCHEMA)
    for codec in ["null", "deflate"]:
        with open(path(f"users_{codec}.avro"), "wb") as f:
            fastavro.writer(f, schema, list(avro_records()), codec=codec, sync_interval=1000,
                            sync_marker=b"torro-fixtures!!", metadata={"written.by": "make_file_fixtures"})


# ---------------------------------------------------------------- Delta

def write_delta():
    from deltalake import DeltaTable, write_deltalake

    table_path = path("delta_sales")
    first = pa.table({
        "id": pa.array([1, 2, 3, 4], pa.int64()),
        "country": ["NO", "FR", "NO", "JP"],
        "amount": pa.array([decimal.Decimal("10.50"), decimal.Decimal("7.25"), decimal.Decimal("3.00"),
                            decimal.Decimal("99.99")], pa.decimal128(10, 2)),
        "sold_at": pa.array([BASE_TIME + dt.timedelta(days=i) for i in range(4)], pa.timestamp("us", tz="UTC")),
        "item": pa.array([{"sku": "A1", "qty": 1}, {"sku": "B2", "qty": 2}, {"sku": "C3", "qty": 1},
                          {"sku": "D4", "qty": 5}],
                         pa.struct([pa.field("sku", pa.string()), pa.field("qty", pa.int32())])),
    })
    write_deltalake(table_path, first, partition_by=["country"], name="sales", description="fixture table")
    second = pa.table({
        "id": pa.array([5, 6], pa.int64()),
        "country": ["FR", "EC"],
        "amount": pa.array([decimal.Decimal("1.00"), decimal.Decimal("2.00")], pa.decimal128(10, 2)),
        "sold_at": pa.array([BASE_TIME, BASE_TIME], pa.timestamp("us", tz="UTC")),
        "item": pa.array([{"sku": "E5", "qty": 3}, {"sku": "F6", "qty": 4}],
                         pa.struct([pa.field("sku", pa.string()), pa.field("qty", pa.int32())])),
    })
    write_deltalake(table_path, second, mode="append")
    third = second.append_column("channel", pa.array(["web", "shop"], pa.string()))
    third = third.set_column(0, "id", pa.array([7, 8], pa.int64()))
    write_deltalake(table_path, third, mode="append", schema_mode="merge")

    # A table whose early commits were cleaned up after a checkpoint: the schema is only in the checkpoint.
    checkpointed = path("delta_checkpointed")
    small = pa.table({"id": pa.array([1, 2], pa.int64()), "label": ["x", "y"]})
    write_deltalake(checkpointed, small)
    write_deltalake(checkpointed, small, mode="append")
    DeltaTable(checkpointed).create_checkpoint()
    write_deltalake(checkpointed, small, mode="append")
    log = os.path.join(checkpointed, "_delta_log")
    for name in sorted(os.listdir(log)):
        if name.endswith(".json") and int(name.split(".")[0]) <= 1:
            os.remove(os.path.join(log, name))
    for name in os.listdir(log):
        if name.endswith(".crc"):
            os.remove(os.path.join(log, name))
    for name in os.listdir(os.path.join(table_path, "_delta_log")):
        if name.endswith(".crc"):
            os.remove(os.path.join(table_path, "_delta_log", name))


# ---------------------------------------------------------------- Text formats

PEOPLE_HEADER = ["id", "name", "salary", "active", "hired", "updated", "note"]


def people_rows():
    rows = []
    for i in range(12):
        rows.append([
            str(i + 1),
            NAMES[i % len(NAMES)],
            f"{1000 + i * 125.5:.2f}" if i != 3 else "",
            "true" if i % 2 == 0 else "false",
            (dt.date(2015, 3, 1) + dt.timedelta(days=40 * i)).isoformat(),
            (BASE_TIME + dt.timedelta(hours=5 * i)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "",
        ])
    rows[2][6] = 'says "hello", twice'
    rows[5][6] = "first line\nsecond line"
    rows[8][6] = "plain"
    return rows


def csv_text(rows, delimiter=",", header=True):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    if header:
        writer.writerow(PEOPLE_HEADER)
    writer.writerows(rows)
    return out.getvalue()


def write_text():
    rows = people_rows()
    write_bytes("people.csv", csv_text(rows).encode())
    write_bytes("people_semicolon.csv", csv_text(rows, delimiter=";").encode())
    write_bytes("people.tsv", csv_text(rows, delimiter="\t").encode())
    no_header = [[r[0], r[1], r[2], r[4]] for r in rows]
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\n").writerows(no_header)
    write_bytes("no_header.tsv", out.getvalue().encode())
    pipes = io.StringIO()
    writer = csv.writer(pipes, delimiter="|", lineterminator="\r\n")
    writer.writerow(["order_id", "customer", "total"])
    for i in range(8):
        writer.writerow([f"{100 + i}", NAMES[i], f"{i * 9.99:.2f}"])
    write_bytes("orders_pipe.csv", pipes.getvalue().encode())
    write_bytes("people.csv.gz", gzip.compress(csv_text(rows).encode(), mtime=0))

    orders = []
    for i in range(6):
        orders.append({
            "order_id": 500 + i,
            "customer": {"name": NAMES[i], "address": {"city": CITIES[i % len(CITIES)], "zip": f"{4000 + i}"}},
            "lines": [{"sku": f"S{j}", "qty": j + 1, "price": 2.5 * (j + 1)} for j in range(1 + i % 2)],
            "total": 10 if i == 0 else round(10 + i * 1.75, 2),
            "paid": i % 2 == 0,
            "coupon": None,
        })
    write_bytes("orders.json", json.dumps(orders, indent=2).encode())

    events = []
    for i in range(10):
        event = {"event": "click" if i % 2 else "view", "ts": (BASE_TIME + dt.timedelta(seconds=i)).isoformat(),
                 "user": {"id": i, "plan": "pro" if i % 3 == 0 else "free"}, "value": i if i < 5 else i + 0.5}
        if i % 4 == 0:
            event["tags"] = ["new", "mobile"]
        if i == 7:
            event["user"]["country"] = "NO"
        events.append(event)
    ndjson = "".join(json.dumps(e) + "\n" for e in events)
    write_bytes("events.ndjson", ndjson.encode())
    write_bytes("events.ndjson.gz", gzip.compress(ndjson.encode(), mtime=0))


def main():
    if os.path.exists(ROOT):
        shutil.rmtree(ROOT)
    os.makedirs(ROOT)
    write_parquet()
    write_avro()
    write_delta()
    write_text()
    total = 0
    for folder, _, files in os.walk(ROOT):
        for name in files:
            total += os.path.getsize(os.path.join(folder, name))
    print(f"wrote fixtures into {os.path.normpath(ROOT)}: {total} bytes")


if __name__ == "__main__":
    main()
