#ifndef EMEND_CFUZZDRIVER_H
#define EMEND_CFUZZDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in the toolchain's libclang_rt.fuzzer). SwiftPM links an
/// executable target with `--defsym main=<Module>_main`, which -parse-as-library never
/// emits, so each fuzz target defines `<Module>_main` itself and hands over to this.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
