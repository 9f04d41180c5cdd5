# accord: `make run` to see the dashboard, `make test` to run every test.
# Both install the Debian packages they need first (scripts/ensure-system-packages).

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# What install-files copies: the release binary and the man page generated from the commands.
ACCORD ?= .build/release/accord
MANPAGE ?= .build/plugins/GenerateManual/outputs/accord/accord.1

.PHONY: run test build release install install-files man bench fuzz deps

run: release
	.build/release/accord

test: deps
	$(SWIFT) build
	$(SWIFT) package plugin generate-manual --configuration debug --authors "the accord project"
	$(SWIFT) test

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product accord

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

bench: deps
	$(SWIFT) build -c release
	.build/release/accord-bench

# libFuzzer targets for the plan loader, theme parser, settings and input (Fuzz/), each run for
# FUZZ_SECONDS (default 60); a crash leaves its input in Fuzz/artifacts/.
fuzz: deps
	SWIFT=$(SWIFT) scripts/fuzz

deps:
	@scripts/ensure-system-packages
