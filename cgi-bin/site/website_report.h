/* 政府网站工作年度报表 (国办函〔2018〕12号; issue 14): the report's rows,
 * shared by the platform administrator's form and the public page. */
#ifndef PORTAL_WEBSITE_REPORT_H
#define PORTAL_WEBSITE_REPORT_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

struct arena;
struct tmpl_dict;

/* KIND: 'g' generated from content.db by SQL (?1 the year as text), 'n' a
 * number typed by staff, 'y' 是/否 typed, 't' text typed. */
struct website_report_row {
    const char *key, *section, *label, *unit;
    char kind;
    const char *sql;
};

extern const struct website_report_row website_report_rows[];
extern const size_t website_report_row_count;

/* The value of generated ROW for YEAR, in ARENA ("" when the query gives none). */
const char *website_report_generated(struct arena *arena, sqlite3 *content_db, const struct website_report_row *row,
                                     int year);

/* Row KEY of YEAR's report as saved for review, or as PUBLISHED; "" when none. In ARENA. */
const char *website_report_value(struct arena *arena, sqlite3 *content_db, long long year, const char *key,
                                 bool published);
/* Adds row I to D as {{#section}}{{name}}{{#row}}{{label}}..., a new section
 * when its section differs from the row before (*GROUP keeps the current
 * one; NULL at first); returns the row's dictionary. */
struct tmpl_dict *website_report_add_row(struct tmpl_dict *d, size_t i, struct tmpl_dict **group);

#endif
