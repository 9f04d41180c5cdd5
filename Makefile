# accord: `make run` to see the dashboard, `make test` to run every test.
# Both install the Debian packages they need first (scripts/ensure-system-packages).

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# SwiftPM plans a build again, and links and runs the embedding plugin's tool again, whenever
# its environment differs from the last build's in any variable (make's exported DESTDIR, a new
# shell's SHLVL, a terminal's WINDOWID): every build here gets the same few.
PASSED = TMPDIR http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY DEVELOPER_DIR SDKROOT TOOLCHAINS
SWIFTPM = env -i PATH="$(PATH)" HOME="$(HOME)" $(foreach v,$(PASSED),$(if $($(v)),$(v)="$($(v))")) $(SWIFT)
# What install-files copies: the release binaries (the PostgreSQL client is not named
# ACCORD_POSTGRES here: accord reads that variable for where the client is), and the man page
# made from accord.
ACCORD ?= .build-static/release/accord
POSTGRES_CLIENT ?= $(dir $(ACCORD))accord-postgres
MANPAGE ?= .build-static/release/accord.1

.PHONY: run test build-tests build release install install-files man bench fuzz deps pot lint format plan-archive

run: release
	$(ACCORD)

# One build, tests included (build-tests), in the same environment as every build here, and
# `swift test --skip-build`: no build by `swift test` in its own environment, and none by the
# man page plugin (the man page is made from the binary, scripts/manual.py).
test: build-tests
	$(SWIFT) test --skip-build

# swift-format (in the toolchain), configured by .swift-format: `make format` rewrites the
# sources, `make lint` fails on what it would change; CI runs lint.
FORMATTED = Sources Tests Package.swift Plugins Fuzz/Sources Fuzz/Package.swift
lint:
	$(SWIFT) format lint --recursive --parallel --strict $(FORMATTED)

format:
	$(SWIFT) format format --in-place --recursive --parallel $(FORMATTED)

build-tests: deps
	$(SWIFTPM) build --build-tests

build: deps
	$(SWIFTPM) build

# The Swift runtime and Foundation linked in (no dozen libraries to load and bind at each start),
# by lld with packed relative relocations (still a randomised PIE, with 45 KB of relocations to
# read instead of 1.8 MB); no symbol table for other libraries to search (nothing loads accord's
# symbols); each function in its own section, and the ones a session runs placed together
# (scripts/startup-order.py says why); generic types' metadata made by accessor functions, not
# from mangled names at run time, which checks each generic requirement by scanning every
# conformance record of the binary (a dictionary's `Key: Hashable` alone: half a million
# instructions, and pages of every module touched). Start-up time and memory in BENCHMARKS.md.
# Built apart, in .build-static, so that it and the debug build of `make test` never rebuild each
# other; this one binary serves `make run`, `make install`, the man page and `make bench`.
RELEASE = -c release --scratch-path .build-static --static-swift-stdlib \
  -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-export-dynamic \
  -Xswiftc -Xfrontend -Xswiftc -function-sections \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
  -Xlinker --symbol-ordering-file=$(CURDIR)/scripts/startup-order.txt -Xlinker --no-warn-symbol-ordering \
  -Xlinker -L$(STATIC_LIBS) -Xlinker -ltinfo

# The C and C++ libraries from Debian's static archives too (their -dev packages ship them):
# loaded as shared objects, they cost every start their mapping and the loader's symbol lookups,
# 3.7 of the 5.1 million instructions of `accord --version` (libstdc++'s type_info vtables alone,
# referenced 760 times from the Foundation's ICU); linked in, 1.3 million in all (BENCHMARKS.md).
# The linker looks in each folder for libX.so and then libX.a, so a folder of the archives alone,
# first, decides it; an archive not found leaves a dangling link and the shared object is used.
# ncursesw's static archive does not name tinfo, which it needs, hence -ltinfo.
STATIC_LIBS = $(CURDIR)/.build-static/static-libs
STATIC_ARCHIVES = libstdc++ libyaml libsqlite3 libncursesw libtinfo

$(STATIC_LIBS):
	mkdir -p $@
	for archive in $(STATIC_ARCHIVES); do ln -sf "$$(clang -print-file-name=$$archive.a)" $@/; done

# SwiftPM does not know the order file is an input: a newer one is linked by removing the binary.
# accord-postgres, the PostgreSQL client accord starts for a postgresql:// journal, with the
# same flags, beside it.
release: deps $(STATIC_LIBS)
	@if [ scripts/startup-order.txt -nt $(ACCORD) ]; then rm -f $(ACCORD); fi
	$(SWIFTPM) build $(RELEASE) --product accord
	$(SWIFTPM) build $(RELEASE) --product accord-postgres

# accord(1), made from the release binary's own description of its commands and keys, and
# docs/manual-sections.mdoc (scripts/manual.py): no second build, as the argument parser's
# plugin would make.
man: release
	scripts/manual.py $(ACCORD) > $(MANPAGE).new && mv $(MANPAGE).new $(MANPAGE)

# The bundled plan is compiled in, so the binary works from any directory once copied.
# `make install DESTDIR=/tmp/stage PREFIX=/usr` stages a package.
install: release man install-files

