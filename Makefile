# premortem: the two set-up commands are `make demo` and `make test`.
# Both install missing Debian packages (as root), configure and build; only
# `make test` installs the test tools (pre-commit, npm SARIF validators).
# `make package` builds the Debian package premortem-llvm$(LLVM_VERSION).
LLVM_VERSION ?= 19
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
export LLVM_VERSION BUILD
# lit: LLVM 19's packages ship lit.py under build/utils, later ones bin/lit.
LIT ?= $(firstword $(wildcard /usr/lib/llvm-$(LLVM_VERSION)/build/utils/lit/lit.py \
                              /usr/lib/llvm-$(LLVM_VERSION)/bin/lit))
VERSION := $(shell cat VERSION)
DEB = $(BUILD)/premortem-llvm$(LLVM_VERSION)_$(VERSION)_amd64.deb

.PHONY: all deps test-deps configure build demo test torture package package-test clean bench bench-sanitize eval

all: build

deps:
	@.ci/install-deps build

test-deps: deps
	@.ci/install-deps test

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DPREMORTEM_LLVM_VERSION=$(LLVM_VERSION) $(CMAKE_FLAGS)

configure: $(BUILD)/build.ninja

build: deps configure
	ninja -C $(BUILD) -j $(JOBS)

# Analyze the bundled examples: findings on the terminal, SARIF in premortem.sarif;
# then run examples/clock's tests at the risky instants (premortem clock).
# Exit code 1 only means "findings", which is what the demo is for.
demo: build
	cmake -S examples -B $(BUILD)/examples -G Ninja >/dev/null
	@echo "== premortem examples/ =="
	@$(BUILD)/bin/premortem -p $(BUILD)/examples examples; rc=$$?; [ $$rc -le 1 ] || exit $$rc
	@$(BUILD)/bin/premortem -p $(BUILD)/examples examples --format sarif -o premortem.sarif; \
	  rc=$$?; [ $$rc -le 1 ] || exit $$rc
	@echo "== wrote premortem.sarif =="
	@cmake -S examples/clock -B $(BUILD)/examples-clock -G Ninja >/dev/null
	@ninja -C $(BUILD)/examples-clock >/dev/null
	@echo "== premortem clock -- ctest (examples/clock: fails on 29 February, hangs on day 366) =="
	@cd $(BUILD)/examples-clock && $(CURDIR)/$(BUILD)/bin/premortem clock -- ctest; \
	  rc=$$?; [ $$rc -le 1 ] || exit $$rc

test: build test-deps
	python3 $(LIT) -sv -j $(JOBS) \
	  --xunit-xml-output $(BUILD)/test/results.xml $(BUILD)/test; \
	  rc=$$?; python3 test/tools/summarize.py $(BUILD)/test/results.xml; exit $$rc

# The Debian package of this build: $(BUILD)/premortem-llvm<N>_<version>_amd64.deb.
package: build
	@.ci/install-deps package
	rm -f $(DEB)
	cd $(BUILD) && cpack -G DEB
	@test -f $(DEB) && echo "== wrote $(DEB) =="

# Installs the package into a fresh Debian 12 (debootstrap; needs root and
# deb.debian.org) and runs the installed driver, demo and plugin there. The
# base system is made once and kept in PACKAGE_TEST_CACHE.
PACKAGE_TEST_CACHE ?= $(BUILD)/package-test-cache
package-test: package
	@.ci/install-deps package-test
	.ci/package-test --cache $(PACKAGE_TEST_CACHE) --llvm $(LLVM_VERSION) $(DEB)

# The regression tests of "What premortem promises when things go wrong"
# (docs/driver.md): hostile and unlucky inputs, signals, crashing and hanging
# translation units. Also part of `make test`.
TORTURE_TESTS = output-special-files|output-device|stdout-errors|signals|isolation|\
  database-malformed|special-inputs|deep-json
torture: build
	python3 $(LIT) -sv -j $(JOBS) \
	  --filter 'driver/($(TORTURE_TESTS))\.test' $(BUILD)/test

# Performance and robustness on real code (not part of `make test`): fetch the
# corpus (Debian source packages, once), then measure every mode BENCH_RUNS
# times and fuzz every target BENCH_FUZZ_SECONDS; results in bench/results/.
# BENCH_FLAGS=--quick: one run, at most 8 TUs per corpus.
BENCH_RUNS ?= 3
BENCH_FUZZ_SECONDS ?= 60
BENCH_FLAGS ?=
bench: build
	python3 bench/fetch-corpus
	python3 bench/bench.py --build $(BUILD) --runs $(BENCH_RUNS) \
	  --fuzz-seconds $(BENCH_FUZZ_SECONDS) $(BENCH_FLAGS)

# Once per change of the analysis: an ASan+UBSan build of the driver over
# every TU of every corpus (one run each, no timing targets).
bench-sanitize: deps
	cmake -S . -B $(BUILD)-asan -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DPREMORTEM_LLVM_VERSION=$(LLVM_VERSION) -DPREMORTEM_SANITIZE=ON \
	  -DPREMORTEM_BUILD_FUZZERS=OFF $(CMAKE_FLAGS)
	ninja -C $(BUILD)-asan -j $(JOBS) premortem
	python3 bench/fetch-corpus
	python3 bench/bench.py --build $(BUILD) --runs 1 --skip fsyntax,parse,j1,jN,tidy \
	  --sanitized-build $(BUILD)-asan $(BENCH_FLAGS)

# Accuracy on real code the checks were not written against (not part of
# `make test`; see eval/README.md): fetch the corpus once, analyze it without a
# build, score every finding against eval/triage.yaml, per half of the split;
# then the real bug-fix pairs of eval/pairs/ (recall at the bug line, per half).
EVAL_FLAGS ?= --headerless --fixits
eval: build
	python3 eval/fetch
	python3 eval/run.py --build $(BUILD) $(EVAL_FLAGS)
	python3 eval/pairs.py --build $(BUILD)

clean:
	rm -rf $(BUILD) premortem.sarif
