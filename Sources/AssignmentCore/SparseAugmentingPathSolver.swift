import SESSupport

/// Exact min-cost assignment on one sparse component by successive shortest augmenting paths.
///
/// Works in min-cost form (`cost = −score`). Every optional row `i` has an implicit private
/// column `m + i` of cost 0 (“unassigned”), reachable from row `i` only. The invariants between
/// augmentations, with reduced cost `c_ij − u_i − v_j`:
///
/// 1. every matched row has reduced cost `≥ 0` on all its arcs (its implicit column included)
///    and `0` on its matched arc;
/// 2. `v_j ≤ 0` for every real column and `v_j = 0` for every free column; implicit columns
///    always have `v = 0`.
///
/// Each free row then runs Dijkstra over reduced costs (four-ary heap, lazy deletion) to the
/// nearest free column, potentials of the columns settled before it drop by their slack, and
/// the path is flipped; this keeps both invariants (free columns are never settled below the
/// sink distance, so they keep `v = 0`, and matched columns stay matched). When every row is
/// processed, the matching with `u`, `v` satisfies dual feasibility and complementary
/// slackness for the LP (`v_j < 0` only on matched columns; `−u_i ≥ 0` for optional rows via
/// their implicit column), so it is optimal. A must-assign row with no path to a free column
/// proves infeasibility (Berge: any matching covering the matched rows plus it would give an
/// augmenting path in the symmetric difference).
///
/// A warm start keeps the old column potentials and every old pair that stays tight; a column
/// whose pair is dropped keeps its potential too (so no other pair loses tightness), which
/// relaxes invariant 2 for such a “deficient” free column (`v_j < 0`). Row augmentations may end
/// at one (it is then matched). Each one still free at the end is repaired by a shortest path
/// from the column side (``repair(column:)``), after which both invariants hold again, so the
/// result is optimal exactly as after a cold start.
final class SparseAugmentingPathSolver {
    private let rowCount: Int
    private let columnCount: Int
    private let rowStart: UnsafeMutablePointer<Int>
    private let column: UnsafeMutablePointer<Int32>
    private let cost: UnsafeMutablePointer<Double>
    private let optional: UnsafeMutablePointer<Bool>
    private let arcCount: Int
    /// The component solved (its arcs' global indices map the scores given to ``load(scores:)``).
    private let component: AssignmentComponent

    // Min-form duals and the matching. `columnForRow[i]` is -1 (free), a real column, or
    // `columnCount + i` (matched to its implicit column, i.e. unassigned).
    private let u: UnsafeMutablePointer<Double>
    private let v: UnsafeMutablePointer<Double>
    private let rowForColumn: UnsafeMutablePointer<Int32>
    private let columnForRow: UnsafeMutablePointer<Int32>

    // Dijkstra scratch over real plus implicit columns.
    private let dist: UnsafeMutablePointer<Double>
    private let pred: UnsafeMutablePointer<Int32>
    private let seen: UnsafeMutablePointer<UInt32>
    private let done: UnsafeMutablePointer<UInt32>
    private let settled: UnsafeMutablePointer<Int32>
    private var epoch: UInt32 = 0
    private let heap: FourAryHeap
    /// The least cost of each block of ``blockSize`` consecutive arcs (blocks aligned on arc
    /// numbers, so one may span two rows). As every real column has `v ≤ vCeiling`, an arc's
    /// distance `base + c − v` is at least `base + c − vCeiling` (in floating point too: rounding
    /// is monotone): a search skips a block whose least cost cannot bring a column below the
    /// nearest free column found so far. Such arcs would be neither queued nor a new sink, and a
    /// column they would have touched is queued later only below that sink, as it would have been
    /// anyway, so skipping them changes nothing else, not even the order of ties.
    private let blockMinimum: UnsafeMutablePointer<Double>
    private static let blockSize = 4  // ``load(scores:)`` fills blocks of four
    /// Whether searches skip blocks (always, but for tests that compare with a full scan).
    private let pruning: Bool
    /// At least every real column's `v`: 0 in exact arithmetic, a little more where rounding in the
    /// potential updates has pushed a `v` just above 0.
    private var vCeiling = 0.0

