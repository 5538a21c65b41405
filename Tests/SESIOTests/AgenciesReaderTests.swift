import Foundation
import SESDomain
import Testing
@testable import SESInput

@Suite("AgenciesReader")
struct AgenciesReaderTests {
    @Test("good rows, empty fields and a header-only file")
    func goodRows() throws {
        let agencies = try AgenciesReader.read(.text("""
            Agency,head_appointed,ses_allocation,noncareer_cap_pct
            DOE,2026-09-15,150,20
            DOJ,,,
            """, name: "agencies.csv"))
        #expect(agencies == [Agency(name: "DOE", headAppointed: Day(iso: "2026-09-15"), sesAllocation: 150, noncareerCapPct: 20),
                             Agency(name: "DOJ")])
        #expect(try AgenciesReader.read(.text("agency\n", name: "agencies.csv")).isEmpty)
    }

    @Test("bad values and duplicate agencies")
    func badValues() {
        let directory = ReaderTempDirectory()
        let path = directory.file("agencies.csv", """
            agency,head_appointed,ses_allocation,noncareer_cap_pct
            DOE,2026-9-15,-1,101
            DOJ,,12.5,abc
            DOE,,,

            """)
        #expect(readerProblems { try AgenciesReader.read(.file(path)) } == [
            "\(path):2:2: column 'head_appointed': not a date: '2026-9-15' (use YYYY-MM-DD, or M/D/YYYY as Excel shows US dates)",
            "\(path):2:3: column 'ses_allocation': must be between 0 and 100000, got -1",
            "\(path):2:4: column 'noncareer_cap_pct': must be between 0 and 100, got 101",
            "\(path):3:3: column 'ses_allocation': not a whole number: '12.5'",
            "\(path):3:4: column 'noncareer_cap_pct': not a number: 'abc'",
            "\(path):4:1: column 'agency': duplicate agency 'DOE' (first on line 2)",
        ])
    }
}
