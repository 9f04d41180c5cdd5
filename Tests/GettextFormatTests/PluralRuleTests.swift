import Testing

@testable import GettextFormat

@Suite struct PluralRuleTests {
  @Test func englishLaoKhmerAndASlavicFormula() throws {
    #expect((0...3).map(PluralRule.english.form(for:)) == [1, 0, 1, 1])
    let lao = try PluralRule(parsing: "nplurals=1; plural=0;")
    #expect((0...3).map(lao.form(for:)) == [0, 0, 0, 0])
    let russian = try PluralRule(
      parsing: "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);")
    #expect([1, 2, 5, 11, 21, 22, 25, 111].map(russian.form(for:)) == [0, 1, 2, 2, 0, 1, 2, 2])
  }

  @Test func aFormulaOutOfRangeOrDividingByZeroStaysInRange() throws {
    #expect(try PluralRule(parsing: "nplurals=2; plural=n+5;").form(for: 1) == 1)
    #expect(try PluralRule(parsing: "nplurals=2; plural=n/0;").form(for: 7) == 0)
    #expect(try PluralRule(parsing: "nplurals=2; plural=!(n<=1);").form(for: 1) == 0)
  }

  @Test(arguments: [
    "nplurals=2;", "plural=n;", "nplurals=9; plural=n;", "nplurals=2; plural=(n;", "nplurals=2; plural=n ? 1;",
    "nplurals=2; plural=n x;",
    "nplurals=2; plural=" + String(repeating: "(", count: 100) + "n" + String(repeating: ")", count: 100) + ";",
  ])
  func refusesAFormulaItCannotRead(text: String) {
    #expect(throws: PluralRule.Problem.self) { try PluralRule(parsing: text) }
  }
}