    // Column-major arcs, taken (or built) on the first column-side repair and kept for later solves.
    private var columnArcs: ColumnArcs?
    /// The column-major arcs when they were begun ahead on another thread.
    private let preparedColumnArcs: Prepared<ColumnArcs>?
    /// Rows settled by a column-side repair.
    private var settledRows: [Int32] = []
    /// The tables of the scores last loaded (compared with the arcs by column's own, never read)
    /// and their multipliers (none when the scores are the tables' as they are).
    private var loadedTables: ArcScores.TableIdentity?
    private var loadedMultipliers: [Double] = []
    /// Whether repairs read the scores in column order when the arcs by column have the loaded
    /// tables' (always, but for tests that compare with the scattered reads).
    var readsColumnScores = true

    /// Number of Dijkstra searches run by the last solve (for diagnostics and tests).
    private(set) var searchCount = 0
    /// Number of column-side repairs run by the last solve (for diagnostics and tests).
    private(set) var repairCount = 0

    /// Prepares solves of `component`, first under `scores` (``load(scores:)`` gives later
    /// solves other scores without building the structure again).
    /// `columnArcs`, when given, are the component's arcs by column, begun ahead.
    convenience init(component: AssignmentComponent, scores: [Double], pruning: Bool = true,
                     columnArcs: Prepared<ColumnArcs>? = nil) {
        self.init(component: component, scores: ArcScores(scores), pruning: pruning, columnArcs: columnArcs)
    }

    /// ``init(component:scores:pruning:columnArcs:)`` with the scores as ``ArcScores``.
    init(component: AssignmentComponent, scores: ArcScores, pruning: Bool = true,
         columnArcs: Prepared<ColumnArcs>? = nil) {
        self.pruning = pruning
        preparedColumnArcs = columnArcs
        self.component = component
        rowCount = component.rowCount
        columnCount = component.columnCount
        arcCount = component.arcCount
        let nodeCount = columnCount + rowCount
        rowStart = .allocate(capacity: rowCount + 1)
        column = .allocate(capacity: max(arcCount, 1))
        cost = .allocate(capacity: max(arcCount, 1))
        optional = .allocate(capacity: max(rowCount, 1))
        u = .allocate(capacity: max(rowCount, 1))
        v = .allocate(capacity: max(columnCount, 1))
        rowForColumn = .allocate(capacity: max(columnCount, 1))
        columnForRow = .allocate(capacity: max(rowCount, 1))
        dist = .allocate(capacity: max(nodeCount, 1))
        pred = .allocate(capacity: max(nodeCount, 1))
        seen = .allocate(capacity: max(nodeCount, 1))
        done = .allocate(capacity: max(nodeCount, 1))
        settled = .allocate(capacity: max(columnCount, 1))
        heap = FourAryHeap(capacity: min(max(arcCount, 16), 1 << 16))
        let blocks = (arcCount + Self.blockSize - 1) / Self.blockSize
        blockMinimum = .allocate(capacity: max(blocks, 1))
        HugePages.advise(UnsafeMutableRawPointer(column), bytes: max(arcCount, 1) * MemoryLayout<Int32>.stride)
        HugePages.advise(UnsafeMutableRawPointer(cost), bytes: max(arcCount, 1) * MemoryLayout<Double>.stride)
        HugePages.advise(UnsafeMutableRawPointer(blockMinimum), bytes: max(blocks, 1) * MemoryLayout<Double>.stride)

        component.rowStart.withUnsafeBufferPointer { rowStart.initialize(from: $0.baseAddress!, count: rowCount + 1) }
        component.localColumn.withUnsafeBufferPointer {
            if arcCount > 0 { column.initialize(from: $0.baseAddress!, count: arcCount) }
        }
        for i in 0..<rowCount { optional[i] = !component.mustAssign[i] }
        seen.initialize(repeating: 0, count: max(nodeCount, 1))
        done.initialize(repeating: 0, count: max(nodeCount, 1))
        load(scores: scores)
    }

    /// Sets the arcs' costs (`−score` of each arc's global index in `scores`) and their block
    /// minimums for the next solve; the structure, the scratch and the arcs by column are kept.
    func load(scores: [Double]) {
        load(scores: ArcScores(scores))
    }

