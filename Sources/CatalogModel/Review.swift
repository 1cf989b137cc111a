import Foundation

/// The review state of an asset, with who decided, when and why.
public struct Review: Sendable, Hashable, Codable {
    public var status: ReviewStatus
    public var reviewedBy: String?
    public var reviewedAt: Date?
    public var comment: String?

    public init(status: ReviewStatus = .pending, reviewedBy: String? = nil, reviewedAt: Date? = nil, comment: String? = nil) {
        self.status = status
        self.reviewedBy = reviewedBy
        self.reviewedAt = reviewedAt
        self.comment = comment
    }

    enum CodingKeys: String, CodingKey {
        case status, comment
        case reviewedBy = "reviewed_by"
        case reviewedAt = "reviewed_at"
    }
}
