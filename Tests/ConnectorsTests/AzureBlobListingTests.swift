import Foundation
import Testing
@testable import Connectors

@Suite("Reading Azure listing XML")
struct AzureBlobListingTests {
    static let blobs = """
    <?xml version="1.0" encoding="utf-8"?>
    <EnumerationResults ServiceEndpoint="http://127.0.0.1:10000/devstoreaccount1" ContainerName="raw">
      <Prefix>sales/</Prefix><MaxResults>2</MaxResults><Delimiter>/</Delimiter>
      <Blobs>
        <Blob>
          <Name>sales/a &amp; b.csv</Name>
          <Properties>
            <Creation-Time>Fri, 27 Nov 2026 20:09:03 GMT</Creation-Time>
            <Last-Modified>Fri, 27 Nov 2026 20:09:03 GMT</Last-Modified>
            <Etag>0x8DD0000000001</Etag>
            <Content-Length>1234</Content-Length>
            <Content-Type>text/csv</Content-Type>
            <BlobType>BlockBlob</BlobType>
          </Properties>
          <OrMetadata />
        </Blob>
        <Blob>
          <Name Encoded="true">sales/%EF%BF%BEodd.bin</Name>
          <Properties><Content-Length>0</Content-Length><Content-Type /></Properties>
        </Blob>
        <Blob>
          <Name>sales/folder</Name>
          <Properties><Content-Length>0</Content-Length><ResourceType>directory</ResourceType></Properties>
        </Blob>
        <BlobPrefix><Name>sales/2026/</Name></BlobPrefix>
        <BlobPrefix><Name><![CDATA[sales/<cdata>/]]></Name></BlobPrefix>
      </Blobs>
      <NextMarker>2!80!MDAwMDI0IXNhbGVz</NextMarker>
    </EnumerationResults>
    """

    @Test("blobs with properties, prefixes, entities, encoded names and the next marker")
    func blobPage() throws {
        let page = try AzureListingParser.blobPage(Array(Self.blobs.utf8))
        #expect(page.blobs.count == 2, "the HNS directory entry is not a blob")
        let first = try #require(page.blobs.first)
        #expect(first.key == "sales/a & b.csv")
        #expect(first.size == 1234)
        #expect(first.etag == "0x8DD0000000001")
        #expect(first.contentType == "text/csv")
        #expect(first.lastModified == HTTPDate.parse("Fri, 27 Nov 2026 20:09:03 GMT"))
        #expect(page.blobs[1].key == "sales/\u{FFFE}odd.bin")
        #expect(page.blobs[1].contentType == nil)
        #expect(page.prefixes == ["sales/2026/", "sales/<cdata>/"])
        #expect(page.nextMarker == "2!80!MDAwMDI0IXNhbGVz")
    }

    @Test("an empty NextMarker ends the listing")
    func lastPage() throws {
        let page = try AzureListingParser.blobPage(Array("<EnumerationResults><Blobs /><NextMarker /></EnumerationResults>".utf8))
        #expect(page.blobs.isEmpty)
        #expect(page.nextMarker == nil)
    }

    @Test("container listings skip names inside metadata")
    func containerPage() throws {
        let xml = """
        <?xml version="1.0" encoding="utf-8"?><EnumerationResults ServiceEndpoint="https://acme.blob.core.windows.net/">
        <Containers><Container><Name>curated</Name><Properties><Etag>"x"</Etag></Properties>
        <Metadata><Name>not-a-container</Name></Metadata></Container><Container><Name>raw</Name></Container></Containers>
        <NextMarker>raw2</NextMarker></EnumerationResults>
        """
        let page = try AzureListingParser.containerPage(Array(xml.utf8))
        #expect(page.names == ["curated", "raw"])
        #expect(page.nextMarker == "raw2")
    }

    @Test("error bodies give their code and the first line of the message")
    func errorBody() {
        let xml = """
        \u{FEFF}<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request.
        RequestId:1a2b
        Time:2026-11-28T02:23:00Z</Message><AuthenticationErrorDetail>The MAC signature found...</AuthenticationErrorDetail></Error>
        """
        let parsed = AzureListingParser.error(Array(xml.utf8))
        #expect(parsed.code == "AuthenticationFailed")
        #expect(parsed.message == "Server failed to authenticate the request.")
        #expect(AzureListingParser.error([]).code == nil)
    }

    @Test("malformed XML is an error, not a crash")
    func malformed() {
        #expect(throws: XMLScanner.Failure.self) { try AzureListingParser.blobPage(Array("<EnumerationResults><Blob".utf8)) }
        #expect(throws: XMLScanner.Failure.self) { try AzureListingParser.blobPage(Array("<A b=c>".utf8)) }
        #expect(throws: XMLScanner.Failure.self) {
            try AzureListingParser.blobPage(Array("<html><body>Sign in to the proxy</body></html>".utf8))
        }
        #expect(throws: XMLScanner.Failure.self) {
            try AzureListingParser.blobPage(Array("<EnumerationResults><Blobs><Blob><Name>a".utf8))
        }
    }

    @Test("character references and the five entities are decoded")
    func entities() {
        #expect(XMLScanner.decode(ArraySlice<UInt8>("&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&unknown;&".utf8)) == "<>&\"'AB&unknown;&")
    }

    @Test("RFC 1123 dates round-trip and bad ones are nil")
    func httpDates() throws {
        let date = try #require(HTTPDate.parse("Sat, 28 Nov 2026 02:23:00 GMT"))
        #expect(date.timeIntervalSince1970 == 1_795_832_580)
        #expect(HTTPDate.format(date) == "Sat, 28 Nov 2026 02:23:00 GMT")
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 0)) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 951_782_400)) == "Tue, 29 Feb 2000 00:00:00 GMT")
        #expect(HTTPDate.parse("2026-11-28T02:23:00Z") == nil)
        #expect(HTTPDate.parse("Sat, 31 Foo 2026 02:23:00 GMT") == nil)
    }
}
