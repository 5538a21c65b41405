import HTTPTypes
import Hummingbird
import Testing
@testable import SESWeb

/// Off the loopback address every request needs the access token; on it, the Host header must be
/// a loopback name (against DNS rebinding).
@Suite struct AccessTokenTests {
    @Test func loopbackNeedsNoTokenOtherAddressesGetOne() throws {
        for host in ["127.0.0.1", "localhost", "::1", "127.1.2.3"] {
            let policy = try AccessPolicy(host: host, token: nil)
            #expect(policy.loopbackOnly && policy.token == nil && policy.admits(nil))
        }
        for host in ["0.0.0.0", "192.168.1.20", "::", "example.org", "127.0.0.1.example.org"] {
            let policy = try AccessPolicy(host: host, token: nil)
            #expect(!policy.loopbackOnly)
            #expect(policy.generated && policy.token?.count == 43)
            #expect(!policy.admits(nil) && !policy.admits("") && policy.admits(policy.token))
        }
    }

    @Test func aGivenTokenIsCheckedForLengthAndCharacters() throws {
        #expect(throws: AccessPolicy.ConfigurationError.self) { try AccessPolicy(host: "0.0.0.0", token: "short") }
        #expect(throws: AccessPolicy.ConfigurationError.self) { try AccessPolicy(host: "0.0.0.0", token: "has spaces in it, sixteen+") }
        let policy = try AccessPolicy(host: "0.0.0.0", token: "a-given_token.0123456789")
        #expect(!policy.generated && policy.admits("a-given_token.0123456789") && !policy.admits("a-given_token.012345678"))
        // A token given on loopback is required too.
        #expect(!(try AccessPolicy(host: "127.0.0.1", token: "a-given_token.0123456789")).admits(nil))
    }

    @Test func hostHeadersOnLoopback() throws {
        let policy = try AccessPolicy(host: "127.0.0.1", token: nil)
        for ok in ["127.0.0.1:8080", "localhost:1", "[::1]:8080", "LOCALHOST", "127.0.0.1"] { #expect(policy.acceptsHostHeader(ok)) }
        for bad in [nil, "", "evil.example:8080", "127.0.0.1.evil.example:8080", "[::2]:80", "localhost.evil:80"] {
            #expect(!policy.acceptsHostHeader(bad))
        }
        #expect(try AccessPolicy(host: "0.0.0.0", token: nil).acceptsHostHeader("anything.example"))
    }

    func respond(_ policy: AccessPolicy, _ request: Request) async throws -> (Response, Int) {
        let recorder = RequestSupport.Recorder()
        let response = try await AccessMiddleware(policy: policy).handle(request, context: RequestSupport.context(), next: recorder.next)
        return (response, recorder.calls)
    }

    @Test func everyRequestOffLoopbackNeedsTheToken() async throws {
        let policy = try AccessPolicy(host: "0.0.0.0", token: nil)
        let token = try #require(policy.token)
        var (response, calls) = try await respond(policy, RequestSupport.request(.get, "/", authority: "10.0.0.5:8080"))
        #expect(response.status == .unauthorized && calls == 0)
        (response, calls) = try await respond(policy, RequestSupport.request(.get, "/?token=wrong", authority: "10.0.0.5:8080"))
        #expect(response.status == .unauthorized && calls == 0)
        // The printed address: the token is accepted once and moved into an HttpOnly cookie.
        (response, calls) = try await respond(policy, RequestSupport.request(.get, "/scenarios/1?token=\(token)", authority: "10.0.0.5:8080"))
        #expect(response.status == .seeOther && calls == 0)
        #expect(response.headers[.location] == "/scenarios/1")
        #expect(response.headers[values: .setCookie].contains { $0.hasPrefix("sesplan_access_8080=\(token)") && $0.contains("HttpOnly") })
        (response, calls) = try await respond(policy, RequestSupport.request(.post, "/scenarios", authority: "10.0.0.5:8080",
                                                                             headers: [.cookie: "sesplan_access_8080=\(token)"]))
        #expect(response.status == .ok && calls == 1)
        (response, calls) = try await respond(policy, RequestSupport.request(.get, "/", authority: "10.0.0.5:8080",
                                                                             headers: [.authorization: "Bearer \(token)"]))
        #expect(response.status == .ok && calls == 1)
        (response, calls) = try await respond(policy, RequestSupport.request(.get, "/", authority: "10.0.0.5:8080",
                                                                             headers: [.cookie: "sesplan_access_8080=\(token)x"]))
        #expect(response.status == .unauthorized && calls == 0)
    }

    @Test func aRebindingHostIsRefusedOnLoopback() async throws {
        let policy = try AccessPolicy(host: "127.0.0.1", token: nil)
        var (response, calls) = try await respond(policy, RequestSupport.request(.get, "/", authority: "attacker.example:8080"))
        #expect(response.status == .misdirectedRequest && calls == 0)
        (response, calls) = try await respond(policy, RequestSupport.request(.get, "/", authority: "localhost:8080"))
        #expect(response.status == .ok && calls == 1)
    }
}
