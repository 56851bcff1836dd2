// OpenSSL's libcrypto: message digests for hashlib (Debian's libssl-dev).
#include <openssl/evp.h>
#include <openssl/crypto.h>
