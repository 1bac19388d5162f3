/* Start-up shared by the three FastCGI programs: configuration, database
 * connections with the program's rights, templates, then the accept loop. */
#ifndef PORTAL_PROGRAM_H
#define PORTAL_PROGRAM_H

#include "app.h"
#include "config.h"
#include "crypto.h"

enum program_rights {
    RIGHTS_PUBLIC,      /* content.db read-only; private.db never opened */
    RIGHTS_APPLY,       /* content.db read-only; private.db read-write */
    RIGHTS_ADMIN,       /* both read-write */
};

extern struct config program_config;
/* The server secret (CSRF tokens, client keys), loaded at start-up. */
extern unsigned char program_secret[SECRET_KEY_BYTES];

int program_main(struct app *app, enum program_rights rights);

#endif
