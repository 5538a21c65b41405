import Testing
@testable import SESDomain

@Suite struct CommutingAreaTests {
    @Test func dcAreaDutyStationsShareOneArea() {
        for location in ["Washington, DC", "PENTAGON, ARLINGTON, VA", "Silver Spring, MD", "WASHINGTON, D.C.", "Suitland, MD"] {
            #expect(CommutingArea.normalise(location) == "WASHINGTON DC METRO", "\(location)")
        }
    }

    @Test func otherLocationsNormaliseToCityAndState() {
        #expect(CommutingArea.normalise("Denver, CO") == "DENVER, CO")
        #expect(CommutingArea.normalise("  denver ,  co ") == "DENVER, CO")
        #expect(CommutingArea.normalise("Arlington, TX") == "ARLINGTON, TX")
        #expect(CommutingArea.normalise("") == "")
    }
}
