#!/usr/bin/env python3
"""Checks that Microsoft's azure-storage-blob SDK works, unmodified, against torro-blob-server.

Usage: check_blob_server.py --url http://127.0.0.1:PORT [--account NAME] [--key BASE64]

Prints one line per check and exits non-zero at the first failure.
"""
import argparse
import hashlib
import os
import sys
from datetime import datetime, timedelta, timezone

from azure.core.exceptions import ClientAuthenticationError, HttpResponseError, ResourceExistsError, ResourceNotFoundError
from azure.storage.blob import (
    AccountSasPermissions, BlobSasPermissions, BlobServiceClient, ContainerClient, ContainerSasPermissions,
    ContentSettings, ResourceTypes, generate_account_sas, generate_blob_sas, generate_container_sas,
)

WELL_KNOWN_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
NESTED = {
    "sales/2026/part-000.parquet": b"PAR1 sales 2026 part 0",
    "sales/2026/part-001.parquet": b"PAR1 sales 2026 part 1",
    "sales/2025/part-000.parquet": b"PAR1 sales 2025 part 0",
    "hr/employees.csv": b"id,name\n1,Ada\n2,Grace\n",
    "readme.txt": b"top-level blob",
}


class CheckFailed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def expect_error(call, error_type, status, code):
    """Runs `call`, which must raise `error_type` with HTTP `status` and Azure error code `code`."""
    try:
        call()
    except error_type as error:
        got_status = getattr(error, "status_code", None)
        got_code = getattr(error, "error_code", None)
        expect(got_status == status, f"expected HTTP {status}, got {got_status} ({error_type.__name__} {got_code})")
        expect(got_code == code, f"expected error code {code}, got {got_code}")
        return
    except HttpResponseError as error:
        raise CheckFailed(f"expected {error_type.__name__} {status} {code}, got {type(error).__name__} "
                          f"{error.status_code} {error.error_code}") from error
    raise CheckFailed(f"expected {error_type.__name__} {status} {code}, but the call succeeded")