    /// ``load(scores:)`` with the scores as ``ArcScores`` (modified scores read as they are loaded).
    func load(scores: ArcScores) {
        loadedTables = scores.tableIdentity
        loadedMultipliers = scores.membership == nil ? [] : scores.multipliers
        nonisolated(unsafe) let cost = cost, blockMinimum = blockMinimum
        let arcCount = arcCount
        let size = Self.blockSize
        let fullBlocks = arcCount / size
        // Block by block, the minimum taken in arc order (`b < a ? b : a`, as a scan would keep it);
        // the blocks in two halves, one per core, each writing only its own blocks.
        @Sendable @inline(__always) func fill(_ blocks: Range<Int>, _ score: (Int) -> Double) {
            for b in blocks {
                let k = b * size
                let c0 = -score(k), c1 = -score(k + 1), c2 = -score(k + 2), c3 = -score(k + 3)
                cost[k] = c0
                cost[k + 1] = c1
                cost[k + 2] = c2
                cost[k + 3] = c3
                blockMinimum[b] = min(min(min(c0, c1), c2), c3)
            }
            guard blocks.upperBound == fullBlocks else { return }
            var k = fullBlocks * size
            while k < arcCount {
                let c = -score(k)
                cost[k] = c
                blockMinimum[fullBlocks] = k == fullBlocks * size ? c : min(blockMinimum[fullBlocks], c)
                k += 1
            }
        }
        component.arcs.withTable { arcs in
            scores.withReader { scoreOf in
                nonisolated(unsafe) let globalOf = arcs?.baseAddress
                Parallel.halves(count: fullBlocks, minimumRun: 1 << 14) { blocks in
                    if let global = globalOf {
                        fill(blocks) { scoreOf(global[$0]) }
                    } else {
                        fill(blocks) { scoreOf($0) }
                    }
                }
            }
        }
    }

    deinit {
        rowStart.deallocate()
        column.deallocate()
        cost.deallocate()
        optional.deallocate()
        u.deallocate()
        v.deallocate()
        rowForColumn.deallocate()
        columnForRow.deallocate()
        dist.deallocate()
        pred.deallocate()
        seen.deallocate()
        done.deallocate()
        settled.deallocate()
        blockMinimum.deallocate()
    }

    /// Solves the component, warm-starting from `warmStart` when given (exactly: only the
    /// part of the old matching that stays tight under the new costs is kept).
    func solve(warmStart: LocalWarmStart? = nil) -> LocalOutcome {
        searchCount = 0
        repairCount = 0
        // Both initialisations leave every real column's v at most 0.
        vCeiling = 0
        var initialised = false
        if let warmStart { initialised = initialise(from: warmStart) }
        if !initialised { initialiseCold() }
        for row in 0..<rowCount where columnForRow[row] < 0 {
            if !augment(from: row) { return .infeasible(localRow: row) }
        }
        if initialised {
            for j in 0..<columnCount where rowForColumn[j] < 0 && v[j] < 0 { repair(column: j) }
        }
        return .solved(extract())
    }

    // MARK: Initialisation

    /// `v = 0`; every row takes a cheapest arc (a free one on ties) when that column is free.
    private func initialiseCold() {
        for j in 0..<columnCount {
            v[j] = 0
            rowForColumn[j] = -1
        }
        for i in 0..<rowCount {
            columnForRow[i] = -1
            greedyMatch(row: i)
        }
        reduceRows()
    }

