extension PairScreen {
    /// The index of the positions each executive is qualified for, or nil when the standards do
    /// not fit its packed form (then every candidate position is tested).
    public func qualifiedPositions() -> QualifiedPositions? {
        QualifiedPositions(qualification)
    }

    /// The position executive `i` holds (index), if any.
    public func stayPosition(of i: Int) -> Int? {
        executives[i].position >= 0 ? executives[i].position : nil
    }

    /// Whether the kernel rejects every move to a position the appointee is not qualified for, so
    /// that only the positions of ``QualifiedPositions`` and the stay need be screened: 5 U.S.C.
    /// 3395(a)(1)(A) holds for every reassignment and transfer (``LawKernel``), and a stay is no move.
    /// Asked of the kernel itself on a move that breaks nothing else.
    public var onlyQualifiedMoves: Bool {
        let move = PairFacts(appointment: .career, designation: .general, isStay: false, placement: false,
                             sameAgency: true, relocation: false, qualified: false, requested: true, blanketRequest: true,
                             willingTransfer: true, willingRelocate: true, protectedDisclosure: false, urgentNeed: false,
                             dutiesEnd: nil)
        return LawKernel.violations(move, effective: asOf, serviceEnd: nil, rules: rules).contains(RuleMask(.qualification))
    }
}