def run_checks(url, account, key):
    endpoint = f"{url}/{account}"
    credential = {"account_name": account, "account_key": key}
    # Small transfer sizes make the SDK upload in blocks and download in ranged chunks, as it does for big files.
    mib = 1024 * 1024
    service = BlobServiceClient(endpoint, credential=credential, max_single_put_size=4 * mib, max_block_size=4 * mib,
                                max_single_get_size=4 * mib, max_chunk_get_size=4 * mib)
    suffix = os.urandom(3).hex()
    name = f"lineage-{suffix}"
    other = f"archive-{suffix}"
    now = datetime.now(timezone.utc)

    def check_create_containers():
        service.create_container(name, metadata={"team": "data"})
        service.create_container(other)
        expect_error(lambda: service.create_container(name), ResourceExistsError, 409, "ContainerAlreadyExists")

    def check_list_containers():
        found = {c.name: c for c in service.list_containers(name_starts_with=f"lineage-{suffix}", include_metadata=True)}
        expect(list(found) == [name], f"list_containers(name_starts_with) gave {list(found)}")
        expect(found[name].metadata == {"team": "data"}, f"container metadata came back as {found[name].metadata}")
        names = [c.name for c in service.list_containers(results_per_page=1)]
        expect(name in names and other in names, f"paged list_containers missed ours: {names}")

    container = service.get_container_client(name)

    def check_upload_nested():
        for blob, data in NESTED.items():
            container.upload_blob(blob, data, content_settings=ContentSettings(content_type="application/x-test"))
        expect_error(lambda: container.upload_blob("readme.txt", b"again"), ResourceExistsError, 409, "BlobAlreadyExists")
        container.upload_blob("readme.txt", NESTED["readme.txt"], overwrite=True)

    large = os.urandom(9 * 1024 * 1024 + 123)

    def check_upload_large_in_blocks():
        sent = []
        container.upload_blob("big/blob.bin", large, max_concurrency=2,
                              raw_request_hook=lambda pipeline_request: sent.append(pipeline_request.http_request.url))
        blocks = [url for url in sent if "comp=block&" in url or url.endswith("comp=block")]
        expect(len(blocks) == 3 and any("comp=blocklist" in url for url in sent), f"expected 3 Put Block and a Put Block List, sent {sent}")
        props = container.get_blob_client("big/blob.bin").get_blob_properties()
        expect(props.size == len(large), f"large blob size {props.size}, expected {len(large)}")
        ranges = []
        downloaded = container.download_blob("big/blob.bin", max_concurrency=3, raw_request_hook=lambda pipeline_request: ranges.append(
            (pipeline_request.http_request.headers.get("x-ms-range"), pipeline_request.http_request.headers.get("If-Match")))).readall()
        expect(hashlib.sha256(downloaded).digest() == hashlib.sha256(large).digest(), "large blob came back different")
        expect(len(ranges) == 3 and all(r for r, _ in ranges) and all(m for _, m in ranges[1:]),
               f"expected 3 ranged GETs, the later ones with If-Match, sent {ranges}")

    def check_list_prefix():
        names = [b.name for b in container.list_blobs(name_starts_with="sales/")]
        expect(names == sorted(n for n in NESTED if n.startswith("sales/")), f"list_blobs(name_starts_with='sales/') gave {names}")
        items = {b.name: b for b in container.list_blobs(name_starts_with="hr/", include=["metadata"])}
        expect(items["hr/employees.csv"].size == len(NESTED["hr/employees.csv"]), "listed size is wrong")
        expect(items["hr/employees.csv"].content_settings.content_type == "application/x-test", "listed content type is wrong")

    def check_walk_delimiter():
        # The SDK yields a page's virtual directories before its blobs.
        top = [item.name for item in container.walk_blobs(delimiter="/")]
        expect(top == ["big/", "hr/", "sales/", "readme.txt"], f"walk_blobs at the top gave {top}")
        years = [item.name for item in container.walk_blobs(name_starts_with="sales/", delimiter="/")]
        expect(years == ["sales/2025/", "sales/2026/"], f"walk_blobs under sales/ gave {years}")

    def check_paging():
        for index in range(25):
            container.upload_blob(f"paged/item-{index:03d}", b"x" * index)
        pages = container.list_blobs(name_starts_with="paged/", results_per_page=10).by_page()
        sizes = [len(list(page)) for page in pages]
        expect(sizes == [10, 10, 5], f"pages of 10 came as {sizes}")
        first = container.list_blobs(name_starts_with="paged/", results_per_page=10).by_page()
        first_names = [b.name for b in next(first)]
        token = first.continuation_token
        expect(token, "no continuation token after the first page")
        resumed = container.list_blobs(name_starts_with="paged/", results_per_page=10).by_page(continuation_token=token)
        resumed_names = [b.name for b in next(resumed)]
        expect(first_names[-1] == "paged/item-009" and resumed_names[0] == "paged/item-010",
               f"continuation resumed at {resumed_names[:1]} after {first_names[-1:]}")

    blob = container.get_blob_client("sales/2026/part-000.parquet")
    data = NESTED["sales/2026/part-000.parquet"]

    def check_properties():
        props = blob.get_blob_properties()
        expect(props.size == len(data), f"size {props.size}")
        expect(props.blob_type == "BlockBlob", f"blob type {props.blob_type}")
        expect(props.etag and props.etag.startswith('"'), f"etag {props.etag}")
        expect(props.last_modified is not None and abs((props.last_modified - now).total_seconds()) < 300, f"last modified {props.last_modified}")
        expect(props.content_settings.content_type == "application/x-test", f"content type {props.content_settings.content_type}")
        expect(props.content_settings.content_md5 == hashlib.md5(data).digest(), "content md5 differs")
        expect_error(lambda: container.get_blob_client("no/such.blob").get_blob_properties(), ResourceNotFoundError, 404, "BlobNotFound")

    def check_downloads():
        expect(blob.download_blob().readall() == data, "whole download differs")
        expect(blob.download_blob(offset=5, length=6).readall() == data[5:11], "ranged download differs")
        expect(blob.download_blob(offset=10).readall() == data[10:], "open-ended ranged download differs")
        expect_error(lambda: blob.download_blob(offset=len(data) + 10, length=5).readall(), HttpResponseError, 416, "InvalidRange")

    def check_metadata():
        blob.set_blob_metadata({"Owner": "lineage-team", "pii": "false"})
        expect(blob.get_blob_properties().metadata == {"Owner": "lineage-team", "pii": "false"}, "blob metadata did not round-trip")
        container.set_container_metadata({"purpose": "checks"})
        expect(container.get_container_properties().metadata == {"purpose": "checks"}, "container metadata did not round-trip")

    def check_delete():
        container.delete_blob("readme.txt")
        expect_error(lambda: container.get_blob_client("readme.txt").get_blob_properties(), ResourceNotFoundError, 404, "BlobNotFound")
        service.delete_container(other)
        expect_error(lambda: service.get_container_client(other).get_container_properties(), ResourceNotFoundError, 404, "ContainerNotFound")

    def check_wrong_key():
        wrong = BlobServiceClient(endpoint, credential={"account_name": account, "account_key": "d3JvbmcK" * 11})
        expect_error(lambda: list(wrong.get_container_client(name).list_blobs()), ClientAuthenticationError, 403, "AuthenticationFailed")

    def check_no_credentials():
        anonymous = ContainerClient(endpoint, name)
        expect_error(lambda: list(anonymous.list_blobs()), ClientAuthenticationError, 401, "NoAuthenticationInformation")

    def sas_client(token):
        return ContainerClient(endpoint, name, credential=token)

    def check_sas_bad_signature():
        token = generate_container_sas(account, name, account_key=key, permission=ContainerSasPermissions(read=True, list=True),
                                       expiry=now + timedelta(hours=1))
        fields = dict(part.split("=", 1) for part in token.split("&"))
        fields["sig"] = "AAAA" + fields["sig"][4:]
        tampered = "&".join(f"{k}={v}" for k, v in fields.items())
        expect_error(lambda: list(sas_client(tampered).list_blobs()), ClientAuthenticationError, 403, "AuthenticationFailed")

    def check_sas_expired():
        token = generate_container_sas(account, name, account_key=key, permission=ContainerSasPermissions(read=True, list=True),
                                       start=now - timedelta(hours=2), expiry=now - timedelta(hours=1))
        expect_error(lambda: list(sas_client(token).list_blobs()), ClientAuthenticationError, 403, "AuthenticationFailed")

    def check_sas_read_only():
        token = generate_container_sas(account, name, account_key=key, permission=ContainerSasPermissions(read=True, list=True),
                                       start=now - timedelta(minutes=5), expiry=now + timedelta(hours=1))
        client = sas_client(token)
        names = [b.name for b in client.list_blobs(name_starts_with="sales/")]
        expect(len(names) == 3, f"read-only SAS listed {names}")
        expect(client.download_blob("sales/2026/part-000.parquet", offset=0, length=4).readall() == data[:4], "read-only SAS read differs")
        expect_error(lambda: client.upload_blob("sas/new.txt", b"no"), HttpResponseError, 403, "AuthorizationPermissionMismatch")
        expect_error(lambda: client.delete_blob("sales/2026/part-000.parquet"), HttpResponseError, 403, "AuthorizationPermissionMismatch")

    def check_blob_sas():
        token = generate_blob_sas(account, name, "hr/employees.csv", account_key=key, permission=BlobSasPermissions(read=True),
                                  expiry=now + timedelta(hours=1))
        client = sas_client(token)
        expect(client.download_blob("hr/employees.csv").readall() == NESTED["hr/employees.csv"], "blob SAS read differs")
        expect_error(lambda: client.download_blob("sales/2026/part-000.parquet").readall(), ClientAuthenticationError, 403, "AuthenticationFailed")

    def check_account_sas():
        token = generate_account_sas(account, key, resource_types=ResourceTypes(service=True, container=True, object=True),
                                     permission=AccountSasPermissions(read=True, list=True), expiry=now + timedelta(hours=1))
        client = BlobServiceClient(endpoint, credential=token)
        expect(name in [c.name for c in client.list_containers()], "account SAS could not list containers")
        expect(client.get_blob_client(name, "hr/employees.csv").download_blob().readall() == NESTED["hr/employees.csv"], "account SAS read differs")
        expect_error(lambda: client.create_container(f"denied-{suffix}"), HttpResponseError, 403, "AuthorizationPermissionMismatch")
        objects_only = generate_account_sas(account, key, resource_types=ResourceTypes(object=True),
                                            permission=AccountSasPermissions(read=True, list=True), expiry=now + timedelta(hours=1))
        expect_error(lambda: list(BlobServiceClient(endpoint, credential=objects_only).list_containers()),
                     HttpResponseError, 403, "AuthorizationResourceTypeMismatch")

    def check_connection_string():
        text = f"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={key};BlobEndpoint={endpoint};"
        client = BlobServiceClient.from_connection_string(text)
        names = [b.name for b in client.get_container_client(name).list_blobs(name_starts_with="hr/")]
        expect(names == ["hr/employees.csv"], f"connection string client listed {names}")

    checks = [
        ("create containers (409 ContainerAlreadyExists on repeat)", check_create_containers),
        ("list containers with prefix, metadata and paging", check_list_containers),
        ("upload nested blobs (409 BlobAlreadyExists without overwrite)", check_upload_nested),
        ("upload and download a 9 MB blob in blocks", check_upload_large_in_blocks),
        ("list blobs with a prefix and metadata", check_list_prefix),
        ("walk blobs with a delimiter", check_walk_delimiter),
        ("list blobs in pages with continuation tokens", check_paging),
        ("get blob properties (404 BlobNotFound)", check_properties),
        ("download whole, ranged, open-ended (416 InvalidRange)", check_downloads),
        ("blob and container metadata round trip", check_metadata),
        ("delete blob and container", check_delete),
        ("wrong account key refused (403 AuthenticationFailed)", check_wrong_key),
        ("no credentials refused (401 NoAuthenticationInformation)", check_no_credentials),
        ("SAS with a bad signature refused", check_sas_bad_signature),
        ("expired SAS refused", check_sas_expired),
        ("read-only container SAS reads, refused writes", check_sas_read_only),
        ("blob SAS reads its blob only", check_blob_sas),
        ("account SAS lists and reads, refused create and wrong resource type", check_account_sas),
        ("connection string client", check_connection_string),
    ]
    try:
        for title, check in checks:
            try:
                check()
            except CheckFailed as failure:
                print(f"FAIL {title}: {failure}")
                return 1
            except Exception as error:  # an SDK error the check did not expect is a failure too
                status = getattr(error, "status_code", "")
                code = getattr(error, "error_code", "")
                first_line = (str(error).splitlines() or [""])[0]
                print(f"FAIL {title}: {type(error).__name__} {status} {code}: {first_line}")
                return 1
            print(f"ok   {title}")
    finally:
        try:
            service.delete_container(name)
        except HttpResponseError as error:  # cleanup must not hide the check's own outcome
            print(f"note: could not delete container {name}: {error.status_code} {error.error_code}")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="the server, e.g. http://127.0.0.1:10000")
    parser.add_argument("--account", default="devstoreaccount1")
    parser.add_argument("--key", default=WELL_KNOWN_KEY, help="the account key, base64")
    args = parser.parse_args()
    return run_checks(args.url.rstrip("/"), args.account, args.key)


if __name__ == "__main__":
    sys.exit(main())
