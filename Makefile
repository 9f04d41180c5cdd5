# accord: `make run` to see the dashboard, `make test` to run every test.
# Both install the Debian packages they need first (scripts/ensure-system-packages).

PREFIX ?= /usr/local
SWIFT ?= swift

.PHONY: run test build release install bench fuzz deps

run: release
	.build/release/accord

test: deps
	$(SWIFT) build
	$(SWIFT) test

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product accord

# The bundled plan is compiled in, so the binary works from any directory once copied.
install: release
	install -m 755 .build/release/accord $(PREFIX)/bin/accord

bench: deps
	$(SWIFT) build -c release
	.build/release/accord-bench

# libFuzzer targets for the plan loader, theme parser, settings and input (Fuzz/), each run for
# FUZZ_SECONDS (default 60); a crash leaves its input in Fuzz/artifacts/.
fuzz: deps
	SWIFT=$(SWIFT) scripts/fuzz

deps:
	@scripts/ensure-system-packages
