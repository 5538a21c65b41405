/// The text a report wrote for each item (a move, an unfilled position) of its first plan, reused
/// for a later plan's item at the same place when the item, and any explanation written with it,
/// are the same bytes (``SameBytes``): alternative plans differ in a few moves, and such a text
/// depends on nothing else.
struct FirstPlanTexts<Item> {
    /// Whether two items are written as the same text (``SameBytes``).
    let same: (Item, Item) -> Bool
    private var items: [Item] = []
    private var texts: [(explanation: String?, text: [UInt8])?] = []
    private var recording = false

    /// Texts kept and reused for items that `same` says are written as the same text.
    init(same: @escaping (Item, Item) -> Bool) {
        self.same = same
    }

    /// Starts a plan's items: the first plan's texts are kept, later plans reuse them; nothing is
    /// kept when no plan follows (`later` false).
    mutating func start(_ items: [Item], first: Bool, later: Bool = true) {
        guard first, later else { recording = false; return }
        self.items = items
        texts = Array(repeating: nil, count: items.count)
        recording = true
    }

    /// Appends the text of item `i` (written with `explanation`, if any) to `out`: the first plan's
    /// when it had the same item and explanation there, else what `write` appends.
    mutating func text(_ i: Int, _ item: Item, explanation: String? = nil, into out: inout TextBuffer,
                       write: (inout TextBuffer) -> Void) {
        if recording {
            let start = out.bytes.count
            write(&out)
            texts[i] = (explanation, Array(out.bytes[start...]))
            return
        }
        if i < items.count, let kept = texts[i], SameBytes.text(kept.explanation, explanation), same(items[i], item) {
            out.put(bytes: kept.text)
            return
        }
        write(&out)
    }
}
