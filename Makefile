# FocusNet: `make demo` ranks the bundled example data; `make test` runs the test suite.
# Both first install the Debian packages FocusNet links against when pkg-config cannot find them;
# `make test` also installs Debian's chromium, which the report's browser tests open the report in
# (those tests fail when CI is set and chromium is missing, and are skipped elsewhere).

SWIFT        ?= swift
APT_PACKAGES := libigraph-dev libopenblas-dev libsqlite3-dev pkgconf tzdata
TEST_APT_PACKAGES := chromium
comma := ,
DEMO_OUT     ?= out/demo

.PHONY: deps test-deps build demo test clean

# $(call apt_install,PACKAGES,WHY,ELSE): installs Debian packages as root or through sudo; otherwise
# says WHY and how to install them, then runs the shell command ELSE.
apt_install = if [ "$$(id -u)" = 0 ]; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $(1); \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
	  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y $(1); \
	else \
	  echo "$(2) Install them with:"; \
	  echo "  sudo apt-get update && sudo apt-get install -y $(1)"; \
	  $(3); \
	fi

deps:
	@if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists igraph openblas sqlite3 && [ -d /usr/share/zoneinfo ]; then \
	  echo "igraph $$(pkg-config --modversion igraph), OpenBLAS $$(pkg-config --modversion openblas) found"; \
	else $(call apt_install,$(APT_PACKAGES),FocusNet needs igraph$(comma) OpenBLAS$(comma) SQLite and the time-zone database (tzdata).,exit 1); fi

# Only for tests: a headless browser to open the HTML report in. `make demo` does not need it.
test-deps:
	@if command -v chromium >/dev/null 2>&1; then \
	  echo "$$(chromium --version 2>/dev/null) found"; \
	else { $(call apt_install,$(TEST_APT_PACKAGES),The report's browser tests need chromium (skipped here; they fail when CI is set).,true); } \
	  || echo "chromium could not be installed: the report's browser tests are skipped (they fail when CI is set)"; fi

build: deps
	$(SWIFT) build -c release --product focusnet

demo: build
	.build/release/focusnet rank --data Examples/data --as-of 2023-12-31 --lookback 5y --top 20 --out $(DEMO_OUT)
	@echo
	@echo "Top of the call-in list ($(DEMO_OUT)/call_in_list.csv):"
	@head -21 $(DEMO_OUT)/call_in_list.csv | awk -F, '{ printf "%-5s %-10s %-20s", $$1, $$2, $$3; for (i = 4; i <= 7 && i <= NF; i++) printf " %-20s", $$i; print "" }'

# The tests' scratch folders go under one temporary folder, removed afterwards whatever the result.
# The browser tests keep their screenshot in .build/test-output/report-browser/ (outside the scratch folder).
test: deps test-deps
	@scratch=$$(mktemp -d -t focusnet-tests.XXXXXX) && { TMPDIR=$$scratch $(SWIFT) test; status=$$?; rm -rf "$$scratch"; exit $$status; }

clean:
	rm -rf .build out
