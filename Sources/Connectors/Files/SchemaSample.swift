import CatalogModel

/// The schema read from one member of a data set.
struct SchemaSample {
    var object: StoredObject
    /// The member's partition path ("" when the data set has none, or for files directly in its root).
    var partition: String
    var columns: [Column]
}
