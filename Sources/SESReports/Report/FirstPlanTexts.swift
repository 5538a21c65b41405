/// The text a report wrote for each item (a move, an unfilled position) of its first plan, reused
/// for a later plan's item at the same place when the item, and any explanation written with it,
/// are the same bytes (``SameBytes``): alternative plans differ in a few moves, and such a text
/// depends on nothing else.
struct FirstPlanTexts<Item> {
    /// Whether two items are written as the same text (``SameBytes``).
    let same: (Item, Item) -> Bool
    private var items: [Item] = []
    private var texts: [(explanation: String?, text: String)?] = []
    private var recording = false

    /// Texts kept and reused for items that `same` says are written as the same text.
    init(same: @escaping (Item, Item) -> Bool) {
        self.same = same
    }

    /// Starts a plan's items: the first plan's texts are kept, later plans reuse them.
    mutating func start(_ items: [Item], first: Bool) {
        guard first else { recording = false; return }
        self.items = items
        texts = Array(repeating: nil, count: items.count)
        recording = true
    }

    /// The text of item `i` (written with `explanation`, if any): the first plan's when it had the
    /// same item and explanation there, else what `write` gives.
    mutating func text(_ i: Int, _ item: Item, explanation: String? = nil, write: () -> String) -> String {
        if recording {
            let text = write()
            texts[i] = (explanation, text)
            return text
        }
        if i < items.count, let kept = texts[i], SameBytes.text(kept.explanation, explanation), same(items[i], item) {
            return kept.text
        }
        return write()
    }
}
