import Foundation

/// Writes one HTML and one Markdown file per executive (`notice-<id>.html`, `.md`) and an index
/// (`index.html`, `index.md`) listing every packet with its kind and dates.
public enum NoticeWriter {
    /// Writes the packets into `directory` (created if missing); returns the paths written.
    @discardableResult
    public static func write(_ packets: [NoticePacket], to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written: [String] = []
        var stems = Set<String>()
        var rows: [(NoticePacket, String)] = []
        for packet in packets {
            var stem = packet.fileStem
            var n = 2
            while !stems.insert(stem).inserted { stem = packet.fileStem + "-\(n)"; n += 1 }
            let blocks = NoticeDocuments.blocks(packet)
            let base = (directory as NSString).appendingPathComponent(stem)
            try AtomicFile.write(NoticeRenderer.html(blocks, title: "Notice: \(packet.executiveName) (\(packet.executiveID))"), to: base + ".html")
            try AtomicFile.write(NoticeRenderer.markdown(blocks), to: base + ".md")
            written += [base + ".html", base + ".md"]
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
        let indexBase = (directory as NSString).appendingPathComponent("index")
        try AtomicFile.write(NoticeRenderer.html(index, title: "Notices"), to: indexBase + ".html")
        try AtomicFile.write(NoticeRenderer.markdown(index), to: indexBase + ".md")
        return written + [indexBase + ".html", indexBase + ".md"]
    }
}
