# premortem: the two set-up commands are `make demo` and `make test`.
# Both install missing Debian packages (as root), configure and build.
LLVM_VERSION ?= 19
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
export LLVM_VERSION BUILD

.PHONY: all deps configure build demo test clean

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


clean:
	rm -rf $(BUILD) premortem.sarif
