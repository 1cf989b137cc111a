/// The page sizes every list of the API accepts.
public enum Paging {
    /// Items a page may hold.
    public static let limitRange = 1...500
    /// Items a page holds when the client does not say.
    public static let defaultLimit = 50
}
