// libFuzzer's driver, linked in by `-sanitize=fuzzer` (compiler-rt's FuzzerDriver.cpp).
#pragma once
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the command line `argc`/`argv`, calling `callback` with each input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