    /// Augmenting row reduction (Jonker and Volgenant, 1987) on the rows the greedy pass left free,
    /// two passes: a free row takes its cheapest column by `c − v`, and that column's `v` drops so
    /// that the row's second-cheapest column costs the same (`u` of the row is then its row minimum,
    /// so its reduced costs stay `≥ 0`); the column's previous row becomes free and is tried at once.
    /// On a tie the row takes the second column if it is free, else displaces the first column's
    /// row for the next pass. Only matched columns' `v` drop and free columns keep `v = 0`, so both
    /// invariants hold after, and most rows are matched before any shortest-path search.
    private func reduceRows() {
        let m = columnCount
        var free: [Int32] = []
        for i in 0..<rowCount where columnForRow[i] < 0 { free.append(Int32(i)) }
        // A row is tried at most a few times (each try that drops a `v` may free another row): ties
        // and tiny drops cannot make the reduction long, and a row left free goes to the searches.
        // The bound is per row, so a component's rows fare the same whether it is solved alone or
        // within a larger problem.
        var tries = [UInt8](repeating: 0, count: rowCount)
        for _ in 0..<2 where !free.isEmpty {
            var later: [Int32] = []
            var k = 0
            while k < free.count {
                let i = Int(free[k])
                k += 1
                guard tries[i] < 8 else { continue }
                tries[i] += 1
                // The cheapest and second-cheapest columns by c − v (an optional row's own column,
                // index m + i, costs 0 and keeps v = 0); `arc` is the cheapest's arc.
                var u1 = Double.infinity, u2 = Double.infinity
                var j1 = -1, j2 = -1, arc = -1
                if optional[i] { u1 = 0; j1 = m + i }
                for a in rowStart[i]..<rowStart[i + 1] {
                    let j = Int(column[a])
                    let h = cost[a] - v[j]
                    if h < u1 {
                        u2 = u1; j2 = j1
                        u1 = h; j1 = j; arc = a
                    } else if h < u2 {
                        u2 = h; j2 = j
                    }
                }
                if j1 < 0 || j1 >= m {
                    // No arc, or the row's own column is cheapest: the free column is its own.
                    if j1 >= m { u[i] = 0; columnForRow[i] = Int32(j1) } else { later.append(Int32(i)) }
                    continue
                }
                var target = j1
                var displaced = Int(rowForColumn[j1])
                let dropped = u1 < u2 && u2 < .infinity
                if dropped {
                    // c − v of the target becomes u2, written so that c − u − v is exactly 0.
                    v[j1] = cost[arc] - u2
                    if v[j1] > vCeiling { vCeiling = v[j1] }
                    u[i] = u2
                } else if displaced >= 0, j2 >= 0, j2 >= m || rowForColumn[j2] < 0 {
                    // A tie (or a single column): the second column is free, so it is taken instead.
                    target = j2
                    displaced = -1
                    u[i] = u1
                } else {
                    u[i] = u1
                    if u2 == .infinity && displaced >= 0 {
                        // One column only, and it is taken: left for the shortest-path search.
                        later.append(Int32(i))
                        continue
                    }
                }
                columnForRow[i] = Int32(target)
                if target < m { rowForColumn[target] = Int32(i) }
                guard displaced >= 0 else { continue }
                columnForRow[displaced] = -1
                if dropped {
                    k -= 1
                    free[k] = Int32(displaced)
                } else {
                    later.append(Int32(displaced))
                }
            }
            free = later
        }
    }

    /// Computes `u_i` as the row minimum of `c − v` and matches row `i` to a free column
    /// attaining it (real columns need `v = 0`, which holds for every free column).
    @inline(__always)
    private func greedyMatch(row i: Int) {
        let start = rowStart[i]
        let end = rowStart[i + 1]
        var best = optional[i] ? 0.0 : Double.infinity
        for k in start..<end {
            let h = cost[k] - v[Int(column[k])]
            if h < best { best = h }
        }
        u[i] = best
        if optional[i] && best == 0 {
            columnForRow[i] = Int32(columnCount + i)
            return
        }
        for k in start..<end {
            let j = Int(column[k])
            if rowForColumn[j] < 0 && cost[k] - v[j] == best {
                columnForRow[i] = Int32(j)
                rowForColumn[j] = Int32(i)
                return
            }
        }
    }

    /// Keeps the old column potentials and the old pairs that stay tight under the new costs;
    /// frees the rest. A freed column keeps its potential (it may be left deficient, `v < 0`, for
    /// ``repair(column:)``), so no other pair loses tightness and one pass settles it. Returns
    /// `false` (caller starts cold) when the warm start does not fit this component.
    private func initialise(from warm: LocalWarmStart) -> Bool {
        guard warm.columnPotential.count == columnCount, warm.columnForRow.count == rowCount else { return false }
        for j in 0..<columnCount {
            v[j] = min(0, -warm.columnPotential[j])
            rowForColumn[j] = -1
        }
        for i in 0..<rowCount {
            let j = Int(warm.columnForRow[i])
            if j >= columnCount { return false }
            if j >= 0 {
                if rowForColumn[j] >= 0 { return false }
                columnForRow[i] = Int32(j)
                rowForColumn[j] = Int32(i)
            } else {
                columnForRow[i] = optional[i] ? Int32(columnCount + i) : -1
            }
        }
        // Columns the old solution left free had v = 0 there; keep it so.
        for j in 0..<columnCount where rowForColumn[j] < 0 { v[j] = 0 }
        keepTightPairs()
        for i in 0..<rowCount where columnForRow[i] < 0 { greedyMatch(row: i) }
        return true
    }

