/* SQLite loadable extension with the search tokenizer "portal_words", for
 * programs that are not the portal's own but write or query content.db: the
 * sqlite3 shell (.load portal_search) and the Python tests and bench data
 * writers. The portal's programs register the tokenizer in db_open. */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include "words.h"

int sqlite3_portalsearch_init(sqlite3 *db, char **error, const sqlite3_api_routines *api);

int sqlite3_portalsearch_init(sqlite3 *db, char **error, const sqlite3_api_routines *api)
{
    SQLITE_EXTENSION_INIT2(api);
    (void)error;
    return words_register_tokenizer(db);
}
