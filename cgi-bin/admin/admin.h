/* Handlers of admin.fcgi, one file per admin area. */
#ifndef PORTAL_ADMIN_H
#define PORTAL_ADMIN_H

#include "request.h"

int admin_login_page(struct request *req);

#endif
