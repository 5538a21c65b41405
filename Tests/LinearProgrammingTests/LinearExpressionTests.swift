import Testing
@testable import LinearProgramming

@Suite("LinearExpression")
struct LinearExpressionTests {
    let x = Variable(index: 0)
    let y = Variable(index: 1)
    let z = Variable(index: 2)

    @Test("operators build the expected terms and constant")
    func operators() {
        let e: LinearExpression = 3 * x + y * 2 - z + 5 - 1.5
        #expect(e.coefficient(of: x) == 3)
        #expect(e.coefficient(of: y) == 2)
        #expect(e.coefficient(of: z) == -1)
        #expect(e.constant == 3.5)

        let negated = -e
        #expect(negated.coefficient(of: x) == -3)
        #expect(negated.constant == -3.5)

        let scaled = 2 * (x + y) - (y - 4)
        #expect(scaled.coefficient(of: x) == 2)
        #expect(scaled.coefficient(of: y) == 1)
        #expect(scaled.constant == 4)

        #expect((x - 1).constant == -1)
        #expect((1 - x).coefficient(of: x) == -1)
        #expect((x + 1.0).constant == 1)
        #expect((-x).coefficient(of: x) == -1)
        #expect((x - y).coefficient(of: y) == -1)
    }

    @Test("duplicates merge and exact zeros are dropped")
    func mergingAndZeros() {
        var e = LinearExpression.sum([(x, 2.0), (y, 1.0), (x, 3.0)])
        #expect(e.coefficient(of: x) == 5)
        #expect(e.termCount == 2)
        e -= 5 * x
        #expect(e.termCount == 1)
        #expect(e.coefficient(of: x) == 0)
        e += y
        e -= 2 * y
        #expect(e.isConstant)
        #expect((0 * (x + y)).termCount == 0)
        #expect(LinearExpression.sum([(z, 0.0)]).isConstant)
    }

    @Test("terms are sorted by variable index regardless of insertion order")
    func deterministicOrder() {
        var e = LinearExpression()
        for index in [7, 3, 9, 0, 5] { e.addTerm(Variable(index: index), Double(index + 1)) }
        #expect(e.terms.map(\.variable.index) == [0, 3, 5, 7, 9])
        #expect(e.description == "v0 + 4*v3 + 6*v5 + 8*v7 + 10*v9")
    }

    @Test("compound assignment and literals")
    func compoundAndLiterals() {
        var e: LinearExpression = 4
        #expect(e.constant == 4)
        let f: LinearExpression = 2.5
        #expect(f.constant == 2.5)
        e += x
        e += 2 * y
        e -= 1.0
        e *= 2
        #expect(e.coefficient(of: x) == 2)
        #expect(e.coefficient(of: y) == 4)
        #expect(e.constant == 6)
        #expect(e.evaluate([1, 1]) == 12)
        #expect(e.evaluate([1]).isNaN)
        #expect(LinearExpression.sum([x, y, x]).coefficient(of: x) == 2)
    }
}
