import Foundation
import SESDomain
import Testing
@testable import SESInput
@testable import SESSupport
@testable import SESSynthetic

@Suite("Synthetic generator")
struct SynthGeneratorTests {
    static let asOf = Day(year: 2026, month: 12, day: 1)!

    func smallImport() throws -> PLUMImport {
        try PLUMImporter.parse(PLUMTestData.small, file: "/somewhere/plum.csv")
    }

    func contents(_ instance: SyntheticInstance) -> [String] {
        instance.files(regenerateCommand: "cmd").map(\.contents)
    }

    @Test("SplitMix64 matches the reference sequence for seed 0")
    func splitMixReference() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    @Test("SplitMix64 helpers stay in range and are deterministic")
    func splitMixHelpers() {
        var a = SplitMix64(seed: 42, stream: "x"), b = SplitMix64(seed: 42, stream: "x")
        for _ in 0..<1000 {
            let v = a.int(in: -3...7)
            #expect((-3...7).contains(v))
            #expect(b.int(in: -3...7) == v)
            let u = a.unit()
            #expect(u >= 0 && u < 1)
            #expect(b.unit() == u)
        }
        var c = SplitMix64(seed: 42, stream: "y")
        #expect(c.next() != a.next())
        var items = Array(0..<20)
        c.shuffle(&items)
        #expect(items.sorted() == Array(0..<20))
        let sample = c.sample(Array(0..<100), count: 3)
        #expect(Set(sample).count == 3)
    }

    @Test("same seed gives the same bytes; a different seed different ones")
    func determinism() throws {
        let plum = try smallImport()
        let one = try SyntheticGenerator(seed: 7, asOf: Self.asOf).generate(from: plum)
        let again = try SyntheticGenerator(seed: 7, asOf: Self.asOf).generate(from: plum)
        let other = try SyntheticGenerator(seed: 8, asOf: Self.asOf).generate(from: plum)
        #expect(contents(one) == contents(again))
        #expect(contents(one)[1] != contents(other)[1])
        #expect(one.files().map(\.name) == SyntheticInstance.fileNames)
    }

    @Test("an agency alone gets the same rows as in the governmentwide run")
    func agencyStreamsAreIndependent() throws {
        let plum = try smallImport()
        let all = try SyntheticGenerator(seed: 3, asOf: Self.asOf).generate(from: plum)
        let one = try SyntheticGenerator(seed: 3, asOf: Self.asOf, agency: "other agency").generate(from: plum)
        #expect(one.agency == "OTHER AGENCY")
        #expect(one.positions == all.positions.filter { $0.agency == "OTHER AGENCY" })
        #expect(one.executives == all.executives.filter { $0.agency == "OTHER AGENCY" })
    }

    @Test("generated data is legally consistent and labelled synthetic")
    func consistency() throws {
        let plum = try smallImport()
        for seed: UInt64 in 1...40 {
            let instance = try SyntheticGenerator(seed: seed, asOf: Self.asOf, unplacedShare: 0.2).generate(from: plum)
            #expect(instance.consistencyProblems() == [], "seed \(seed)")
            let real = Set(plum.positions.map(\.position.id))
            for p in instance.positions where !real.contains(p.id) {
                #expect(p.designation == .careerReserved)
                #expect(p.id.hasPrefix("SYN-CR-"))
                #expect(p.title.hasSuffix("(synthetic)"))
            }
            for e in instance.executives {
                #expect(e.name.hasPrefix("Synthetic "))
                #expect(e.id.hasPrefix("SYN-E-"))
            }
            // Incumbents of the real positions carry the PLUM appointment.
            for p in plum.positions {
                let holders = instance.executives.filter { $0.positionID == p.position.id }
                #expect(holders.count == (p.status == .filled ? 1 : 0))
                #expect(holders.first?.appointment == p.incumbentAppointment)
            }
            #expect(instance.executives.contains { $0.positionID == nil })
        }
    }

