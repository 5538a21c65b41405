import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
@testable import SESWeb

/// Builds requests and contexts to drive the workspace's middlewares directly, without a network.
enum RequestSupport {
    static func context() -> WebContext {
        WebContext(source: ApplicationRequestContextSource(channel: EmbeddedChannel(), logger: Logger(label: "test")))
    }

    /// A request to `path` with the given headers and body.
    static func request(_ method: HTTPRequest.Method, _ path: String, authority: String = "127.0.0.1:8080",
                        headers: HTTPFields = [:], body: ByteBuffer = ByteBuffer()) -> Request {
        let head = HTTPRequest(method: method, scheme: "http", authority: authority, path: path, headerFields: headers)
        return Request(head: head, body: RequestBody(buffer: body))
    }

    /// A multipart/form-data body with the given fields.
    static func multipart(_ fields: [(String, String)], boundary: String = "XyZ-test-boundary") -> (ByteBuffer, String) {
        var text = ""
        for (name, value) in fields {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        text += "--\(boundary)--\r\n"
        return (ByteBuffer(string: text), "multipart/form-data; boundary=\(boundary)")
    }

    /// The handler the middleware would call: records the context it was given.
    final class Recorder: @unchecked Sendable {
        var context: WebContext?
        var calls = 0

        func next(_ request: Request, _ context: WebContext) async throws -> Response {
            self.context = context
            calls += 1
            return Response(status: .ok)
        }
    }
}
