# accord: `make run` to see the dashboard, `make test` to run every test.
# Both install the Debian packages they need first (scripts/ensure-system-packages).

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# What install-files copies: the release binary and the man page generated from the commands.
ACCORD ?= .build-static/release/accord
MANPAGE ?= .build/plugins/GenerateManual/outputs/accord/accord.1

.PHONY: run test build release install install-files man bench fuzz deps

run: release
	$(ACCORD)

test: deps
	$(SWIFT) build
	$(SWIFT) package plugin generate-manual --configuration debug --authors "the accord project"
	$(SWIFT) test

build: deps
	$(SWIFT) build

# The Swift runtime and Foundation linked in (no dozen libraries to load and bind at each start),
# by lld with packed relative relocations (still a randomised PIE, with 45 KB of relocations to
# read instead of 1.8 MB); no symbol table for other libraries to search (nothing loads accord's
# symbols); each function in its own section, and the ones a session runs placed together
# (scripts/startup-order.py says why). Start-up time and memory in BENCHMARKS.md. Built apart,
# in .build-static, so that the man page's plain release build and this one do not rebuild
# each other.
RELEASE = -c release --scratch-path .build-static --static-swift-stdlib \
  -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-export-dynamic \
  -Xswiftc -Xfrontend -Xswiftc -function-sections \
  -Xlinker --symbol-ordering-file=$(CURDIR)/scripts/startup-order.txt -Xlinker --no-warn-symbol-ordering

# SwiftPM does not know the order file is an input: a newer one is linked by removing the binary.
release: deps
	@if [ scripts/startup-order.txt -nt $(ACCORD) ]; then rm -f $(ACCORD); fi
	$(SWIFT) build $(RELEASE) --product accord

# accord(1), generated from the command definitions by swift-argument-parser's plugin.
man: release
	$(SWIFT) package plugin generate-manual --configuration release --authors "the accord project"

# The bundled plan is compiled in, so the binary works from any directory once copied.
# `make install DESTDIR=/tmp/stage PREFIX=/usr` stages a package.
install: release man install-files

# The binary, the man page and the bash, zsh and fish completions (made by the binary itself).
install-files:
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 "$(ACCORD)" "$(DESTDIR)$(PREFIX)/bin/accord"
	install -m 644 "$(MANPAGE)" "$(DESTDIR)$(PREFIX)/share/man/man1/accord.1"
	"$(ACCORD)" --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/accord"
	"$(ACCORD)" --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_accord"
	"$(ACCORD)" --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/accord.fish"

# In-process timings (also of a journal of 100,000 updates), then the whole program on a pty beside
# htop and btop (installed for this), and on that journal.
bench: release
	@scripts/ensure-system-packages --bench
	$(SWIFT) build $(RELEASE) --product accord-bench
	.build-static/release/accord-bench
	.build-static/release/accord-bench --write-synthetic .build-static/synthetic-10k.yaml
	scripts/bench.py --write-journal .build-static/journal-100k.sqlite .build-static/release/accord
	.build-static/release/accord-bench --journal .build-static/journal-100k.sqlite
	scripts/bench.py .build-static/release/accord .build-static/synthetic-10k.yaml

# libFuzzer targets for the plan loader, theme parser, settings and input (Fuzz/), each run for
# FUZZ_SECONDS (default 60); a crash leaves its input in Fuzz/artifacts/.
fuzz: deps
	SWIFT=$(SWIFT) scripts/fuzz

deps:
	@scripts/ensure-system-packages
