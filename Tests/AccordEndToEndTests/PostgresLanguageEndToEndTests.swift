import Foundation
import XCTest

/// The PostgreSQL client's refusals in Lao and Khmer (issue 23): accord-postgres sends them to
/// accord as values, and accord words them in the reader's language, with the file's position,
/// the paths and the system's words quoted as they are. No server is needed to be refused.
final class PostgresLanguageEndToEndTests: XCTestCase {
  private var directory: String!

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-pg-lang-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// `accord history` on `address`, with a UTF-8 locale and no language nor service from the
  /// environment but `environment`'s.
  private func history(_ address: String, _ language: [String], environment: [String] = []) throws -> (
    status: Int32, output: String, error: String
  ) {
    try Subprocess.run(
      "/usr/bin/env",
      ["-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "ACCORD_LANG", "-u", "PGSERVICE", "LANG=C.UTF-8"] + environment
        + [try AccordBinary.path(), "history", "--journal", address] + language,
      timeout: 60)
  }

  private func englishRuns(_ text: String) -> [String] { LanguageOutputEndToEndTests.englishRuns(in: text) }

  func test_a_bad_service_file_is_said_in_khmer_and_lao_with_its_line() throws {
    let file = directory + "/pg_service.conf"
    try "[accord]\nhost=db\nport 5433\n".write(toFile: file, atomically: true, encoding: .utf8)
    let services = ["PGSERVICEFILE=\(file)", "PGSYSCONFDIR=\(directory!)"]
    let address = "postgresql://?service=accord"

    let english = try history(address, [], environment: services)
    XCTAssertEqual(english.status, 74, english.error)
    XCTAssertEqual(english.error, "accord: \(file):3:1: not a [service] line nor key=value\n")
    let khmer = try history(address, ["--lang", "km"], environment: services)
    XCTAssertEqual(khmer.status, 74, khmer.error)
    XCTAssertEqual(khmer.error, "accord: \(file):3:1: មិនមែនជាបន្ទាត់ [service] ហើយក៏មិនមែនជា key=value ដែរ\n")

    try "[accord]\nhost=db\n".write(toFile: file, atomically: true, encoding: .utf8)
    let missing = try history("postgresql://?service=nowhere", ["--lang", "lo"], environment: services)
    XCTAssertEqual(missing.status, 74, missing.error)
    XCTAssertTrue(
      missing.error.contains(
        "ບໍລິການເຊື່ອມຕໍ່ 'nowhere' ບໍ່ມີໃນໄຟລ໌ບໍລິການໃດເລີຍ (\(file), \(directory!)/pg_service.conf)\n"),
      missing.error)
    for text in [khmer.error, missing.error] { XCTAssertEqual(englishRuns(text), [], text) }
  }

  func test_a_missing_or_broken_client_is_said_in_lao_and_khmer() throws {
    let address = "postgresql://127.0.0.1:9/accord"
    let notFound = try history(address, ["--lang", "lo"], environment: ["ACCORD_POSTGRES=/nowhere/accord-postgres"])
    XCTAssertEqual(notFound.status, 74, notFound.error)
    XCTAssertEqual(
      notFound.error,
      "accord: \(address): ບໍ່ພົບໂປຣແກຣມລູກຂ່າຍ PostgreSQL (accord-postgres) ຢູ່ /nowhere/accord-postgres ບ່ອນທີ່ ACCORD_POSTGRES ບອກ; ຕິດຕັ້ງມັນຢູ່ບ່ອນນັ້ນ ຫຼື ຍົກເລີກ ACCORD_POSTGRES ເພື່ອໃຊ້ອັນທີ່ຢູ່ຂ້າງ accord\n"
    )
    let broken = try history(address, ["--lang", "km"], environment: ["ACCORD_POSTGRES=/bin/cat"])
    XCTAssertEqual(broken.status, 74, broken.error)
    XCTAssertEqual(
      broken.error,
      "accord: \(address): កម្មវិធីភ្ញៀវ PostgreSQL /bin/cat ខូច (ចម្លើយរបស់វាមិនមែនជាចម្លើយដែល accord នេះអានបានទេ); សូមដំឡើង accord-postgres នៃ accord នេះ\n"
    )
    for text in [notFound.error, broken.error] { XCTAssertEqual(englishRuns(text), [], text) }
  }
}
