// The one doctest main for the core tests. The same binary runs natively, under ASan+UBSan,
// and compiled to WASM under Node; all three must report the same test count.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
