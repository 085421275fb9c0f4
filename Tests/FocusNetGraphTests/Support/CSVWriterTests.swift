import Testing
@testable import FocusNetGraph

@Suite struct CSVWriterTests {
    @Test func quotesOnlyFieldsThatNeedIt() {
        var csv = CSVWriter(header: ["a", "b"])
        csv.row(["plain", "x,y"])
        csv.row(["say \"hi\"", "línea\nnueva"])
        #expect(csv.text == "a,b\nplain,\"x,y\"\n\"say \"\"hi\"\"\",\"línea\nnueva\"\n")
    }

    @Test func aCRLFPairInsideAFieldIsQuoted() {
        // "\r\n" is one Character; a scan by Character for "\n" or "\r" alone would miss it.
        var csv = CSVWriter(header: ["note"])
        csv.row(["dos\r\nlíneas"])
        #expect(csv.text == "note\n\"dos\r\nlíneas\"\n")
    }

    @Test func formulasAreDefusedAndNumbersKept() {
        var csv = CSVWriter(header: ["v"])
        for field in ["=1+1", "-0.5", "+3", "@SUM(A1)", "1e-9", "-x"] { csv.row([field]) }
        #expect(csv.text == "v\n'=1+1\n-0.5\n+3\n'@SUM(A1)\n1e-9\n'-x\n")
    }
}
