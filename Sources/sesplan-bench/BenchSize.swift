import ArgumentParser

/// `ROWSxCOLUMNSxARCS` on the command line.
struct BenchSize: ExpressibleByArgument, Sendable {
    var rows: Int, columns: Int, arcs: Int

    init(_ rows: Int, _ columns: Int, _ arcs: Int) {
        (self.rows, self.columns, self.arcs) = (rows, columns, arcs)
    }

    init?(argument: String) {
        let parts = argument.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 3, parts.allSatisfy({ $0 > 0 }) else { return nil }
        self.init(parts[0], parts[1], parts[2])
    }

    var defaultValueDescription: String { "\(rows)x\(columns)x\(arcs)" }
}
