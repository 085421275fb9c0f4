# FocusNet: `make demo` ranks the bundled example data; `make test` runs the test suite.
# Both first install the Debian packages FocusNet links against when pkg-config cannot find them.

SWIFT        ?= swift
APT_PACKAGES := libigraph-dev libopenblas-dev libsqlite3-dev pkgconf tzdata
DEMO_OUT     ?= out/demo

.PHONY: deps build demo test clean

deps:
	@if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists igraph openblas sqlite3 && [ -d /usr/share/zoneinfo ]; then \
	  echo "igraph $$(pkg-config --modversion igraph), OpenBLAS $$(pkg-config --modversion openblas) found"; \
	elif [ "$$(id -u)" = 0 ]; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $(APT_PACKAGES); \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
	  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y $(APT_PACKAGES); \
	else \
	  echo "FocusNet needs igraph, OpenBLAS, SQLite and the time-zone database (tzdata). Install them with:"; \
	  echo "  sudo apt-get update && sudo apt-get install -y $(APT_PACKAGES)"; \
	  exit 1; \
	fi

build: deps
	$(SWIFT) build -c release --product focusnet

demo: build
	.build/release/focusnet rank --data Examples/data --as-of 2023-12-31 --lookback 5y --top 20 --out $(DEMO_OUT)
	@echo
	@echo "Top of the call-in list ($(DEMO_OUT)/call_in_list.csv):"
	@head -21 $(DEMO_OUT)/call_in_list.csv | awk -F, '{ printf "%-5s %-10s %-20s", $$1, $$2, $$3; for (i = 4; i <= 7 && i <= NF; i++) printf " %-20s", $$i; print "" }'

# The tests' scratch folders go under one temporary folder, removed afterwards whatever the result.
test: deps
	@scratch=$$(mktemp -d -t focusnet-tests.XXXXXX) && { TMPDIR=$$scratch $(SWIFT) test; status=$$?; rm -rf "$$scratch"; exit $$status; }

clean:
	rm -rf .build out
