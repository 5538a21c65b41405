import Foundation
import Testing
@testable import SESDomain

@Suite struct CommutingAreaTests {
    @Test func dcAreaDutyStationsShareOneArea() {
        for location in ["Washington, DC", "PENTAGON, ARLINGTON, VA", "Silver Spring, MD", "WASHINGTON, D.C.", "Suitland, MD",
                         "ROSSLYN, VA", "Ashburn, VA", "BAILEYS CROSSROADS, VA", "Fairfax Station, VA", "WHITE OAK, MD",
                         "Washington DC", "District of Columbia", "ALEXANDRIA, VA"] {
            #expect(CommutingArea.normalise(location) == CommutingArea.washingtonDC, "\(location)")
        }
    }

    @Test func distantInstallationsAreNotTheDCArea() {
        #expect(CommutingArea.normalise("WALLOPS ISLAND, VA") == "WALLOPS ISLAND, VA")
        #expect(CommutingArea.normalise("Dahlgren, VA") == "DAHLGREN, VA")
        #expect(CommutingArea.normalise("BALTIMORE, MD") == "BALTIMORE, MD")
        // Woodlawn, MD (Baltimore County) is Baltimore's area, 35 miles from Washington.
        #expect(CommutingArea.normalise("WOODLAWN, MD") == "BALTIMORE, MD")
    }

    @Test func spellingsOfOnePlaceShareTheArea() {
        #expect(CommutingArea.normalise("NEW YORK, NY") == CommutingArea.normalise("NEW YORK NEW YORK, NY"))
        #expect(CommutingArea.normalise("NEW YORK-KINGS, NY") == CommutingArea.normalise("New York, NY"))
        #expect(CommutingArea.normalise("ST. LOUIS, MO") == CommutingArea.normalise("Saint Louis, MO"))
    }

    @Test func suburbsJoinTheirAnchorCity() {
        #expect(CommutingArea.normalise("LAKEWOOD, CO") == "DENVER, CO")
        #expect(CommutingArea.normalise("Aurora, CO") == "DENVER, CO")
        #expect(CommutingArea.normalise("Denver, CO") == "DENVER, CO")
        #expect(CommutingArea.normalise("  denver ,  co ") == "DENVER, CO")
        #expect(CommutingArea.normalise("Arlington, TX") != CommutingArea.washingtonDC)
    }

    @Test func unknownAndForeignPlacesAreTheirOwnArea() {
        #expect(CommutingArea.normalise("BRUSSELS, Belgium") == "BRUSSELS, BELGIUM")
        #expect(CommutingArea.normalise("Nowhereville, KS") == "NOWHEREVILLE, KS")
        #expect(CommutingArea.normalise("") == "")
    }

    /// The table compiled into the code is the one shipped in data/ (same places, same areas).
    @Test func compiledTableMatchesTheShippedData() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("data/commuting-areas/commuting_areas.csv"), encoding: .utf8)
        var checked = 0
        for line in text.split(separator: "\n").dropFirst() {
            // state,place,"area",miles,gazetteer; the area may be quoted because it holds a comma.
            let quoteParts = line.split(separator: "\"", omittingEmptySubsequences: false)
            let head = quoteParts[0].split(separator: ",", omittingEmptySubsequences: false)
            let area = quoteParts.count >= 3 ? String(quoteParts[1]) : String(head[2])
            #expect(CommutingArea.areas[head[0]]?[head[1]].map(String.init) == area, "\(line)")
            checked += 1
        }
        #expect(checked > 10_000)
        #expect(checked == CommutingArea.areas.values.reduce(0) { $0 + $1.count })
    }
}
