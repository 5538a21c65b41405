import Foundation

/// The commands a Markdown document shows: shell command blocks, and `sesplan ...` usage in any
/// code (inline spans and fenced blocks of any language).
struct MarkdownCommands {
    /// One command of a shell block: backslash continuations joined, with the line it starts on.
    struct Command: CustomStringConvertible {
        var file: String
        var line: Int
        var text: String
        /// The exit code the document announces in a trailing comment (`# exit code 4`), else 0.
        var expectedExit: Int32 {
            guard let match = text.firstMatch(of: /#.*\bexit code (\d+)/), let code = Int32(match.output.1) else { return 0 }
            return code
        }
        var description: String { "\(file):\(line): \(text)" }
    }

    /// A fenced block: its info string (`sh`, `text`, ...), first content line and logical lines.
    struct Block {
        var language: String
        var line: Int
        var lines: [(line: Int, text: String)]
    }

    let file: String
    let blocks: [Block]
    /// Inline code spans outside fenced blocks.
    let spans: [String]

    /// Reads a Markdown file; `file` is the name used in messages.
    init(contentsOf url: URL, file: String) throws {
        self.file = file
        let text = try String(contentsOf: url, encoding: .utf8)
        var blocks: [Block] = []
        var spans: [String] = []
        var open: Block?
        var pending: (line: Int, text: String)?
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if var block = open {
                if trimmed == "```" {
                    if let pending { block.lines.append(pending) }
                    pending = nil
                    blocks.append(block)
                    open = nil
                    continue
                }
                let continued = trimmed.hasSuffix("\\")
                let piece = continued ? String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces) : trimmed
                if var current = pending {
                    current.text += " " + piece
                    pending = current
                } else if !piece.isEmpty {
                    pending = (index + 1, piece)
                }
                if !continued, let done = pending {
                    block.lines.append(done)
                    pending = nil
                }
                open = block
            } else if trimmed.hasPrefix("```") {
                open = Block(language: String(trimmed.dropFirst(3)).trimmingCharacters(in: .whitespaces), line: index + 2, lines: [])
            } else {
                spans += raw.matches(of: /`([^`]+)`/).map { String($0.output.1) }
            }
        }
        self.blocks = blocks
        self.spans = spans
    }

    /// The commands of the shell blocks (`sh`, `bash`, `shell`), comments and blank lines left out.
    var shellCommands: [Command] {
        blocks.filter { ["sh", "bash", "shell"].contains($0.language) }.flatMap { block in
            block.lines.filter { !$0.text.hasPrefix("#") }.map { Command(file: file, line: $0.line, text: $0.text) }
        }
    }

    /// Every piece of code that mentions `sesplan`: inline spans and the logical lines of every block.
    var sesplanUsages: [String] {
        (spans + blocks.flatMap { $0.lines.map(\.text) }).filter { $0.contains("sesplan ") }
    }
}
