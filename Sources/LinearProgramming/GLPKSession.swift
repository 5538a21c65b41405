import CGLPK

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Scoped access to the calling thread's GLPK environment.
///
/// GLPK 5 keeps its environment (terminal settings, memory) in thread-local
/// storage, so every GLPK call of one operation must happen on one thread,
/// inside ``run(_:)``. While a session is active, everything GLPK would print
/// is captured into ``text`` instead of reaching stdout; sessions nest
/// (innermost captures), and the outermost one restores GLPK's defaults.
final class GLPKSession {
    /// Text GLPK wrote to its terminal during this session.
    private(set) var text = ""
    private let enclosing: GLPKSession?

    private init(enclosing: GLPKSession?) {
        self.enclosing = enclosing
    }

    fileprivate func append(_ string: String) {
        text += string
    }

    /// Runs `body` with GLPK terminal output captured and suppressed.
    static func run<Result>(_ body: (GLPKSession) throws(ModelError) -> Result) throws(ModelError) -> Result {
        let key = currentSessionKey
        let enclosing = pthread_getspecific(key).map {
            Unmanaged<GLPKSession>.fromOpaque($0).takeUnretainedValue()
        }
        let session = GLPKSession(enclosing: enclosing)
        pthread_setspecific(key, Unmanaged.passUnretained(session).toOpaque())
        let previousTerminalState = glp_term_out(GLP_ON)
        glp_term_hook({ _, string in
            // Route text to the innermost session of this thread; return
            // non-zero so GLPK never writes to stdout itself.
            if let string, let raw = pthread_getspecific(currentSessionKey) {
                Unmanaged<GLPKSession>.fromOpaque(raw).takeUnretainedValue().append(String(cString: string))
            }
            return 1
        }, nil)
        defer {
            withExtendedLifetime(session) {
                if let enclosing {
                    pthread_setspecific(key, Unmanaged.passUnretained(enclosing).toOpaque())
                } else {
                    pthread_setspecific(key, nil)
                    glp_term_hook(nil, nil)
                    glp_term_out(previousTerminalState)
                }
            }
        }
        return try body(session)
    }
}

/// Thread-specific slot holding the innermost active ``GLPKSession``.
private let currentSessionKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key, nil)
    precondition(status == 0, "pthread_key_create failed with \(status)")
    return key
}()