# The binaries stripped (their debug information, two thirds of each, in NAME.debug under
# lib/debug, where a debugger finds it by the binary's .gnu_debuglink: for reading a crash),
# accord-postgres beside accord (where accord looks for it), the man page and the bash, zsh and
# fish completions (made by the binary itself). Each file is written beside its place and moved
# there, so a failed install leaves the old one whole.
DEBUGDIR = $(PREFIX)/lib/debug$(PREFIX)/bin
install-files:
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(DEBUGDIR)" "$(DESTDIR)$(PREFIX)/share/man/man1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	set -e; for binary in "$(ACCORD)" "$(POSTGRES_CLIENT)"; do \
	  name=$$(basename "$$binary"); \
	  objcopy --only-keep-debug "$$binary" "$(DESTDIR)$(DEBUGDIR)/$$name.debug.new"; \
	  mv "$(DESTDIR)$(DEBUGDIR)/$$name.debug.new" "$(DESTDIR)$(DEBUGDIR)/$$name.debug"; \
	  chmod 644 "$(DESTDIR)$(DEBUGDIR)/$$name.debug"; \
	  objcopy --strip-all --add-gnu-debuglink="$(DESTDIR)$(DEBUGDIR)/$$name.debug" "$$binary" "$(DESTDIR)$(PREFIX)/bin/.$$name.new"; \
	  chmod 755 "$(DESTDIR)$(PREFIX)/bin/.$$name.new"; \
	  mv "$(DESTDIR)$(PREFIX)/bin/.$$name.new" "$(DESTDIR)$(PREFIX)/bin/$$name"; \
	done
	install -m 644 "$(MANPAGE)" "$(DESTDIR)$(PREFIX)/share/man/man1/accord.1"
	"$(ACCORD)" --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/accord"
	"$(ACCORD)" --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_accord"
	"$(ACCORD)" --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/accord.fish"

# In-process timings (also of a journal of 100,000 updates), then the whole program on a pty beside
# htop and btop (installed for this), and on that journal.
bench: release
	@scripts/ensure-system-packages --bench
	$(SWIFTPM) build $(RELEASE) --product accord-bench
	@# accord-bench's server journal goes through accord-postgres, built beside it by `release`.
	.build-static/release/accord-bench
	.build-static/release/accord-bench --plans
	.build-static/release/accord-bench --write-synthetic .build-static/synthetic-10k.yaml
	scripts/bench.py --write-journal .build-static/journal-100k.sqlite .build-static/release/accord
	.build-static/release/accord-bench --journal .build-static/journal-100k.sqlite
	@# BENCH_SERVER=postgresql://... (a database the bench may fill): the journal on a server.
	if [ -n "$(BENCH_SERVER)" ]; then \
	  scripts/bench.py --write-journal .build-static/journal-10k.sqlite .build-static/release/accord 10000 && \
	  .build-static/release/accord-bench --journal .build-static/journal-10k.sqlite --server "$(BENCH_SERVER)"; fi
	scripts/bench.py .build-static/release/accord .build-static/synthetic-10k.yaml

# libFuzzer targets for the plan loader, theme parser, settings and input (Fuzz/), each run for
# FUZZ_SECONDS (default 60); a crash leaves its input in Fuzz/artifacts/.
# The catalog template from every `localized(...)` in the sources (GNU xgettext reads Swift's
# calls as C's), then each translation brought up to it (msgmerge): new messages come in
# untranslated, removed ones are kept as obsolete (#~) for a translator to reuse. xgettext's
# warnings are dropped: Swift's multi-line literals (""") look unterminated to a C reader.
POT ?= po/accord.pot
XGETTEXT_KEYWORDS = -k -klocalized:1,1t -klocalized:1,2c,2t -klocalized:1,2,3t -klocalized:1,2,4c,4t
pot:
	xgettext --language=C --from-code=UTF-8 $(XGETTEXT_KEYWORDS) --add-comments=TRANSLATORS: \
	  --force-po --add-location=file --sort-by-file --package-name=accord --msgid-bugs-address=accord \
	  --copyright-holder="the accord developers" -o $(POT) $$(find Sources -name '*.swift' | LC_ALL=C sort) 2>/dev/null
	$(if $(filter po/accord.pot,$(POT)),for po in po/*.po; do msgmerge --quiet --update --backup=none --add-location=file $$po $(POT); done)

# The bundled plan's archive (PlanArchive), compiled in and read at start-up instead of parsing
# the YAML: made again whenever the plan changes (BundledPlanArchiveTests fails when it is
# stale), and committed, as po/accord.pot is. A plan with problems writes none.
PLAN ?= sample-data/lao-cambodia-2023-2027
plan-archive: deps
	$(SWIFTPM) build --product accord-bench
	$$($(SWIFTPM) build --show-bin-path)/accord-bench --write-plan-archive $(PLAN).yaml $(PLAN).archive Sources/CBundledPlan/bundled_plan.S

fuzz: deps
	SWIFT=$(SWIFT) scripts/fuzz

deps:
	@scripts/ensure-system-packages
