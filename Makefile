# SPDX-License-Identifier: GPL-2.0-only
# bpfbox: one static musl multi-call binary for eBPF troubleshooting.
#
#   make deps              host packages + static sysroot (zlib, libelf, zydis)
#   make [all]             ./bpfbox from .config (or configs/defconfig)
#   make defconfig | NAME_defconfig | menuconfig | oldconfig | olddefconfig
#        allnoconfig | allyesconfig | savedefconfig
#   make check             build and run the test suite (SANITIZE=1: ASan+UBSan)
#   make check-cross       the suite on every target (qemu-user), one table
#   make check-fresh       make sample + make check in a pristine Debian 12 root
#   make check-dis         each machine-code decoder against its cross objdump
#   make check-vm [VM=...] the live tests on real kernels under qemu-system
#                          (tests/vm/kernels), one table
#   make capture-jit [VM=...]  recapture tests/data/jit/real/ on those kernels
#   make fuzz              libFuzzer harnesses, FUZZ_SECONDS each
#   make bench             speed and memory against llvm-objdump / objdump
#   make install DESTDIR= PREFIX=    binary plus one symlink per applet
#   make sizes             stripped size, the config's budget, biggest symbols
#   make sample            the README's first command: run on bundled data
#   make help              this text
#
# CROSS_COMPILE=aarch64-linux-musl- (or arm-linux-musleabihf-,
# mipsel-linux-musl-, s390x-linux-musl-, powerpc64le-linux-musl-) builds for another target with
# Debian's musl cross wrappers; binutils come from the matching -gnu- prefix.

VERSION    := 0.1.0
PREFIX     ?= /usr/local
DESTDIR    ?=
BUILD      := build

CROSS_COMPILE ?=
ifeq ($(CROSS_COMPILE),)
  CC        := musl-gcc
  BINUTILS  :=
  ARCH      := $(shell uname -m)
else
  CC        := $(CROSS_COMPILE)gcc
  # Debian ships musl cross compilers as wrappers around the -gnu- gcc;
  # ar, strip and nm exist only under the -gnu- name.
  BINUTILS  := $(subst musl,gnu,$(CROSS_COMPILE))
  ARCH      := $(firstword $(subst -, ,$(CROSS_COMPILE)))
endif
AR         := $(BINUTILS)ar
STRIP      := $(BINUTILS)strip
NM         := $(BINUTILS)nm
HOSTCC     ?= gcc
# make V=1 shows the compiler command lines.
Q          := $(if $(V),,@)

# SANITIZE=1: a glibc build with AddressSanitizer and UBSan (clang), its
# own sysroot and objects; `make check SANITIZE=1` runs the suite on it.
SANITIZE ?=
ifeq ($(SANITIZE),1)
  CC        := clang
  ARCH      := $(shell uname -m)-sanitize
  AR        := ar
  STRIP     := true
endif

SYSROOT    := $(BUILD)/sysroot-$(ARCH)
OBJDIR     := $(BUILD)/obj-$(ARCH)
GEN        := $(BUILD)/gen
KCONFIG_CONFIG ?= .config
export KCONFIG_CONFIG
# The machine the kconfig tools make a configuration for (TARGET_ARCH).
export BPFBOX_ARCH = $(ARCH)

CFLAGS     ?= -Os
WARN       := -Wall -Wextra -Werror
CPPFLAGS   := -std=c11 -D_GNU_SOURCE -DBPFBOX_VERSION='"$(VERSION)"' \
              -I$(GEN) -Ilibcore -Iapplets -isystem $(SYSROOT)/include \
              -DZYDIS_STATIC_BUILD
ALLCFLAGS  := $(CFLAGS) $(WARN) -ffunction-sections -fdata-sections \
              -fno-asynchronous-unwind-tables -fno-stack-protector
