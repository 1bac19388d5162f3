/* Handlers of portal.fcgi, one file per feature. Each owns its SQL. */
#ifndef PORTAL_PUBLIC_H
#define PORTAL_PUBLIC_H

#include "request.h"

int home_page(struct request *req);
int health_check(struct request *req);

#endif
