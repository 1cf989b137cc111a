import Hummingbird

/// The one point every route passes for authorization. It allows every request for now and records the
/// caller named by `X-Torro-User` (used in audit rows); authentication is added here and nowhere else.
struct AuthorizationMiddleware: RouterMiddleware {
    typealias Context = TorroRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let user = request.headers[.init("X-Torro-User")!], !user.isEmpty {
            context.actor = String(user.prefix(200))
        }
        return try await next(request, context)
    }
}