# Page padding costs flash.  x86 is the one target where binutils puts
# code in pages of its own by default (up to 12 KB of padding); a static
# musl binary never applies RELRO (no dynamic linker runs), so aligning
# for it is padding too; and a small common page size lets the data follow
# the code in the file instead of starting a new page (the page they share
# is mapped twice).
LDFLAGS    := -static -Wl,--gc-sections -Wl,-z,noseparate-code -Wl,-z,norelro \
              -Wl,-z,common-page-size=64 -L$(SYSROOT)/lib
ifeq ($(SANITIZE),1)
  # The sanitizers intercept the C library's printf and malloc: keep them
  # even where .config asks for libcore's (CONFIG_SMALL_LIBC).
  SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g \
               -DBPFBOX_NO_SMALL_LIBC
  ALLCFLAGS := -O1 $(WARN) $(SAN_FLAGS)
  LDFLAGS   := $(SAN_FLAGS) -L$(SYSROOT)/lib
endif

.PHONY: FORCE all deps check check-cross check-fresh check-dis check-vm capture-jit target-helpers fuzz sizes install clean distclean sample bench help \
        defconfig menuconfig oldconfig olddefconfig allnoconfig allyesconfig \
        savedefconfig
all: bpfbox

help:
	@sed -n '2,/^$$/s/^# \{0,1\}//p' Makefile

# ---- host packages ---------------------------------------------------------
# Everything that runs a kconfig tool, a compiler or a test depends on this
# step (order-only), so no first command in a fresh clone can reach a
# missing tool: `make sample`, `make check`, `make menuconfig` all start by
# installing what is missing (apt-get, as root; configs/scripts/host_pkgs.sh).
# The build: musl, kconfig-frontends, dpkg-dev to unpack source packages.
HOST_PKGS := musl-tools kconfig-frontends-nox dpkg-dev make gcc libc6-dev file xz-utils bzip2
# The suite: tmux drives menuconfig, util-linux has setpriv (runs as
# another user), binutils has nm (what a build links), python3 checks
# that every -j document parses (json.tool) and reads values out of them.
HOST_PKGS += tmux util-linux binutils python3
DEB_ARCH_x86_64  := amd64
DEB_ARCH_aarch64 := arm64
DEB_ARCH_arm     := armhf
DEB_ARCH_mipsel  := mipsel
DEB_ARCH_s390x   := s390x
DEB_ARCH_powerpc64le := ppc64el
DEB_ARCH := $(DEB_ARCH_$(ARCH))
# The user-mode emulator that runs a cross build's tests (qemu-user-static).
QEMU_ARCH_aarch64 := aarch64
QEMU_ARCH_arm     := arm
QEMU_ARCH_mipsel  := mipsel
QEMU_ARCH_s390x   := s390x
QEMU_ARCH_powerpc64le := ppc64le
EMU := $(if $(CROSS_COMPILE),qemu-$(QEMU_ARCH_$(ARCH))-static)
ifneq ($(CROSS_COMPILE),)
  HOST_PKGS += gcc-$(patsubst %-,%,$(BINUTILS)) musl-dev:$(DEB_ARCH) qemu-user-static
endif
ifeq ($(SANITIZE),1)
  HOST_PKGS += clang libclang-rt-14-dev
else
  # The kernel's UAPI headers (linux/bpf.h) for the target's test helpers:
  # the musl compilers see no /usr/include (-nostdinc).
  HOST_PKGS += linux-libc-dev-$(DEB_ARCH)-cross
endif

# The stamp holds the list it was made for: a changed list checks again.
HOST_STAMP := $(BUILD)/.pkgs-$(ARCH)
ifneq ($(file < $(HOST_STAMP)),$(HOST_PKGS))
$(HOST_STAMP): FORCE
endif
$(HOST_STAMP):
	@mkdir -p $(BUILD)
	@sh configs/scripts/host_pkgs.sh $(DEB_ARCH) $(HOST_PKGS)
	@echo '$(HOST_PKGS)' > $@

deps: $(SYSROOT)/.complete

