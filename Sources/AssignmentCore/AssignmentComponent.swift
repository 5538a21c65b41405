/// One connected component of the arc graph, renumbered locally.
///
/// Rows and columns are listed in increasing global order; local arc `k` (in row-major order,
/// so local arcs of a row are contiguous) is global arc `arcs[k]` and enters local column
/// `localColumn[k]`. Columns without arcs belong to no component; a row without arcs forms a
/// component of its own with no columns.
struct AssignmentComponent: Sendable {
    /// Global index of each local row.
    let rows: [Int32]
    /// Global index of each local column.
    let columns: [Int32]
    /// Global index of each local arc (the identity, not stored, when the component is the whole
    /// problem).
    let arcs: ArcIndexMap
    /// Local column of each local arc.
    let localColumn: [Int32]
    /// `rows.count + 1` offsets into the local arcs.
    let rowStart: [Int]
    /// Whether each local row must be assigned.
    let mustAssign: [Bool]

    var rowCount: Int { rows.count }
    /// Its rows, columns, arcs and optional rows.
    var shape: ComponentShape {
        ComponentShape(rows: rows.count, columns: columns.count, arcs: arcs.count,
                       optionalRows: mustAssign.reduce(0) { $0 + ($1 ? 0 : 1) })
    }
    var columnCount: Int { columns.count }
    var arcCount: Int { arcs.count }

    /// The whole problem as a single component (no decomposition).
    init(wholeProblem problem: SparseAssignmentProblem) {
        rows = (0..<problem.rowCount).map { Int32($0) }
        columns = (0..<problem.columnCount).map { Int32($0) }
        arcs = ArcIndexMap(identity: problem.arcCount)
        localColumn = problem.arcColumn
        rowStart = problem.rowStart
        mustAssign = problem.mustAssign
    }

    init(rows: [Int32], columns: [Int32], arcs: [Int], localColumn: [Int32], rowStart: [Int], mustAssign: [Bool]) {
        self.rows = rows
        self.columns = columns
        self.arcs = ArcIndexMap(arcs)
        self.localColumn = localColumn
        self.rowStart = rowStart
        self.mustAssign = mustAssign
    }

    /// Splits `problem` into the connected components of its arc graph (union–find over rows
    /// and columns). Components are ordered by their smallest row, so the split is
    /// deterministic. When `keepWhole` says so, given the components' shapes, the problem is kept
    /// as one component instead (no arc is copied).
    static func split(_ problem: SparseAssignmentProblem,
                      keepWhole: ([ComponentShape]) -> Bool = { _ in false }) -> [AssignmentComponent] {
        let rowCount = problem.rowCount
        let nodeCount = rowCount + problem.columnCount
        var parent = [Int32](unsafeUninitializedCapacity: nodeCount) { buffer, initialized in
            for node in 0..<nodeCount { buffer[node] = Int32(node) }
            initialized = nodeCount
        }
        var componentOfRoot = [Int32](repeating: -1, count: nodeCount)
        var componentOfRow = [Int32](repeating: 0, count: rowCount)
        var componentCount = 0
        parent.withUnsafeMutableBufferPointer { parent in
            func find(_ node: Int) -> Int {
                var root = node
                while Int(parent[root]) != root { root = Int(parent[root]) }
                var current = node
                while Int(parent[current]) != root {
                    let next = Int(parent[current])
                    parent[current] = Int32(root)
                    current = next
                }
                return root
            }
            problem.arcColumn.withUnsafeBufferPointer { arcColumn in
                for row in 0..<rowCount {
                    // The row's root, kept up to date across its own unions (the smaller root wins).
                    var a = find(row)
                    for arc in problem.arcs(ofRow: row) {
                        let b = find(rowCount + Int(arcColumn[arc]))
                        if a != b {
                            parent[max(a, b)] = Int32(min(a, b))
                            a = min(a, b)
                        }
                    }
                }
            }
            // Number components by first row; the root of a row's set is its smallest node, a row.
            for row in 0..<rowCount {
                let root = find(row)
                if componentOfRoot[root] < 0 {
                    componentOfRoot[root] = Int32(componentCount)
                    componentCount += 1
                }
                componentOfRow[row] = componentOfRoot[root]
            }
            // Every column's root, for the shapes and numbering below.
            for column in 0..<problem.columnCount { _ = find(rowCount + column) }
        }
        var shapes = [ComponentShape](repeating: ComponentShape(rows: 0, columns: 0, arcs: 0, optionalRows: 0),
                                      count: componentCount)
        for row in 0..<rowCount {
            let component = Int(componentOfRow[row])
            shapes[component].rows += 1
            shapes[component].arcs += problem.arcs(ofRow: row).count
            if !problem.mustAssign[row] { shapes[component].optionalRows += 1 }
        }
        for column in 0..<problem.columnCount {
            let component = componentOfRoot[Int(parent[rowCount + column])]
            if component >= 0 { shapes[Int(component)].columns += 1 }
        }
        // One component holding every row and column: its local numbering is the problem's own,
        // so it shares the problem's arrays instead of copying them (about 12 bytes per arc).
        if (componentCount == 1 && shapes[0].columns == problem.columnCount) || keepWhole(shapes) {
            return [AssignmentComponent(wholeProblem: problem)]
        }
        var rowsOf = [[Int32]](repeating: [], count: componentCount)
        for row in 0..<rowCount { rowsOf[Int(componentOfRow[row])].append(Int32(row)) }
        var columnsOf = [[Int32]](repeating: [], count: componentCount)
        var localIndex = [Int32](repeating: -1, count: problem.columnCount)
        for column in 0..<problem.columnCount {
            let component = componentOfRoot[Int(parent[rowCount + column])]  // compressed to its root above
            guard component >= 0 else { continue }  // no arcs
            localIndex[column] = Int32(columnsOf[Int(component)].count)
            columnsOf[Int(component)].append(Int32(column))
        }
        return (0..<componentCount).map { component in
            let rows = rowsOf[component]
            var arcCount = 0
            for row in rows { arcCount += problem.arcs(ofRow: Int(row)).count }
            var arcs: [Int] = []
            var localColumn: [Int32] = []
            arcs.reserveCapacity(arcCount)
            localColumn.reserveCapacity(arcCount)
            var rowStart = [0]
            rowStart.reserveCapacity(rows.count + 1)
            for row in rows {
                for arc in problem.arcs(ofRow: Int(row)) {
                    arcs.append(arc)
                    localColumn.append(localIndex[Int(problem.arcColumn[arc])])
                }
                rowStart.append(arcs.count)
            }
            return AssignmentComponent(
                rows: rows,
                columns: columnsOf[component],
                arcs: arcs,
                localColumn: localColumn,
                rowStart: rowStart,
                mustAssign: rows.map { problem.mustAssign[Int($0)] })
        }
    }
}
