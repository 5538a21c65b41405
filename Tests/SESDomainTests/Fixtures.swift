import SESDomain

/// Small builders for rule tests: a career executive in P1 at AG/C1 in Washington, and positions.
enum Fixture {
    static let asOf = Day(iso: "2026-12-01")!

    static func executive(_ id: String = "E1", appointment: Appointment = .career, agency: String = "AG",
                          component: String = "C1", position: String? = "P1", ecq: [Int] = [3, 3, 3, 3, 3],
                          skills: [String] = [], positionStart: String? = "2022-01-01", sesStart: String? = "2018-01-01",
                          volunteer: Bool = false, noticeWaived: Bool = false, willingTransfer: Bool = false,
                          willingRelocate: Bool = true, protectedDisclosure: Bool = false,
                          moratoriumUntil: String? = nil, appointmentEnd: String? = nil, preferred: [String] = []) -> Executive {
        Executive(id: id, name: "Synthetic \(id)", appointment: appointment, agency: agency, component: component,
                  positionID: position, positionStart: positionStart.flatMap(Day.init(iso:)),
                  sesStart: sesStart.flatMap(Day.init(iso:)), ecq: ecq, skills: skills,
                  willingTransfer: willingTransfer, willingRelocate: willingRelocate, volunteer: volunteer,
                  noticeWaived: noticeWaived, protectedDisclosure: protectedDisclosure,
                  moratoriumUntil: moratoriumUntil.flatMap(Day.init(iso:)),
                  appointmentEnd: appointmentEnd.flatMap(Day.init(iso:)), preferredPositions: preferred)
    }

    static func position(_ id: String, agency: String = "AG", component: String = "C1", location: String = "Washington, DC",
                         designation: Designation = .general, priority: Double = 5, mustFill: Bool = false,
                         fillBy: String? = nil, minimum: [Int] = [2, 2, 2, 2, 2], required: [String] = [],
                         desired: [String] = [], supervisorStart: String? = nil) -> Position {
        Position(id: id, title: "Synthetic \(id)", agency: agency, component: component, location: location,
                 designation: designation, priority: priority, mustFill: mustFill, fillBy: fillBy.flatMap(Day.init(iso:)),
                 ecqMinimum: minimum, requiredSkills: required, desiredSkills: desired,
                 supervisorStart: supervisorStart.flatMap(Day.init(iso:)))
    }

    static func assessor(_ executives: [Executive], _ positions: [Position], agencies: [Agency] = [],
                         configure: (inout Policy) -> Void = { _ in }) -> PairAssessor {
        var policy = Policy(asOf: asOf)
        configure(&policy)
        return PairAssessor(instance: Instance(executives: executives, positions: positions, agencies: agencies, policy: policy))
    }
}
