#!/usr/bin/env python3
"""Uploads a folder to an Azure Blob container with Microsoft's azure-storage-blob SDK, keeping relative paths.

Usage: upload_lake.py --url http://127.0.0.1:PORT/ACCOUNT --account NAME --key BASE64 --container NAME \
           SOURCE=DEST [SOURCE=DEST ...]

Each SOURCE is a file or a folder; DEST is the blob path (or prefix, for a folder) in the container. The
discovery tests use it so that the blobs Torro discovers were written by the official SDK.
"""
import argparse
import os
import sys

from azure.storage.blob import BlobServiceClient


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--account", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--container", required=True)
    parser.add_argument("pairs", nargs="+")
    args = parser.parse_args()
    service = BlobServiceClient(account_url=args.url, credential={"account_name": args.account, "account_key": args.key})
    container = service.get_container_client(args.container)
    if not container.exists():
        container.create_container()
    count = 0
    for pair in args.pairs:
        source, dest = pair.split("=", 1)
        if os.path.isdir(source):
            for folder, _, files in os.walk(source):
                for name in sorted(files):
                    path = os.path.join(folder, name)
                    blob = dest.rstrip("/") + "/" + os.path.relpath(path, source).replace(os.sep, "/")
                    with open(path, "rb") as data:
                        container.upload_blob(blob, data, overwrite=True)
                    count += 1
        else:
            with open(source, "rb") as data:
                container.upload_blob(dest, data, overwrite=True)
            count += 1
    print(f"uploaded {count} blobs")


if __name__ == "__main__":
    sys.exit(main())
