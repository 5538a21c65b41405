import Foundation

/// Writes one HTML and one Markdown file per executive (`notice-<id>.html`, `.md`) and an index
/// (`index.html`, `index.md`) listing every packet with its kind and dates, as one set
/// (``OutputDirectory``: staged, locked, replacing the previous set at once).
public enum NoticeWriter {
    /// The rendered files, in writing order.
    public static func files(_ packets: [NoticePacket]) -> [(name: String, data: Data)] {
        var files: [(name: String, data: Data)] = []
        var stems = Set<String>()
        var rows: [(NoticePacket, String)] = []
        for packet in packets {
            var stem = packet.fileStem
            var n = 2
            while !stems.insert(stem).inserted { stem = packet.fileStem + "-\(n)"; n += 1 }
            let blocks = NoticeDocuments.blocks(packet)
            files.append((stem + ".html", Data(NoticeRenderer.html(blocks, title: "Notice: \(packet.executiveName) (\(packet.executiveID))").utf8)))
            files.append((stem + ".md", Data(NoticeRenderer.markdown(blocks).utf8)))
            rows.append((packet, stem))
        }
        let index: [NoticeBlock] = [
            .title("Notices of plan \(packets.first.map { String($0.planNumber) } ?? "")"),
            .paragraph(NoticeDocuments.draftLabel),
            .paragraph(packets.isEmpty ? "The plan moves nobody: no notices are needed."
                       : "\(packets.count) executives need written paperwork. Deliver each notice by the date shown."),
            .fields(rows.map { packet, stem in
                NoticeField("\(packet.executiveName) (\(packet.executiveID))",
                            "\(packet.kind.rawValue); deliver by \(packet.noticeBy.iso); effective \(packet.effectiveDate.iso); file \(stem).html")
            }),
        ]
        files.append(("index.html", Data(NoticeRenderer.html(index, title: "Notices").utf8)))
        files.append(("index.md", Data(NoticeRenderer.markdown(index).utf8)))
        return files
    }

    /// Writes the packets into `directory` (created if missing) as one set; returns the paths written.
    @discardableResult
    public static func write(_ packets: [NoticePacket], to directory: String, protecting inputs: [String] = []) throws -> [String] {
        let rendered = files(packets)
        let output = try OutputDirectory(directory, protecting: inputs)
        defer { output.close() }
        try output.publish(rendered)
        return rendered.map { (directory as NSString).appendingPathComponent($0.name) }
    }
}
