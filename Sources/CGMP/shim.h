// GMP: arbitrary-precision integers (Debian's libgmp-dev).
#include <gmp.h>