    /// Sets each row's `u` to its minimum of `c − v` and frees its warm pair unless the pair attains
    /// it. A row reads only `v` and its own arcs and writes only its own entries and its own matched
    /// column's (no two rows share one), so the rows are done in two runs of about half the arcs
    /// each, one per core, with the same result as one pass.
    private func keepTightPairs() {
        nonisolated(unsafe) let rowStart = rowStart, column = column, cost = cost, optional = optional, u = u, v = v,
            columnForRow = columnForRow, rowForColumn = rowForColumn
        let m = columnCount
        @Sendable func settle(_ rows: Range<Int>) {
            for i in rows {
                let start = rowStart[i]
                let end = rowStart[i + 1]
                var best = optional[i] ? 0.0 : Double.infinity
                var matchedReduced = Double.nan
                let matched = Int(columnForRow[i])
                for k in start..<end {
                    let j = Int(column[k])
                    let h = cost[k] - v[j]
                    if h < best { best = h }
                    if j == matched { matchedReduced = h }
                }
                u[i] = best
                if matched < 0 { continue }
                if matched >= m {
                    if best != 0 { columnForRow[i] = -1 }  // no longer the cheapest option
                    continue
                }
                if !(matchedReduced == best) {
                    columnForRow[i] = -1
                    rowForColumn[matched] = -1
                }
            }
        }
        guard arcCount >= splitArcMinimum else { return settle(0..<rowCount) }
        // The first row whose arcs begin at or after half of them.
        var low = 0, high = rowCount
        while low < high {
            let mid = (low + high) / 2
            if rowStart[mid] < arcCount / 2 { low = mid + 1 } else { high = mid }
        }
        let runs = [0..<low, low..<rowCount]
        _ = Parallel.halves(count: 2, minimumRun: 1) { part in
            for run in part { settle(runs[run]) }
        }
    }

    /// Passes over fewer arcs than this stay on the calling thread (tests set it to compare the
    /// split pass with one pass).
    var splitArcMinimum = 1 << 17

    // MARK: Column-side repair

    private func buildColumnArcs() {
        columnArcs = preparedColumnArcs?.value ?? ColumnArcs(component: component)
        settledRows = [Int32](repeating: 0, count: rowCount)
    }

    /// Makes a deficient free column `j0` (`v < 0`) lawful again, every row being matched: the
    /// mirror of ``augment(from:)``. Raising `v` on a tree of columns grown from `j0` (and lowering
    /// `u` on their matched rows by as much) keeps every pair of the tree tight; a row enters when
    /// one of its arcs into the tree becomes tight, bringing its matched column. The search stops
    /// at the first of: a tree column reaches `v = 0` (it becomes the free one, each row on the
    /// path moving to the column it entered by), or an unassigned optional row enters (it takes
    /// the column it entered by). Keys are the raises at which nodes enter (Dijkstra over reduced
    /// costs, which stay `≥ 0`), so dual feasibility and complementary slackness hold after.
    private func repair(column j0: Int) {
        repairCount += 1
        if columnArcs == nil { buildColumnArcs() }
        let columnArcs = columnArcs!
        // The costs of the column's arcs: read in sequence from the scores by column when they are
        // the loaded tables' (the same cost, bit for bit: `−` the same modified score), else one
        // scattered read per arc.
        if readsColumnScores, let scores = columnArcs.scores, let loaded = loadedTables, scores.reads(loaded) {
            scores.base.withUnsafeBufferPointer { base in
                guard let bits = scores.bits, !loadedMultipliers.isEmpty else {
                    return repair(column: j0, arcs: columnArcs, cost: { -base[$0] })
                }
                bits.withUnsafeBufferPointer { bits in
                    loadedMultipliers.withUnsafeBufferPointer { lambda in
                        let lambda = lambda.baseAddress!
                        repair(column: j0, arcs: columnArcs) {
                            -ArcScores.modified(base[$0], bits: bits[$0], multipliers: lambda)
                        }
                    }
                }
            }
        } else {
            columnArcs.arc.withUnsafeBufferPointer { arc in
                let cost = self.cost
                repair(column: j0, arcs: columnArcs) { cost[Int(arc[$0])] }
            }
        }
    }

