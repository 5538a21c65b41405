import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Testing
@testable import SESWeb

/// Every POST must carry the browser session's CSRF token, come from this site and fit the upload
/// limit; nothing else reaches a handler.
@Suite final class CSRFTests {
    let directory: String
    let store: Store
    let sessions: SessionStore
    let middleware: SessionMiddleware

    init() throws {
        directory = NSTemporaryDirectory() + "sesplan-csrf-" + UUID().uuidString
        store = try Store(directory: directory)
        sessions = SessionStore(store: store)
        middleware = SessionMiddleware(sessions: sessions, maxBodyBytes: 10_000)
    }

    /// Each test's store goes with it.
    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// A session as a browser would hold it, with its cookie header.
    func browser() async throws -> (SessionRecord, HTTPFields) {
        let session = try await sessions.create()
        return (session, [.cookie: "sesplan_session_8080=\(session.id)"])
    }

    func post(_ fields: [(String, String)], headers: HTTPFields, recorder: RequestSupport.Recorder) async throws -> Response {
        let (body, type) = RequestSupport.multipart(fields)
        var headers = headers
        headers[.contentType] = type
        let request = RequestSupport.request(.post, "/scenarios", headers: headers, body: body)
        return try await middleware.handle(request, context: RequestSupport.context(), next: recorder.next)
    }

    @Test func aFormWithTheSessionTokenReachesTheHandlerWithItsFields() async throws {
        let (session, headers) = try await browser()
        let recorder = RequestSupport.Recorder()
        let response = try await post([("csrf", session.csrf), ("name", "Labor <b>")], headers: headers, recorder: recorder)
        #expect(response.status == .ok)
        #expect(recorder.calls == 1)
        #expect(recorder.context?.form["name"] == "Labor <b>")
    }

    @Test func aMissingOrWrongTokenIsRefused() async throws {
        let (session, headers) = try await browser()
        let (other, _) = try await browser()
        // One character changed: the last one, to a character it is not.
        let altered = String(session.csrf.dropLast()) + (session.csrf.last == "A" ? "B" : "A")
        for fields in [[("name", "x")], [("csrf", ""), ("name", "x")], [("csrf", other.csrf), ("name", "x")],
                       [("csrf", altered), ("name", "x")]] {
            let recorder = RequestSupport.Recorder()
            let response = try await post(fields, headers: headers, recorder: recorder)
            #expect(response.status == .forbidden)
            #expect(recorder.calls == 0)
        }
    }

    @Test func aPostWithoutASessionIsRefusedAndGetsOne() async throws {
        let recorder = RequestSupport.Recorder()
        let response = try await post([("csrf", "anything"), ("name", "x")], headers: [:], recorder: recorder)
        #expect(response.status == .forbidden)
        #expect(recorder.calls == 0)
        #expect(response.headers[values: .setCookie].contains { $0.hasPrefix("sesplan_session_8080=") && $0.contains("HttpOnly") && $0.contains("SameSite=Strict") })
    }

    @Test func aFormFromAnotherSiteIsRefusedEvenWithTheToken() async throws {
        let (session, headers) = try await browser()
        for (name, value) in [("Origin", "http://evil.example"), ("Origin", "null"), ("Sec-Fetch-Site", "cross-site")] {
            var h = headers
            h[HTTPField.Name(name)!] = value
            let recorder = RequestSupport.Recorder()
            let response = try await post([("csrf", session.csrf)], headers: h, recorder: recorder)
            #expect(response.status == .forbidden)
            #expect(recorder.calls == 0)
        }
        var same = headers
        same[.origin] = "http://127.0.0.1:8080"
        let recorder = RequestSupport.Recorder()
        #expect(try await post([("csrf", session.csrf)], headers: same, recorder: recorder).status == .ok)
    }

    @Test func anUploadOverTheLimitIsRefused() async throws {
        let (session, headers) = try await browser()
        let recorder = RequestSupport.Recorder()
        let response = try await post([("csrf", session.csrf), ("executives", String(repeating: "x", count: 20_000))],
                                      headers: headers, recorder: recorder)
        #expect(response.status == .contentTooLarge)
        #expect(recorder.calls == 0)
    }

    @Test func getRequestsPassAndNewBrowsersGetASession() async throws {
        let recorder = RequestSupport.Recorder()
        let response = try await middleware.handle(RequestSupport.request(.get, "/"), context: RequestSupport.context(),
                                                   next: recorder.next)
        #expect(response.status == .ok && recorder.calls == 1)
        let csrf = try #require(recorder.context?.csrf)
        #expect(csrf.count == 43)
    }

    @Test func tokensAreUniqueAndURLSafe() {
        var seen: Set<String> = []
        for _ in 0..<2_000 {
            let token = RandomToken.make()
            #expect(token.count == 43)
            #expect(token.unicodeScalars.allSatisfy(AccessPolicy.tokenCharacters.contains))
            seen.insert(token)
        }
        #expect(seen.count == 2_000)
    }

    @Test func multipartFormsParseTextAndFlagNonUTF8() throws {
        var body = ByteBuffer(string: "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nhello, world\r\n")
        body.writeString("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.csv\"\r\nContent-Type: text/csv\r\n\r\n")
        body.writeBytes([0x69, 0x64, 0xFF, 0x0A])
        body.writeString("\r\n--b--\r\n")
        let form = try FormData.parse(body, contentType: "multipart/form-data; boundary=b")
        #expect(form["a"] == "hello, world")
        #expect(form.notUTF8 == ["f"])
        #expect(throws: FormData.ParseError.self) { try FormData.parse(body, contentType: "application/x-www-form-urlencoded") }
    }
}
