/// The size of a connected component of the arc graph: what decides how it is solved.
struct ComponentShape: Sendable, Equatable {
    /// Rows of the component.
    var rows: Int
    /// Columns of the component (columns without arcs too, for the whole problem).
    var columns: Int
    /// Arcs of the component.
    var arcs: Int
    /// Rows that may stay unassigned.
    var optionalRows: Int
}
