# premortem: the two set-up commands are `make demo` and `make test`.
# Both install missing Debian packages (as root), configure and build.
LLVM_VERSION ?= 19
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
export LLVM_VERSION BUILD

.PHONY: all deps configure build demo test clean bench bench-sanitize eval

all: build

deps:
	@.ci/install-deps

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DPREMORTEM_LLVM_VERSION=$(LLVM_VERSION) $(CMAKE_FLAGS)

configure: $(BUILD)/build.ninja

build: deps configure
	ninja -C $(BUILD) -j $(JOBS)

# Analyze the bundled examples: findings on the terminal, SARIF in premortem.sarif.
# Exit code 1 only means "findings", which is what the demo is for.
demo: build
	cmake -S examples -B $(BUILD)/examples -G Ninja >/dev/null
	@echo "== premortem examples/ =="
	@$(BUILD)/bin/premortem -p $(BUILD)/examples examples; rc=$$?; [ $$rc -le 1 ] || exit $$rc
	@$(BUILD)/bin/premortem -p $(BUILD)/examples examples --format sarif -o premortem.sarif; \
	  rc=$$?; [ $$rc -le 1 ] || exit $$rc
	@echo "== wrote premortem.sarif =="

test: build
	python3 /usr/lib/llvm-$(LLVM_VERSION)/build/utils/lit/lit.py -sv -j $(JOBS) \
	  --xunit-xml-output $(BUILD)/test/results.xml $(BUILD)/test; \
	  rc=$$?; python3 test/tools/summarize.py $(BUILD)/test/results.xml; exit $$rc

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
