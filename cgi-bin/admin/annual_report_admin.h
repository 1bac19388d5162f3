/* What annual_report_admin.c (one agency's report) shares with the platform
 * summary (annual_report_summary.c): the years a report may be built for and
 * an agency's report state with its section 三. */
#ifndef PORTAL_ANNUAL_REPORT_ADMIN_H
#define PORTAL_ANNUAL_REPORT_ADMIN_H

#include <stdbool.h>

#include "annual_report.h"
#include "request.h"

/* The 条例 of 2007 took effect in 2008: the first year a report covers. */
enum { ANNUAL_REPORT_FIRST_YEAR = 2008 };

/* The current year in Beijing time (PORTAL_TODAY in tests). */
int annual_report_this_year(void);
/* From ANNUAL_REPORT_FIRST_YEAR to the current year. */
bool annual_report_year_allowed(long long year);

/* One agency's report of a year as the platform summary sees it. */
struct annual_report_state {
    const char *status;         /* "" when there is none; draft, review, returned or published */
    const char *published_on;   /* "" unless published */
    bool frozen;                /* t3 holds the numbers frozen at publication, else today's count */
    struct table3 t3;
};
/* Fills OUT for AGENCY_ID and YEAR (strings in the request arena). */
void annual_report_state(struct request *req, long long agency_id, int year, struct annual_report_state *out);

#endif
