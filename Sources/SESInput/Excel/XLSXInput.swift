import Foundation

/// Where a table is read from a spreadsheet instead of CSV text.
///
/// A file is read as a workbook when its content starts with the ZIP signature (whatever its
/// name: an `.xlsx` passed where a `.csv` was expected is read as the workbook it is). The sheet
/// is the first one, or the one named after a `#` at the end of the path: `book.xlsx#Positions`.
/// Messages name the file and sheet as `book.xlsx[Positions]`, with the row and column numbers
/// of the sheet.
public enum XLSXInput {
    /// The workbook path and sheet name a path stands for: `book.xlsx#Sheet` when no file has that
    /// whole name but `book.xlsx` exists; else the path itself and no sheet.
    public static func split(_ path: String) -> (path: String, sheet: String?) {
        if FileManager.default.fileExists(atPath: path) { return (path, nil) }
        guard let hash = path.lastIndex(of: "#") else { return (path, nil) }
        let base = String(path[..<hash])
        let sheet = String(path[path.index(after: hash)...])
        guard FileManager.default.fileExists(atPath: base), !sheet.isEmpty else { return (path, nil) }
        return (base, sheet)
    }

    /// `path#sheet` for a workbook given without a sheet, so `--sheet NAME` can apply to every
    /// workbook input; other paths unchanged.
    public static func withDefaultSheet(_ path: String, sheet: String?) -> String {
        guard let sheet, split(path).sheet == nil, XLSXWorkbook.isZip(path: path) else { return path }
        return path + "#" + sheet
    }

    /// The sheet's rows when `source` is a workbook, nil when it is text.
    static func sheet(for source: InputSource, maxBytes: Int) throws(InputError) -> (name: String, rows: [(row: Int, cells: [String])])? {
        guard case .file(let given) = source else { return nil }
        let (path, sheet) = split(given)
        guard XLSXWorkbook.isZip(path: path) else { return nil }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let size = (attributes[.size] as? NSNumber)?.intValue, size > maxBytes {
            throw InputText.tooLarge(file: path, size: size, limit: maxBytes)
        }
        let workbook = try XLSXWorkbook(path: path)
        let read = try workbook.rows(sheet: sheet)
        return ("\(path)[\(read.sheet)]", read.rows)
    }
}