    @Test("parameters out of range and unknown agencies are refused")
    func badParameters() throws {
        let plum = try smallImport()
        #expect(throws: SynthesisError.self) {
            try SyntheticGenerator(unplacedShare: 0.9).generate(from: plum)
        }
        let error = #expect(throws: SynthesisError.self) {
            try SyntheticGenerator(agency: "SMALL AGENCIES").generate(from: plum)
        }
        #expect(error?.message.contains("close names: SMALL AGENCY") == true)
        #expect(throws: SynthesisError.self) { try SyntheticGenerator().generate(from: [], sourceName: "x") }
    }

    @Test("README and policy.yaml say what is real and synthetic, with seed and version")
    func readmeAndPolicy() throws {
        let instance = try SyntheticGenerator(seed: 99, asOf: Self.asOf).generate(from: try smallImport())
        let readme = instance.readme(regenerateCommand: "swift run sesplan synth ...")
        #expect(readme.contains("| seed | 99 |"))
        #expect(readme.contains("SyntheticGenerator \(SyntheticGenerator.version)"))
        #expect(readme.contains("`plum.csv`"))
        #expect(!readme.contains("/somewhere"))
        #expect(readme.contains("Everything else is synthetic"))
        #expect(readme.contains("swift run sesplan synth ..."))
        let yaml = instance.policyYAML
        #expect(yaml.contains("\nas_of: 2026-12-01\n"))
        #expect(yaml.contains("\nplans: 3\n"))
        #expect(yaml.contains("\nmin_difference: 2\n"))
        #expect(yaml.contains("\n  max_moves: "))
        #expect(yaml.contains("\n  max_relocations: "))
    }

    @Test("the regenerate command quotes what the shell needs quoted")
    func command() {
        let g = SyntheticGenerator(seed: 2026, asOf: Self.asOf, agency: "DEPARTMENT OF LABOR")
        #expect(g.regenerateCommand(plumPath: "data/plum-2025/ses_positions_current.csv", outDirectory: "examples/labor")
            == "swift run sesplan synth --plum data/plum-2025/ses_positions_current.csv "
            + "--agency \"DEPARTMENT OF LABOR\" --seed 2026 --as-of 2026-12-01 --out examples/labor")
        #expect(SyntheticGenerator.shellQuoted("a \"b\" $c") == "\"a \\\"b\\\" \\$c\"")
    }

    @Test("all 77 agencies of the real file: consistent, about half Career Reserved")
    func governmentwide() throws {
        let plum = try PLUMImporter.read(contentsOf: PLUMTestData.path)
        let instance = try SyntheticGenerator(seed: 1).generate(from: plum)
        #expect(instance.consistencyProblems() == [])
        #expect(instance.agencies.count == 77)
        let reserved = instance.positions.filter { $0.designation == .careerReserved }.count
        let share = Double(reserved) / Double(instance.positions.count)
        #expect(share > 0.45 && share < 0.55)
        let placed = instance.executives.filter { $0.positionID != nil }.count
        let unplaced = instance.executives.count - placed
        #expect(Double(unplaced) / Double(placed) > 0.02 && Double(unplaced) / Double(placed) < 0.05)
        let flags = [\Executive.willingTransfer, \.willingRelocate, \.volunteer, \.noticeWaived, \.protectedDisclosure]
            .map { flag in Double(instance.executives.filter { $0[keyPath: flag] }.count) / Double(instance.executives.count) }
        #expect(abs(flags[0] - 0.15) < 0.03)
        #expect(abs(flags[1] - 0.30) < 0.03)
        // A written request to move: a blanket one (volunteer) or one naming a position.
        let asking = Double(instance.executives.filter { $0.volunteer || !$0.requestedPositions.isEmpty }.count)
            / Double(instance.executives.count)
        #expect(abs(asking - 0.10) < 0.02)
        #expect(instance.executives.contains { !$0.requestedPositions.isEmpty })
        #expect(abs(flags[3] - 0.03) < 0.015)
        #expect(flags[4] > 0.002 && flags[4] < 0.02)
    }
}
