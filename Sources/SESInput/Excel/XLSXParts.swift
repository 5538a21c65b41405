/// The parts of an Office Open XML workbook (ECMA-376 SpreadsheetML) that the reader decodes with
/// XMLCoder. Only the elements and attributes the reader needs are declared; others are ignored.
enum XLSXParts {
    /// Text that may carry attributes such as `xml:space="preserve"`.
    struct Text: Decodable {
        let value: String
        enum CodingKeys: String, CodingKey { case value = "" }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            value = (try? container.decode(String.self, forKey: .value)) ?? ""
        }
    }

    /// `xl/workbook.xml`.
    struct Workbook: Decodable {
        struct Properties: Decodable {
            let date1904: String?
        }
        struct Sheets: Decodable {
            let sheet: [Sheet]
        }
        struct Sheet: Decodable {
            let name: String
            /// The relationship id, `r:id` (the attribute keeps its prefix when namespaces are processed).
            let id: String
            struct Key: CodingKey {
                let stringValue: String
                var intValue: Int? { nil }
                init(stringValue: String) { self.stringValue = stringValue }
                init?(intValue: Int) { nil }
            }
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: Key.self)
                name = try container.decode(String.self, forKey: Key(stringValue: "name"))
                id = try container.decodeIfPresent(String.self, forKey: Key(stringValue: "r:id"))
                    ?? container.decode(String.self, forKey: Key(stringValue: "id"))
            }
        }
        let workbookPr: Properties?
        let sheets: Sheets
    }

    /// `xl/_rels/workbook.xml.rels`.
    struct Relationships: Decodable {
        struct Relationship: Decodable {
            let Id: String
            let Target: String
        }
        let Relationship: [Relationship]
    }

    /// `xl/sharedStrings.xml`: plain strings (`<t>`) or rich text runs (`<r><t>`).
    struct SharedStrings: Decodable {
        struct Item: Decodable {
            struct Run: Decodable { let t: Text? }
            let t: Text?
            let r: [Run]?
            var text: String { t?.value ?? (r ?? []).map { $0.t?.value ?? "" }.joined() }
        }
        let si: [Item]?
    }

    /// `xl/styles.xml`: number formats and the cell formats that use them.
    struct Styles: Decodable {
        struct NumberFormats: Decodable {
            struct Format: Decodable {
                let numFmtId: String
                let formatCode: String
            }
            let numFmt: [Format]?
        }
        struct CellFormats: Decodable {
            struct Format: Decodable { let numFmtId: String? }
            let xf: [Format]?
        }
        let numFmts: NumberFormats?
        let cellXfs: CellFormats?
    }

    /// `xl/worksheets/sheetN.xml`.
    struct Worksheet: Decodable {
        struct SheetData: Decodable {
            let row: [Row]?
        }
        struct Row: Decodable {
            let r: String?
            let c: [Cell]?
        }
        struct Cell: Decodable {
            struct Inline: Decodable {
                let t: Text?
                let r: [SharedStrings.Item.Run]?
                var text: String { t?.value ?? (r ?? []).map { $0.t?.value ?? "" }.joined() }
            }
            let r: String?
            let t: String?
            let s: String?
            let v: Text?
            let `is`: Inline?
        }
        let sheetData: SheetData
    }
}
