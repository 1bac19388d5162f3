# Build, run and test the disclosure portal. `make run` and `make test` are
# the two commands a new machine needs; both install missing Debian packages
# first when run as root (conf/deps.sh).

CC      ?= gcc
CXX     ?= g++
PORT    ?= 8080
SANITIZE ?= 0

PKGS := sqlite3 libctemplate libsodium libcmark-gfm fcgi icu-uc icu-i18n pwquality
WARN := -Wall -Wextra -Werror -Wformat=2 -Wshadow
COMMON := -O2 -g -D_GNU_SOURCE -Icgi-bin/core -Icgi-bin/site -Icgi-bin/public -Icgi-bin/apply -Icgi-bin/admin \
          -Icgi-bin/notify

ifeq ($(SANITIZE),1)
BUILD := build/asan
COMMON += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDSAN := -fsanitize=address,undefined
else
BUILD := build/release
LDSAN :=
endif

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS   := -std=c17 $(WARN) $(COMMON)
CXXFLAGS := -std=c++17 $(WARN) $(COMMON)
LDLIBS    = $(PKG_LIBS) -lm $(LDSAN)

CORE_SRC   := $(wildcard cgi-bin/core/*.c)
SITE_SRC   := $(wildcard cgi-bin/site/*.c)
PUBLIC_SRC := $(wildcard cgi-bin/public/*.c)
APPLY_SRC  := $(wildcard cgi-bin/apply/*.c)
ADMIN_SRC  := $(wildcard cgi-bin/admin/*.c)
# The notice sender: portalctl alone links libcurl (the web programs never send).
NOTIFY_SRC := $(wildcard cgi-bin/notify/*.c)
CURL_CFLAGS = $(shell pkg-config --cflags libcurl 2>/dev/null)
CURL_LIBS   = $(shell pkg-config --libs libcurl 2>/dev/null)

obj = $(patsubst %.c,$(BUILD)/%.o,$(1))
CORE_OBJ := $(call obj,$(CORE_SRC)) $(BUILD)/cgi-bin/core/tmpl.o
SITE_OBJ := $(call obj,$(SITE_SRC))

PROGRAMS := $(BUILD)/portal.fcgi $(BUILD)/apply.fcgi $(BUILD)/admin.fcgi $(BUILD)/portalctl \
            $(BUILD)/portal_search.so
UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c))

.PHONY: all deps run test unit-test http-test browser-test bench fuzz clean check-templates
.DEFAULT_GOAL := all

all: $(PROGRAMS)

deps:
	@sh conf/deps.sh

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/cgi-bin/core/tmpl.o: cgi-bin/core/tmpl.cc
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS) $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/portal.fcgi: $(call obj,cgi-bin/main/portal.c $(PUBLIC_SRC)) $(SITE_OBJ) $(CORE_OBJ)
	$(CXX) -o $@ $^ $(LDLIBS)

$(BUILD)/apply.fcgi: $(call obj,cgi-bin/main/apply.c $(APPLY_SRC)) $(SITE_OBJ) $(CORE_OBJ)
	$(CXX) -o $@ $^ $(LDLIBS)

$(BUILD)/admin.fcgi: $(call obj,cgi-bin/main/admin.c $(ADMIN_SRC)) $(SITE_OBJ) $(CORE_OBJ)
	$(CXX) -o $@ $^ $(LDLIBS)

$(call obj,$(NOTIFY_SRC)): PKG_CFLAGS += $(CURL_CFLAGS)

$(BUILD)/portalctl: $(call obj,cgi-bin/main/portalctl.c $(NOTIFY_SRC)) $(SITE_OBJ) $(CORE_OBJ)
	$(CXX) -o $@ $^ $(LDLIBS) $(CURL_LIBS)

# The search tokenizer as an SQLite extension (cgi-bin/ext/portal_search.c),
# never sanitized: it is loaded into programs without the sanitizer runtime
# (the sqlite3 shell, the Python tests).
SEARCH_EXT_SRC := cgi-bin/ext/portal_search.c cgi-bin/core/words.c cgi-bin/core/log.c
$(BUILD)/portal_search.so: $(SEARCH_EXT_SRC) cgi-bin/core/words.h cgi-bin/core/log.h
	$(CC) -std=c17 $(WARN) -O2 -g -D_GNU_SOURCE -Icgi-bin/core $(PKG_CFLAGS) -fPIC -shared -o $@ \
	    $(SEARCH_EXT_SRC) $(PKG_LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(SITE_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -c -o $@.o $<
	$(CXX) -o $@ $@.o $(SITE_OBJ) $(CORE_OBJ) $(LDLIBS) -lcmocka

# Starts the portal in the foreground with demo data under var/.
run: deps all
	@BUILD=$(BUILD) PORT=$(PORT) sh conf/run.sh

check-templates:
	@sh conf/check-templates.sh

unit-test: deps $(UNIT_TESTS)
	@status=0; for t in $(UNIT_TESTS); do echo "== $$t"; $$t || status=1; done; exit $$status

http-test: deps all
	BUILD=$(BUILD) /usr/bin/python3 -m pytest -q tests/http

browser-test: deps all
	BUILD=$(BUILD) /usr/bin/python3 -m pytest -q tests/browser

# Under SANITIZE=1 the browser suite is skipped (Chromium dominates its time,
# and the handlers it drives are the ones the HTTP suite already covers).
test: deps check-templates unit-test http-test $(if $(filter 1,$(SANITIZE)),,browser-test)

bench: deps all
	BUILD=$(BUILD) sh tests/bench/run.sh

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)

# libFuzzer harnesses (Debian clang): make fuzz FUZZ_SECONDS=60
FUZZ_SECONDS ?= 30
FUZZ_CFLAGS := -std=c17 -g -O1 -D_GNU_SOURCE -Icgi-bin/core -fsanitize=fuzzer,address,undefined
FUZZ_CORE := cgi-bin/core/arena.c cgi-bin/core/params.c cgi-bin/core/validate.c cgi-bin/core/log.c \
             cgi-bin/core/markdown.c cgi-bin/core/workdays.c
FUZZERS := $(patsubst tests/fuzz/%.c,build/fuzz/%,$(wildcard tests/fuzz/fuzz_*.c))

build/fuzz/%: tests/fuzz/%.c $(FUZZ_CORE)
	@mkdir -p build/fuzz
	clang $(FUZZ_CFLAGS) -o $@ $^ $(shell pkg-config --libs libcmark-gfm)

# Each fuzzer's own exit status counts (a pipe into tail would hide a crash).
fuzz: deps $(FUZZERS)
	@status=0; for f in $(FUZZERS); do \
	  name=$${f#build/fuzz/fuzz_}; mkdir -p build/fuzz/work-$$name; \
	  echo "== $$f ($(FUZZ_SECONDS) s)"; \
	  $$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -print_final_stats=0 \
	      -artifact_prefix=build/fuzz/crash-$$name- build/fuzz/work-$$name tests/fuzz/corpus/$$name \
	      > build/fuzz/log-$$name 2>&1 || status=1; \
	  tail -n 3 build/fuzz/log-$$name; \
	done; exit $$status