# The script keeps a stamp per library and redoes what a changed recipe
# (the script, libelf's config, the Zydis patch and prune script) changes; `make
# distclean` starts over.
$(SYSROOT)/.complete: configs/scripts/sysroot.sh configs/scripts/libelf-config.h \
		configs/scripts/zydis-big-endian.patch configs/scripts/zydis-prune.awk | $(HOST_STAMP)
	sh configs/scripts/sysroot.sh $(BUILD) $(ARCH) $(CC) $(AR)

# ---- configuration (real kconfig-frontends tools) -------------------------
CONFIG_TARGETS := defconfig %_defconfig menuconfig oldconfig olddefconfig \
                  allnoconfig allyesconfig savedefconfig

# build/config-origin remembers which file .config came from, for its
# size budget (a "# size budget: N bytes" line in that file).
defconfig: | $(HOST_STAMP)
	kconfig-conf --defconfig=configs/defconfig Kconfig
	@mkdir -p $(BUILD) && echo configs/defconfig > $(BUILD)/config-origin
%_defconfig: configs/%_defconfig | $(HOST_STAMP)
	kconfig-conf --defconfig=$< Kconfig
	@mkdir -p $(BUILD) && echo $< > $(BUILD)/config-origin
menuconfig: | $(HOST_STAMP)
	kconfig-mconf Kconfig
oldconfig: | $(HOST_STAMP)
	kconfig-conf --oldconfig Kconfig
olddefconfig: | $(HOST_STAMP)
	kconfig-conf --olddefconfig Kconfig
# allno/allyes come from no file: they have no size budget.
allnoconfig: | $(HOST_STAMP)
	kconfig-conf --allnoconfig Kconfig
	@rm -f $(BUILD)/config-origin
allyesconfig: | $(HOST_STAMP)
	kconfig-conf --allyesconfig Kconfig
	@rm -f $(BUILD)/config-origin
savedefconfig: | $(HOST_STAMP)
	kconfig-conf --savedefconfig=defconfig Kconfig
	@echo "wrote ./defconfig"

