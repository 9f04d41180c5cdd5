// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "accord",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "accord", targets: ["accord"]),
    // The PostgreSQL client, a program of its own that accord starts for a postgresql://
    // journal: linked into accord, its relocated data would cost every session memory (README).
    .executable(name: "accord-postgres", targets: ["accord-postgres"]),
    // For the fuzzing package in Fuzz/ (`make fuzz`).
    .library(name: "AccordCore", targets: ["AccordCore"]),
    .library(name: "AccordText", targets: ["AccordText"]),
    .library(name: "AccordUI", targets: ["AccordUI"]),
    .library(name: "AccordRuntime", targets: ["AccordRuntime"]),
    .library(name: "AccordTerminal", targets: ["AccordTerminal"]),
    .library(name: "AccordLocalization", targets: ["AccordLocalization"]),
    .library(name: "GettextFormat", targets: ["GettextFormat"]),
    .library(name: "ContentHashing", targets: ["ContentHashing"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    // The PostgreSQL journal's client, in AccordPostgres only.
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
  ],
  targets: [
    // ncursesw, with the wide-character API switched on and the macros Swift cannot import.
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),

    // libyaml's event parser, under accord's own light node tree (Loading/YAMLComposer).
    .systemLibrary(name: "CLibYAML", providers: [.apt(["libyaml-dev"])]),

    // The bundled plan's archive, assembled in as it is (no Swift literal to decode).
    .target(name: "CBundledPlan", cSettings: [.headerSearchPath("../../sample-data")]),

    // XXH64 over bytes: plan archives' checksums, cached plans' keys, and the build's name for
    // the bundled plan's YAML (FileEmbedder), one function for all three.
    .target(name: "ContentHashing"),

    // The plan model, loading, progress roll-up and scheduling. No terminal code.
    .target(
      name: "AccordCore",
      dependencies: ["CLibYAML", "CBundledPlan", "ContentHashing"],
      plugins: ["EmbedBundledFiles"]
    ),

    // GNU gettext's PO format and plural forms: read by the build, which compiles po/*.po in,
    // and by the tests that check the catalogs. Nothing of accord.
    .target(name: "GettextFormat"),

    // Lao and Khmer: the catalogs (compiled in from po/*.po at build time), placeholders, the
    // choice of language, word breaks. No terminal code, nothing of the plan.
    .target(name: "AccordLocalization", dependencies: ["GettextFormat"], plugins: ["EmbedBundledFiles"]),

    // The journal on a PostgreSQL server, behind AccordCore's `Journal` protocol: linked only
    // into accord-postgres (and the tests).
    .target(
      name: "AccordPostgres", dependencies: ["AccordCore", .product(name: "PostgresNIO", package: "postgres-nio")]),

    // What accord and accord-postgres say to each other: the `Journal` protocol's calls and
    // answers, JSON one a line.
    .target(name: "AccordJournalWire", dependencies: ["AccordCore"]),

    // accord's PostgreSQL client: answers accord's calls on its standard input and output.
    .executableTarget(name: "accord-postgres", dependencies: ["AccordCore", "AccordJournalWire", "AccordPostgres"]),

    // The journal of updates in SQLite, and `JournalAddress`'s opening of either journal (a
    // server's through accord-postgres). No terminal code.
    .target(
      name: "AccordJournal",
      dependencies: [
        "AccordCore", "AccordText", "AccordJournalWire", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),

    // Text for people: display width, fitting and wrapping, and the words shown for the model's
    // statuses. No terminal code, so that reports need not import the UI.
    .target(name: "AccordText", dependencies: ["AccordCore", "AccordLocalization"]),

    // Cells, widgets, screens, themes, key map, update(state, event). No ncurses.
    .target(
      name: "AccordUI", dependencies: ["AccordCore", "AccordText", "AccordLocalization"], plugins: ["EmbedBundledFiles"]
    ),

    // Briefings out of accord: the report's facts as of a day, one renderer per format, iCalendar.
    .target(name: "AccordReport", dependencies: ["AccordCore", "AccordText", "AccordLocalization"]),

    // The dashboard's run: the event loop, the clock, the plan-file and journal watches, and the
    // `Terminal` protocol a backend implements. No ncurses.
    .target(name: "AccordRuntime", dependencies: ["AccordCore", "AccordText", "AccordUI", "AccordLocalization"]),

    // The ncurses backend: paints the cell grid and turns keys, mouse and resize into events.
    .target(name: "AccordTerminal", dependencies: ["AccordUI", "AccordRuntime", "CNcursesw"]),

    .executableTarget(
      name: "accord",
      dependencies: [
        "AccordCore", "AccordText", "AccordUI", "AccordRuntime", "AccordTerminal", "AccordReport", "AccordJournal",
        "AccordLocalization", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Timings of loading and rendering: `make bench`.
    .executableTarget(
      name: "accord-bench",
      dependencies: [
        "AccordCore", "AccordText", "AccordUI", "AccordJournal", "AccordLocalization", "AccordRuntime",
        "ContentHashing",
      ]),

    // Build tool: compiles sample-data/*.yaml and Themes/*.theme in as string literals, and
    // po/*.po as dictionaries of their translations.
    .executableTarget(name: "FileEmbedder", dependencies: ["GettextFormat", "ContentHashing"]),
    .plugin(name: "EmbedBundledFiles", capability: .buildTool(), dependencies: ["FileEmbedder"]),

    .testTarget(
      name: "AccordCoreTests", dependencies: ["AccordCore", "AccordText", "ContentHashing"], exclude: ["Fixtures"]),
    .testTarget(name: "AccordTextTests", dependencies: ["AccordText", "AccordLocalization", "GettextFormat"]),
    .testTarget(name: "accordTests", dependencies: ["accord"]),
    .testTarget(
      name: "AccordUITests", dependencies: ["AccordUI", "AccordText", "AccordLocalization", "GettextFormat"],
      exclude: ["Screens"]),
    // The conformance suite every journal passes, run against SQLite and a PostgreSQL server
    // that the tests start themselves.
    // Real PostgreSQL servers for the tests (initdb, pg_ctl), started by the tests themselves.
    .target(name: "PostgresTestSupport", dependencies: ["AccordCore"], path: "Tests/PostgresTestSupport"),
    .testTarget(
      name: "AccordJournalTests",
      dependencies: [
        "AccordCore", "AccordJournal", "AccordJournalWire", "AccordPostgres", "AccordRuntime", "AccordUI",
        "PostgresTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(name: "AccordReportTests", dependencies: ["AccordReport", "AccordLocalization", "GettextFormat"]),
    .testTarget(name: "AccordLocalizationTests", dependencies: ["AccordLocalization", "GettextFormat"]),
    .testTarget(name: "GettextFormatTests", dependencies: ["GettextFormat"]),
    .testTarget(name: "AccordRuntimeTests", dependencies: ["AccordRuntime", "AccordUI"]),
    .testTarget(name: "AccordTerminalTests", dependencies: ["AccordTerminal", "AccordUI", "CNcursesw"]),
    .testTarget(
      name: "AccordEndToEndTests",
      dependencies: [
        "AccordCore", "AccordText", "AccordUI", "ContentHashing", "PostgresTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      exclude: ["Fixtures"]),
  ]
)
