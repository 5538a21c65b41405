import XMLCoder

/// The worksheet XML the writer encodes with XMLCoder: rows of cells, text as inline strings,
/// plain decimal numbers as numbers, ISO dates as date-formatted serial numbers.
struct XLSXSheetXML: Encodable, DynamicNodeEncoding {
    struct SheetData: Encodable {
        let row: [Row]
    }
    struct Row: Encodable, DynamicNodeEncoding {
        let r: Int
        let c: [Cell]
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "r" ? .attribute : .element
        }
    }
    struct Inline: Encodable {
        let t: String
    }
    struct Cell: Encodable, DynamicNodeEncoding {
        let r: String
        let t: String?
        let s: Int?
        let v: String?
        let `is`: Inline?
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            ["r", "t", "s"].contains(key.stringValue) ? .attribute : .element
        }
    }

    let xmlns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let sheetData: SheetData

    static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
        key.stringValue == "xmlns" ? .attribute : .element
    }
}
