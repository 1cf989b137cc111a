extension URN {
    /// The URN of a dataset: `urn:dataset:<platform>:<authority>/<path>`, as DESIGN.md lays it out
    /// (`urn:dataset:oracle:db.example.com:1521/ORCL.SALES.ORDERS`); throws when the result is not a valid URN.
    public static func dataset(platform: String, authority: String, path: String) throws(CatalogError) -> URN {
        try URN(parsing: "urn:dataset:\(platform):\(authority)/\(path)")
    }
}
