/* Passwords, tokens and keyed hashes with libsodium: argon2id password
 * hashes, random tokens, hashes for storing tokens, HMACs for CSRF tokens,
 * constant-time comparison. Call crypto_init() once per process. */
#ifndef PORTAL_CRYPTO_H
#define PORTAL_CRYPTO_H

#include <stdbool.h>
#include <stddef.h>

enum {
    PASSWORD_HASH_MAX = 128,   /* >= crypto_pwhash_STRBYTES */
    SECRET_KEY_BYTES = 32,
    TOKEN_HEX_MAX = 129,
};

int crypto_init(void);
/* argon2id; OUT gets the encoded hash. Returns 0, or -1 when out of memory. */
int password_hash(const char *password, char out[PASSWORD_HASH_MAX]);
bool password_verify(const char *hash, const char *password);
/* BYTES random bytes as lowercase hex into OUT (2*BYTES+1 long). */
void random_hex(char *out, size_t bytes);
/* A code people can type: LEN characters from an alphabet without 0/O/1/I/L. */
void random_code(char *out, size_t len);
/* SHA-256 of S as hex (65 bytes): for storing tokens and codes. */
void sha256_hex(const void *data, size_t len, char out[65]);
/* HMAC-SHA-256 of MESSAGE under KEY, hex (65 bytes). */
void hmac_hex(const unsigned char key[SECRET_KEY_BYTES], const char *message, char out[65]);
bool hex_equal(const char *a, const char *b);
/* Loads the server secret from PATH, creating it (mode 0600) when absent. Returns 0 or -1. */
int secret_key_load(const char *path, unsigned char key[SECRET_KEY_BYTES]);

#endif
