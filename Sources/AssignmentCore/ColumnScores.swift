import SESSupport

/// A component's scores in the order of its arcs by column (``ColumnArcs``), gathered once from the
/// tables the Lagrangian loads again at every step: the problem's own scores and each arc's
/// constraint bits. A column-side repair then reads its arcs' scores in sequence, less the step's
/// multipliers (``ArcScores/modified(_:bits:multipliers:)``: bit for bit the costs the solver
/// loaded), instead of one scattered read per arc from the costs in row order, nearly every one a
/// cache miss once there are millions of arcs.
struct ColumnScores: Sendable {
    /// The tables the scores were gathered from (kept, so that their storage names them).
    let source: ArcScores
    /// Each arc's score in `source.base`, in column order.
    let base: [Double]
    /// Each arc's constraint bits in `source.membership`, in column order; nil when it has none.
    let bits: [UInt8]?

    /// Whether scores stored as `loaded` are these tables' at some multipliers: the same scores,
    /// and the same constraint bits or none (the scores as they are).
    func reads(_ loaded: ArcScores.TableIdentity) -> Bool {
        let own = source.tableIdentity
        return loaded.base == own.base && loaded.count == own.count
            && (loaded.membership == nil || loaded.membership == own.membership)
    }

    /// Gathers `source`'s scores (and bits) of the arcs `columnOrder` lists, each a local arc
    /// number that `global` maps to its index in `source` (the identity when nil).
    init(source: ArcScores, columnOrder: [Int32], global: UnsafeBufferPointer<Int>?) {
        self.source = source
        let count = columnOrder.count
        var bits: [UInt8]?
        base = source.base.withUnsafeBufferPointer { scores in
            columnOrder.withUnsafeBufferPointer { order in
                HugePages.array(count: count) { (base: UnsafeMutableBufferPointer<Double>) in
                    for p in 0..<count {
                        let k = Int(order[p])
                        base.initializeElement(at: p, to: scores[global?[k] ?? k])
                    }
                }
            }
        }
        if let membership = source.membership {
            bits = membership.withUnsafeBufferPointer { membership in
                columnOrder.withUnsafeBufferPointer { order in
                    [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
                        for p in 0..<count {
                            let k = Int(order[p])
                            buffer.initializeElement(at: p, to: membership[global?[k] ?? k])
                        }
                        initialized = count
                    }
                }
            }
        }
        self.bits = bits
    }
}
