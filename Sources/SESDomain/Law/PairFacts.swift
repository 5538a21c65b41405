/// What the rules need to know about one executive holding one position after the plan. The fast
/// screen (``PairScreen``) and the full assessment (``PairAssessor``) gather these facts each in
/// their own way and then ask the same ``LawKernel``, so a rule is decided in one place.
public struct PairFacts: Sendable, Hashable {
    public var appointment: Appointment
    public var designation: Designation
    /// The executive's own position (the stay arc).
    public var isStay: Bool
    /// The executive has no position of record (a placement, an initial appointment).
    public var placement: Bool
    public var sameAgency: Bool
    /// The move leaves the executive's commuting area.
    public var relocation: Bool
    /// Meets the position's qualification standard (ECQ minimums, required skills).
    public var qualified: Bool
    /// The executive asked in writing for this position (`requested_positions`).
    public var requested: Bool
    /// The executive made a blanket written request to be moved (`volunteer`).
    public var blanketRequest: Bool
    /// A blanket written request to transfer to another agency (`willing_transfer`).
    public var willingTransfer: Bool
    public var willingRelocate: Bool
    public var protectedDisclosure: Bool
    /// The position was established for a bona fide, unanticipated, urgent need.
    public var urgentNeed: Bool
    /// The day the position's duties expire, if known.
    public var dutiesEnd: Day?

    /// Creates the facts.
    public init(appointment: Appointment, designation: Designation, isStay: Bool, placement: Bool, sameAgency: Bool,
                relocation: Bool, qualified: Bool, requested: Bool, blanketRequest: Bool, willingTransfer: Bool,
                willingRelocate: Bool, protectedDisclosure: Bool, urgentNeed: Bool, dutiesEnd: Day?) {
        self.appointment = appointment; self.designation = designation; self.isStay = isStay
        self.placement = placement; self.sameAgency = sameAgency; self.relocation = relocation
        self.qualified = qualified; self.requested = requested; self.blanketRequest = blanketRequest
        self.willingTransfer = willingTransfer; self.willingRelocate = willingRelocate
        self.protectedDisclosure = protectedDisclosure; self.urgentNeed = urgentNeed; self.dutiesEnd = dutiesEnd
    }

    /// What the move is.
    public var action: MoveAction {
        isStay ? .stay : placement ? .placement : sameAgency ? .reassignment : .transfer
    }

    /// A change of position of an incumbent (reassignment or transfer).
    public var isMove: Bool { !isStay && !placement }

    /// Voluntary: the executive asked in writing for this move, or for any move (blanket). Voluntariness
    /// belongs to the move (5 U.S.C. 3395(e)); a placement is an appointment and needs no request.
    /// A transfer is always the executive's own move: the kernel allows one only on a written request.
    public var voluntary: Bool { isStay || placement || !sameAgency || requested || blanketRequest }
}