    /// ``repair(column:)`` with `cost(a)` the cost of the arc at `a` in column order.
    @inline(__always)
    private func repair(column j0: Int, arcs columnArcs: ColumnArcs, cost: (Int) -> Double) {
        let columnArcStart = columnArcs.start, columnArcRow = columnArcs.row
        epoch &+= 1
        if epoch == 0 {
            let nodeCount = columnCount + rowCount
            seen.update(repeating: 0, count: nodeCount)
            done.update(repeating: 0, count: nodeCount)
            epoch = 1
        }
        let epoch = self.epoch
        let m = columnCount
        heap.removeAll()
        var settledColumnCount = 0
        var settledRowCount = 0

        // Node ids: column j is j; row i is m + i. The first stop event (a tree column reaching
        // v = 0, or an unassigned optional row entering) is kept aside instead of queued, and
        // nothing at or beyond it is queued at all: the search ends before reaching it.
        var stop = Double.infinity
        var freedColumn = -1
        var lastRow = -1
        func enter(_ k: Int, at raise: Double) {
            done[k] = epoch
            dist[k] = raise
            settled[settledColumnCount] = Int32(k)
            settledColumnCount += 1
            let reachesZero = raise - v[k]
            if reachesZero < stop { stop = reachesZero; freedColumn = k; lastRow = -1 }
            for a in columnArcStart[k]..<columnArcStart[k + 1] {
                let i = Int(columnArcRow[a])
                let node = m + i
                if done[node] == epoch { continue }
                let key = raise + cost(a) - u[i] - v[k]
                if key >= stop { continue }
                if seen[node] != epoch || key < dist[node] {
                    seen[node] = epoch
                    dist[node] = key
                    pred[node] = Int32(k)
                    let matched = Int(columnForRow[i])
                    if matched >= m || matched < 0 {
                        stop = key; freedColumn = -1; lastRow = i
                    } else {
                        heap.push(key, Int32(node))
                    }
                }
            }
        }
        enter(j0, at: 0)
        while !heap.isEmpty {
            let entry = heap.pop()
            let node = Int(entry.node)
            if done[node] == epoch || entry.key > dist[node] { continue }
            if entry.key >= stop { break }
            done[node] = epoch
            let i = node - m
            settledRows[settledRowCount] = Int32(i)
            settledRowCount += 1
            enter(Int(columnForRow[i]), at: entry.key)
        }
        let raise = stop

        for s in 0..<settledColumnCount {
            let k = Int(settled[s])
            v[k] += raise - dist[k]
            if v[k] > vCeiling { vCeiling = v[k] }
        }
        for s in 0..<settledRowCount {
            let i = Int(settledRows[s])
            u[i] -= raise - dist[m + i]
        }
        var i: Int
        if freedColumn >= 0 {
            v[freedColumn] = 0
            if freedColumn == j0 { return }
            i = Int(rowForColumn[freedColumn])
            rowForColumn[freedColumn] = -1
        } else {
            i = lastRow
        }
        // Each row on the path moves to the column it entered by, back to j0.
        while true {
            let p = Int(pred[m + i])
            let previous = Int(rowForColumn[p])
            columnForRow[i] = Int32(p)
            rowForColumn[p] = Int32(i)
            if p == j0 { break }
            i = previous
        }
    }

    // MARK: Augmentation

