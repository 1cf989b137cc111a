import CatalogModel
import Foundation

/// SQL statements whose lineage could not be read.
public protocol LineageFailureStore: Sendable {
    /// Records failures seen at `time`; one already recorded (same key) only gets its position, process and time updated.
    func record(_ failures: [LineageFailureInput], at time: Date) async throws
    /// Failures, last seen first, of one connection or of all.
    func failures(connectionID: Int64?, limit: Int, offset: Int) async throws -> Page<LineageFailure>
}
