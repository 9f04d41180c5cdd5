import Testing

@testable import AccordLocalization

@Suite struct TemplateTests {
  @Test func numberedPlaceholdersLetATranslationReorder() {
    #expect(Template.fill("%1$s of %2$s", ["3", "7"]) == "3 of 7")
    #expect(Template.fill("%2$s ໃນ %1$s", ["3", "7"]) == "7 ໃນ 3")
    #expect(Template.fill("%s and %d", ["a", "b"]) == "a and b")
    #expect(Template.fill("100%% by %1$s", ["2027"]) == "100% by 2027")
  }

  @Test func aPlaceholderWithNoValueOrOfAnUnknownKindIsShownAsWritten() {
    #expect(Template.fill("%3$s %n %x %", ["a"]) == "%3$s %n %x %")
    #expect(Template.fill("%1$s %2$s", ["only"]) == "only %2$s")
  }

  @Test func digitsWithoutADollarANumberZeroAndACutPlaceholderAreText() {
    #expect(Template.fill("%12 ໄຕມາດ %0$s %1$", ["a"]) == "%12 ໄຕມາດ %0$s %1$")
    #expect(Template.fill("%s%s%%%s", ["ກ", "ຂ", "ຄ"]) == "ກຂ%ຄ")
  }

  @Test func laoAndKhmerAroundThePlaceholdersAreKeptWhole() {
    #expect(Template.fill("ធ្វើរួច %1$s នៃ %2$s", ["៣", "៧"]) == "ធ្វើរួច ៣ នៃ ៧")
    #expect(Template.fill("ອີກ %d ວັນ", ["໑໒"]) == "ອີກ ໑໒ ວັນ")
    #expect(Template.fill("ສົ່ງເສີມ", ["unused"]) == "ສົ່ງເສີມ")
  }
}
