/// What a reader got from one CSV file: the values of the good records with the records they came
/// from, the key (id) of every record that had one, good or not, for cross-file checks, and the problems.
struct ParsedRows<Value> {
    /// A value and the record it was read from.
    struct Row {
        let value: Value
        let record: CSVRecord
    }

    /// The good records' values.
    var rows: [Row] = []
    /// Every record's key (even a record with other problems), so references to it are not reported twice.
    var keys: [(key: String, record: CSVRecord)] = []
    /// Problems in this file.
    var problems: [InputProblem] = []
    /// False when the file could not be read at all (then cross-file checks against it are skipped).
    var readable = false

    /// The good records' values, in file order.
    var values: [Value] { rows.map(\.value) }

    /// The set of keys seen.
    var keySet: Set<String> {
        var set = Set<String>(minimumCapacity: keys.count)
        for k in keys.indices { set.insert(keys[k].key) }
        return set
    }

    /// Reads the table or records why it could not be read.
    mutating func table(_ source: InputSource, required: [String], optional: [String], maxBytes: Int) -> CSVTable? {
        do {
            let table = try CSVTable(source, required: required, optional: optional, maxBytes: maxBytes)
            readable = true
            problems += table.problems
            return table
        } catch {
            problems += error.problems
            return nil
        }
    }

    /// Reports every repeated key at the repeating record, naming the line of the first.
    /// - Parameters:
    ///   - what: the key's description in messages, e.g. "executive id".
    ///   - column: the column to point at.
    ///   - display: how to show a key in the message.
    mutating func reportDuplicateKeys(_ what: String, column: String, display: (String) -> String = { "'\($0)'" }) {
        var first: [String: Int] = [:]
        first.reserveCapacity(keys.count)
        var repeated: [InputProblem] = []
        // Through the buffer, one hash per key: a record is copied only for the problem it gives.
        keys.withUnsafeBufferPointer { keys in
            for k in keys.indices {
                guard let line = first.updateValue(keys[k].record.line, forKey: keys[k].key) else { continue }
                first[keys[k].key] = line
                repeated.append(keys[k].record.problem(column, "duplicate \(what) \(display(keys[k].key)) (first on line \(line))"))
            }
        }
        problems += repeated
    }

    /// The error to throw for this file's problems, or nil when there are none.
    var error: InputError? { problems.isEmpty ? nil : InputError(problems) }

    /// The good records' values, or every problem of the file thrown at once.
    func checkedValues() throws(InputError) -> [Value] {
        if let error { throw error }
        return values
    }

    /// Reads a table of records keyed by their required `id` column, each record once: `read`
    /// turns a record (and its id, when present) into a value, reporting problems on the record;
    /// a record with problems gives those problems instead of a value. A file with a header but no
    /// records, and a repeated id (at the repeating record), are problems too.
    /// - Parameters:
    ///   - rows: what the records are, in the "no rows" message, e.g. "executives".
    ///   - key: the id's description in the duplicate message, e.g. "executive id".
    static func keyedByID(_ source: InputSource, required: [String], optional: [String], maxBytes: Int,
                          rows: String, key: String, read: (inout CSVRecord, _ id: String?) -> Value) -> ParsedRows {
        var result = ParsedRows()
        guard let table = result.table(source, required: required, optional: optional, maxBytes: maxBytes) else {
            return result
        }
        if table.records.isEmpty {
            result.problems.append(InputProblem(file: table.file, message: "no rows: the file has a header but no \(rows)"))
        }
        // Sized once: growing arrays of this many rows copies them into fresh pages again and again.
        result.keys.reserveCapacity(table.records.count)
        result.rows.reserveCapacity(table.records.count)
        for var record in table.records {
            let id = record.requiredString("id")
            if let id { result.keys.append((id, record)) }
            let value = read(&record, id)
            if record.problems.isEmpty {
                result.rows.append(Row(value: value, record: record))
            } else {
                result.problems += record.problems
            }
        }
        result.reportDuplicateKeys(key, column: "id")
        return result
    }
}