    /// Dijkstra from free row `source` to the nearest free column, then potential update and
    /// path flip. Returns `false` when no free column is reachable.
    private func augment(from source: Int) -> Bool {
        searchCount += 1
        epoch &+= 1
        if epoch == 0 {  // wrapped: clear stamps
            let nodeCount = columnCount + rowCount
            seen.update(repeating: 0, count: nodeCount)
            done.update(repeating: 0, count: nodeCount)
            epoch = 1
        }
        let epoch = self.epoch
        // The arrays as locals: stores through one pointer would otherwise make the compiler reload
        // every other pointer from the object in the inner loop.
        let column = self.column, cost = self.cost, v = self.v, u = self.u, rowStart = self.rowStart
        let seen = self.seen, done = self.done, dist = self.dist, pred = self.pred, settled = self.settled
        let rowForColumn = self.rowForColumn, optional = self.optional, blockMinimum = self.blockMinimum
        let heap = self.heap, pruning = self.pruning, ceiling = vCeiling
        heap.removeAll()
        var settledCount = 0
        let m = columnCount

        // A free column (real or implicit) ends the search; the nearest one seen so far is kept
        // aside instead of queued, and nothing at or beyond its distance is queued at all: the
        // search stops before reaching it. (Columns tied with it would have a zero potential change.)
        var sink = -1
        var sinkDistance = Double.infinity

        // Column `j` reached from row `i` at distance `d`: kept if nearer than before, queued,
        // or set aside as the sink when it is free.
        @inline(__always) func reach(_ j: Int, at d: Double, from i: Int) {
            guard seen[j] != epoch || d < dist[j] else { return }
            seen[j] = epoch
            dist[j] = d
            pred[j] = Int32(i)
            if rowForColumn[j] < 0 {
                if d < sinkDistance { sink = j; sinkDistance = d }
            } else if d < sinkDistance {
                heap.push(d, Int32(j))
            }
        }

        // Source row: distances with u_source taken as 0.
        do {
            for k in rowStart[source]..<rowStart[source + 1] {
                let j = Int(column[k])
                reach(j, at: cost[k] - v[j], from: source)
            }
            if optional[source] {
                let j = m + source
                seen[j] = epoch
                dist[j] = 0
                pred[j] = Int32(source)
                if 0 < sinkDistance { sink = j; sinkDistance = 0 }
            }
        }

        while !heap.isEmpty {
            let entry = heap.pop()
            let j = Int(entry.node)
            if done[j] == epoch || entry.key > dist[j] { continue }
            let d = entry.key
            if d >= sinkDistance { break }
            done[j] = epoch
            settled[settledCount] = Int32(j)
            settledCount += 1
            let i = Int(rowForColumn[j])
            let base = d - u[i]
            var k = rowStart[i]
            let end = rowStart[i + 1]
            while k < end {
                let block = k / Self.blockSize
                let blockEnd = min(end, (block + 1) * Self.blockSize)
                if pruning && base + blockMinimum[block] - ceiling >= sinkDistance { k = blockEnd; continue }
                while k < blockEnd {
                    let jj = Int(column[k])
                    if done[jj] != epoch { reach(jj, at: base + cost[k] - v[jj], from: i) }
                    k += 1
                }
            }
            if optional[i] {
                let jj = m + i
                if seen[jj] != epoch || base < dist[jj] {
                    seen[jj] = epoch
                    dist[jj] = base
                    pred[jj] = Int32(i)
                    if base < sinkDistance { sink = jj; sinkDistance = base }
                }
            }
        }
        if sink < 0 { return false }

        // Potentials: settled columns drop by their slack to the sink; their rows follow.
        for s in 0..<settledCount {
            let j = Int(settled[s])
            let delta = sinkDistance - dist[j]
            v[j] -= delta
            if v[j] > vCeiling { vCeiling = v[j] }
            u[Int(rowForColumn[j])] += delta
        }
        u[source] = sinkDistance

        // Flip the path.
        var j = sink
        while true {
            let i = Int(pred[j])
            let previous = Int(columnForRow[i])
            columnForRow[i] = Int32(j)
            if j < m { rowForColumn[j] = Int32(i) }
            if i == source { break }
            j = previous
        }
        return true
    }

    // MARK: Result

    /// Converts to max form, recomputing `u` from the matched arcs to remove drift.
    private func extract() -> LocalAssignment {
        var arcForRow = [Int](repeating: -1, count: rowCount)
        var rowPotential = [Double](repeating: 0, count: rowCount)
        var columnPotential = [Double](repeating: 0, count: columnCount)
        for j in 0..<columnCount { columnPotential[j] = max(0, -v[j]) }
        for i in 0..<rowCount {
            let j = Int(columnForRow[i])
            if j >= columnCount || j < 0 { continue }  // unassigned: u = 0
            var matched = rowStart[i]
            while Int(column[matched]) != j { matched += 1 }
            arcForRow[i] = matched
            // max-form u = −u' = −(c − v') = v' − c
            let value = v[j] - cost[matched]
            rowPotential[i] = optional[i] ? max(0, value) : value
        }
        return LocalAssignment(arcForRow: arcForRow, rowPotential: rowPotential, columnPotential: columnPotential)
    }
}