# With no .config yet, a build starts from configs/defconfig; when the
# Kconfig files gain a symbol, .config takes its default (olddefconfig).
# Only a missing .config needs the host step first: a dry run (make -n,
# which still remakes included files) must not install anything.
$(KCONFIG_CONFIG): Kconfig $(wildcard applets/*.kconfig) | $(if $(wildcard $(KCONFIG_CONFIG)),,$(HOST_STAMP))
	@if [ -f $@ ]; then kconfig-conf -s --olddefconfig Kconfig; \
	else kconfig-conf --defconfig=configs/defconfig Kconfig && \
		mkdir -p $(BUILD) && echo configs/defconfig > $(BUILD)/config-origin; fi
	@touch $@

ifeq ($(filter $(CONFIG_TARGETS) deps clean distclean help fuzz check-cross check-fresh check-dis check-vm capture-jit,$(MAKECMDGOALS)),)
-include $(KCONFIG_CONFIG)
endif

# CONFIG_SMALL_LIBC's printf has no floating point (libcore/fmt.c).  Where
# the compiler can, any floating point in bpfbox becomes a compile error,
# which also drops the vector-register spill from every varargs function.
ifeq ($(CONFIG_SMALL_LIBC),y)
  ALLCFLAGS += $(if $(filter x86_64 aarch64,$(ARCH)),-mgeneral-regs-only)
endif

# ---- generated headers ------------------------------------------------------
APPLET_KCONFIGS := $(wildcard applets/*.kconfig)

# config.h: every CONFIG_X of .config as 0/1 plus IF_X(...), so dead code
# drops out at compile time without #ifdef forests.
$(GEN)/config.h: $(KCONFIG_CONFIG) Kconfig $(APPLET_KCONFIGS) configs/scripts/gen_config.awk
	@mkdir -p $(GEN)
	@awk -f configs/scripts/gen_config.awk $< Kconfig $(APPLET_KCONFIGS) > $@.tmp && mv $@.tmp $@

# usage.h: each applet's --help is its Kconfig help text, one source.
$(GEN)/usage.h: $(APPLET_KCONFIGS) configs/scripts/gen_usage.awk
	@mkdir -p $(GEN)
	@awk -f configs/scripts/gen_usage.awk $(APPLET_KCONFIGS) > $@.tmp && mv $@.tmp $@

# ---- the binary ---------------------------------------------------------------
LIBCORE_SRCS := $(wildcard libcore/*.c)
APPLET_SRCS-y                    := applets/bpfbox.c applets/applets.c
APPLET_SRCS-$(CONFIG_BPF_MEMLOCK) += applets/memlock.c
APPLET_SRCS-$(CONFIG_BPF_JIT)     += applets/jit.c
APPLET_SRCS-$(CONFIG_BPF_READELF) += applets/readelf.c
APPLET_SRCS-$(CONFIG_BPF_JITDIS)  += applets/jitdis.c
APPLETS-$(CONFIG_BPF_MEMLOCK) += bpf-memlock
APPLETS-$(CONFIG_BPF_JIT)     += bpf-jit
APPLETS-$(CONFIG_BPF_READELF) += bpf-readelf
APPLETS-$(CONFIG_BPF_JITDIS)  += bpf-jitdis
LIBS-$(CONFIG_BPF_READELF) += -lelf -lz
LIBS-$(CONFIG_DIS_X86)     += -lZydis
# libcore is an archive: an applet pulls in only the topics it calls, so a
# tiny build never links libelf or Zydis through shared code.
LIBCORE_OBJS := $(patsubst %.c,$(OBJDIR)/%.o,$(LIBCORE_SRCS))
OBJS := $(patsubst %.c,$(OBJDIR)/%.o,$(APPLET_SRCS-y))

# Each object depends on the headers it includes (-MMD writes them down
# as it compiles; an object without its list is rebuilt) and on the
# compiler flags (a stamp holding them: SMALL_LIBC changes them).  The
# generated headers must exist before the first object.
FLAGS_STAMP := $(OBJDIR)/.flags
ifneq ($(file < $(FLAGS_STAMP)),$(CC) $(CPPFLAGS) $(ALLCFLAGS))
$(FLAGS_STAMP): FORCE
endif
$(FLAGS_STAMP): | $(HOST_STAMP)
	$(shell mkdir -p $(dir $@))$(file > $@,$(CC) $(CPPFLAGS) $(ALLCFLAGS))

$(OBJDIR)/%.o: %.c $(OBJDIR)/%.d $(FLAGS_STAMP) | $(GEN)/config.h $(GEN)/usage.h $(SYSROOT)/.complete
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CPPFLAGS) $(ALLCFLAGS) -MMD -MP -c $< -o $@
$(OBJDIR)/%.d: ;
.PRECIOUS: $(OBJDIR)/%.d
-include $(wildcard $(OBJDIR)/applets/*.d $(OBJDIR)/libcore/*.d)

$(OBJDIR)/libcore.a: $(LIBCORE_OBJS)
	$(Q)rm -f $@ && $(AR) rcs $@ $^

# A rebuilt sysroot (its .complete is newer) relinks.
$(BUILD)/bpfbox-$(ARCH).unstripped: $(OBJS) $(OBJDIR)/libcore.a $(SYSROOT)/.complete
	$(Q)$(CC) $(ALLCFLAGS) $(LDFLAGS) $(OBJS) $(OBJDIR)/libcore.a $(LIBS-y) -o $@

# Always re-stripped: ./bpfbox may hold another target's build.
bpfbox: $(BUILD)/bpfbox-$(ARCH).unstripped FORCE
ifeq ($(SANITIZE),1)
	$(Q)cp $< $@
else
	$(Q)$(STRIP) -s -R .comment -o $@ $<
	@file $@ | grep -q 'statically linked' || { echo "bpfbox: not static" >&2; rm -f $@; exit 1; }
endif

# ---- tests, sizes, install -------------------------------------------------
# Helpers the tests run (a map/prog holder, a seccomp wrapper) are host
# programs: they set up kernel state, they are not part of bpfbox.
TEST_HELPERS := $(patsubst tests/helpers/%.c,$(BUILD)/test-helpers/%,$(wildcard tests/helpers/*.c))
$(BUILD)/test-helpers/%: tests/helpers/%.c | $(HOST_STAMP)
	@mkdir -p $(dir $@)
	$(HOSTCC) -O2 -Wall -Wextra -Werror -o $@ $<
# libcore_check compiles the libcore pieces it checks into itself.
$(BUILD)/test-helpers/libcore_check: $(wildcard libcore/*.c libcore/*.h)

# The same helpers for the target, static with musl (what a check-vm guest
# runs; libcore_check is a host test of libcore and stays out).  Their
# linux/ and asm/ headers come from linux-libc-dev-ARCH-cross, under
# /usr/TRIPLET/include beside nothing else of the C library's, through
# links in a directory of their own.
KHDR_TRIPLET   := $(if $(CROSS_COMPILE),$(patsubst %-,%,$(BINUTILS)),$(ARCH)-linux-gnu)
KHDR           := $(BUILD)/kheaders-$(ARCH)
TARGET_HELPERS := $(patsubst tests/helpers/%.c,$(BUILD)/helpers-$(ARCH)/%,\
                  $(filter-out tests/helpers/libcore_check.c,$(wildcard tests/helpers/*.c)))
$(KHDR)/.done: | $(HOST_STAMP)
	@mkdir -p $(KHDR)
	@for d in linux asm asm-generic; do ln -sfn /usr/$(KHDR_TRIPLET)/include/$$d $(KHDR)/$$d; done
	@touch $@
$(BUILD)/helpers-$(ARCH)/%: tests/helpers/%.c $(KHDR)/.done
	@mkdir -p $(dir $@)
	$(CC) -static -O2 -Wall -Wextra -Werror -isystem $(KHDR) -o $@ $<
target-helpers: $(if $(filter 1,$(SANITIZE)),,$(TARGET_HELPERS))

check: bpfbox $(TEST_HELPERS) target-helpers $(BUILD)/dis-check/dis_check
	@# The size budget of the config (x86_64 only) is part of the check.
	@$(MAKE) --no-print-directory sizes > $(BUILD)/sizes.txt || { cat $(BUILD)/sizes.txt; exit 1; }
	@sed -n 1,2p $(BUILD)/sizes.txt
	BPFBOX=$(CURDIR)/bpfbox BUILD=$(CURDIR)/$(BUILD) KCONFIG_CONFIG=$(KCONFIG_CONFIG) \
		SANITIZE=$(SANITIZE) EMU=$(EMU) sh tests/run.sh

# Speed and memory against the reference tools (llvm-objdump, objdump);
# installs them if missing.  Figures and ratios, not a pass/fail test.
bench: bpfbox $(TEST_HELPERS) $(BUILD)/dis-check/dis_check
	@command -v llvm-objdump-19 >/dev/null || command -v llvm-objdump >/dev/null || \
		{ apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q llvm-19 >/dev/null; }
	@sh configs/scripts/host_pkgs.sh $(DEB_ARCH) $(DIS_PKGS)
	BPFBOX=$(CURDIR)/bpfbox DIS_CHECK=$(BUILD)/dis-check/dis_check sh tests/bench.sh

# ---- fuzzing ---------------------------------------------------------------
# libFuzzer harnesses (tests/fuzz) on an ASan+UBSan build; each runs for
# FUZZ_SECONDS, seeded with the test fixtures.  A crash leaves its input in
# build/fuzz/crash-*: make it a regression file in tests/data/bad/.
FUZZ_SECONDS ?= 60
FUZZERS      := readelf jitdis insn opts btf
FUZZ_DIR     := $(BUILD)/fuzz
FUZZ_SYSROOT := $(BUILD)/sysroot-$(shell uname -m)-sanitize
FUZZ_SRCS    := $(LIBCORE_SRCS) applets/applets.c applets/memlock.c applets/jit.c \
                applets/readelf.c applets/jitdis.c
FUZZ_FLAGS   := -g -O1 -fsanitize=fuzzer,address,undefined -DBPFBOX_NO_SMALL_LIBC -std=c11 -D_GNU_SOURCE \
                -DBPFBOX_VERSION='"$(VERSION)"' -DZYDIS_STATIC_BUILD -I$(GEN) -Ilibcore \
                -Iapplets -isystem $(FUZZ_SYSROOT)/include

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(FUZZ_SRCS) $(GEN)/config.h $(GEN)/usage.h
	@mkdir -p $(dir $@)
	@echo "  FUZZ    $@"
	$(Q)clang -Wall $(FUZZ_FLAGS) $< $(FUZZ_SRCS) -L$(FUZZ_SYSROOT)/lib -lelf -lz -lZydis -o $@

fuzz:
	$(MAKE) deps SANITIZE=1
	$(MAKE) $(GEN)/config.h $(GEN)/usage.h $(patsubst %,$(FUZZ_DIR)/fuzz_%,$(FUZZERS))
	sh tests/fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZERS)

# ---- decoders against objdump ---------------------------------------------
# tests/dis/dis_check.c with every decoder but x86's (Zydis: checked
# through bpfbox, below), built for this machine; each machine's forms
# exhaustively against its cross objdump.
DIS_CHECK    := $(BUILD)/dis-check
DIS_PKGS     := binutils-x86-64-linux-gnu binutils-aarch64-linux-gnu binutils-arm-linux-gnueabihf \
                binutils-mipsel-linux-gnu binutils-mips-linux-gnu binutils-mips64el-linux-gnuabi64 \
                binutils-riscv64-linux-gnu binutils-powerpc64le-linux-gnu binutils-powerpc64-linux-gnu \
                binutils-powerpc-linux-gnu binutils-s390x-linux-gnu
# The decoders, and num.c for the number printer they share.
DIS_SRCS     := $(filter-out libcore/dis_x86.c libcore/dis_host.c libcore/dis_listing.c,$(wildcard libcore/dis*.c)) \
                libcore/num.c

$(DIS_CHECK)/config.h: $(APPLET_KCONFIGS) Kconfig configs/scripts/gen_config.awk
	@mkdir -p $(DIS_CHECK)
	@grep -h '^config DIS_' $(APPLET_KCONFIGS) | sed 's/^config \(.*\)/CONFIG_\1=y/; /CONFIG_DIS_X86=/d' > $(DIS_CHECK)/all.config
	@awk -f configs/scripts/gen_config.awk $(DIS_CHECK)/all.config Kconfig $(APPLET_KCONFIGS) > $@

$(DIS_CHECK)/dis_check: tests/dis/dis_check.c $(DIS_SRCS) $(wildcard libcore/dis*.h) $(DIS_CHECK)/config.h | $(HOST_STAMP)
	$(HOSTCC) -O2 -Wall -Wextra -Werror -std=c11 -D_GNU_SOURCE -DDIS_CHECK -I$(DIS_CHECK) -Ilibcore \
		-o $@ tests/dis/dis_check.c $(DIS_SRCS)


# x86 (Zydis' decoder, bpfbox's printer): the forms tests/dis/x86_forms.c
# generates, through bpfbox itself (built by a sub-make, which reads
# .config), against x86_64-linux-gnu-objdump, AT&T and Intel.
$(DIS_CHECK)/x86_forms: tests/dis/x86_forms.c | $(HOST_STAMP)
	@mkdir -p $(DIS_CHECK)
	$(HOSTCC) -O2 -Wall -Wextra -Werror -std=c11 -o $@ $<

check-dis: $(DIS_CHECK)/dis_check $(DIS_CHECK)/x86_forms
	@sh configs/scripts/host_pkgs.sh $(DEB_ARCH) $(DIS_PKGS)
	@$(MAKE) --no-print-directory bpfbox
	@status=0; $(DIS_CHECK)/dis_check -l > $(DIS_CHECK)/machines; \
	[ -s $(DIS_CHECK)/machines ] || echo "check-dis: no decoder with a form table in this tree"; \
	while read -r m triplet; do \
		$(DIS_CHECK)/dis_check $$m $(DIS_CHECK) || status=1; \
	done < $(DIS_CHECK)/machines; \
	if grep -q '^CONFIG_DIS_X86=y' $(KCONFIG_CONFIG); then \
		sh tests/dis/x86_check.sh $(CURDIR)/bpfbox $(DIS_CHECK)/x86_forms $(DIS_CHECK)/x86 || status=1; \
	else echo "check-dis: x86: not in this build (CONFIG_DIS_X86)"; fi; exit $$status

# The suite on every target (x86_64 natively, the rest under qemu-user).
check-cross:
	sh tests/check-cross.sh

# The README's two commands in a pristine Debian 12 root (mmdebstrap,
# cached under build/fresh): needs nothing from this machine but root,
# git and mmdebstrap (installed if missing).
check-fresh:
	sh tests/check-fresh.sh

# Real kernels of the target architectures under qemu-system (tests/vm):
# each kernel of VM (default: all of tests/vm/kernels) is fetched from
# Debian, booted with an initramfs holding busybox, bpfbox, the helpers
# and the live test files, two guests at a time.  capture-jit records
# their JIT dumps and images as fixtures in tests/data/jit/real/.
VM ?=
VM_PKGS := qemu-system-arm qemu-system-mips qemu-system-ppc qemu-system-misc qemu-system-x86 \
           cpio gzip dpkg-dev xz-utils
check-vm:
	@sh configs/scripts/host_pkgs.sh $(DEB_ARCH) $(VM_PKGS)
	sh tests/vm/check-vm.sh $(VM)
capture-jit: $(DIS_CHECK)/dis_check
	@sh configs/scripts/host_pkgs.sh $(DEB_ARCH) $(VM_PKGS) $(DIS_PKGS)
	DIS_CHECK=$(CURDIR)/$(DIS_CHECK)/dis_check sh tests/vm/capture-jit.sh $(VM)

sample: bpfbox
	sh tests/sample.sh ./bpfbox

# A config file states its budget for x86_64 ("# size budget: N bytes")
# and, where it has one, for another target ("# size budget mipsel: N").
sizes: bpfbox
	@printf 'bpfbox (%s, stripped): %s bytes\n' $(ARCH) $$(stat -c %s bpfbox)
	@origin=$$(cat $(BUILD)/config-origin 2>/dev/null); \
	budget=$$(sed -n 's/^# size budget $(ARCH): \([0-9]*\) bytes.*/\1/p' "$$origin" 2>/dev/null); \
	[ -n "$$budget" ] || [ "$(ARCH)" != x86_64 ] || \
		budget=$$(sed -n 's/^# size budget: \([0-9]*\) bytes.*/\1/p' "$$origin" 2>/dev/null); \
	if [ -n "$$budget" ]; then \
		size=$$(stat -c %s bpfbox); \
		if [ $$size -le $$budget ]; then echo "budget of $$origin ($(ARCH)): $$budget bytes: within ($$((budget - size)) to spare)"; \
		else echo "budget of $$origin ($(ARCH)): $$budget bytes: OVER by $$((size - budget))"; over=1; fi; \
	fi; \
	echo "biggest symbols (text+data, bytes):"; \
	$(NM) --size-sort -r -S -t d $(BUILD)/bpfbox-$(ARCH).unstripped | \
		awk '$$3 ~ /^[tTdDrR]$$/ { printf "  %8d %s %s\n", $$2, $$3, $$4 }' | head -20; \
	[ -z "$$over" ]

install: bpfbox
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 bpfbox $(DESTDIR)$(PREFIX)/bin/bpfbox
	for a in $(APPLETS-y); do ln -sf bpfbox $(DESTDIR)$(PREFIX)/bin/$$a; done

clean:
	rm -rf $(OBJDIR) $(GEN) $(BUILD)/bpfbox-* $(BUILD)/test-helpers $(BUILD)/helpers-* $(BUILD)/tests bpfbox

distclean: clean
	rm -rf $(BUILD) .config .config.old defconfig

FORCE:
