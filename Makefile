# accord: `make run` to see the dashboard, `make test` to run every test.
# Both install the Debian packages they need first (scripts/ensure-system-packages).

PREFIX ?= /usr/local
SWIFT ?= swift

.PHONY: run test build release install bench deps

run: release
	.build/release/accord

test: deps
	$(SWIFT) build
	$(SWIFT) test

build: deps
	$(SWIFT) build

# The Swift runtime and Foundation linked in (no dozen libraries to load and bind at each start),
# by lld with packed relative relocations (still a randomised PIE, with 45 KB of relocations to
# read instead of 1.8 MB): start-up time and memory in BENCHMARKS.md.
RELEASE = -c release --static-swift-stdlib -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs

release: deps
	$(SWIFT) build $(RELEASE) --product accord

# The bundled plan is compiled in, so the binary works from any directory once copied.
install: release
	install -m 755 .build/release/accord $(PREFIX)/bin/accord

# In-process timings, then the whole program on a pty beside htop and btop (installed for this).
bench: deps
	@scripts/ensure-system-packages --bench
	$(SWIFT) build $(RELEASE)
	.build/release/accord-bench
	.build/release/accord-bench --write-synthetic .build/release/synthetic-10k.yaml
	scripts/bench.py .build/release/accord .build/release/synthetic-10k.yaml

deps:
	@scripts/ensure-system-packages
