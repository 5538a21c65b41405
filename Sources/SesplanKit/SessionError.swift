import SESInput
import SESPlanning
import SESReports
import SESSynthetic

/// Why a planning operation stopped, as a value: every case says what was wrong in the words a
/// front end shows (``description``), naming the file, line and column where the input is at fault.
public enum SessionError: Error, Sendable, CustomStringConvertible {
    /// The input files have problems, each with file:line:column.
    case input(InputError)
    /// Pins and forbids given with the run name unknown ids, or pin a pair they also forbid (one line each).
    case pairs([String])
    /// A baseline plan that cannot be used: its path and why.
    case baseline(path: String, reason: String)
    /// Approved moves that cannot be locked (one line each, naming the file and row).
    case lockedMoves([String])
    /// A plan file that is not one `sesplan plan` writes, or cannot be read: its path and why.
    case planFile(path: String, reason: String)
    /// A plan and the inputs given to explain it do not fit together, or the subject is unknown.
    case explain(planFile: String, ExplainError)
    /// The output directory cannot be created or locked.
    case outputDirectory(String)
    /// Writing into an output directory failed; what was there before is unchanged.
    case write(FileWriteError)
    /// Writing a single file failed.
    case file(FileWriteError)
    /// The synthetic generator cannot build the instance asked for.
    case synthesis(SynthesisError)

    /// The message, as the command line prints it.
    public var description: String {
        switch self {
        case .input(let error): return error.description
        case .pairs(let lines), .lockedMoves(let lines): return lines.joined(separator: "\n")
        case .baseline(let path, let reason), .planFile(let path, let reason): return "\(path): \(reason)"
        case .explain(let planFile, let error): return "\(planFile): \(error.description)"
        case .outputDirectory(let message): return message
        case .write(let error): return error.description + "; the previous results, if any, are unchanged"
        case .file(let error): return error.description
        case .synthesis(let error): return error.description
        }
    }
}
