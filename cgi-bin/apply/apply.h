/* Handlers of apply.fcgi, one file per feature. */
#ifndef PORTAL_APPLY_H
#define PORTAL_APPLY_H

#include "request.h"

int apply_form_page(struct request *req);

#endif
