import Foundation

/// Writes to standard error (messages, progress); standard output stays free for data.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
