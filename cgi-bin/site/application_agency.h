/* The agency an application is made to (issue 10): the list a citizen picks
 * from (grouped 本级政府 / 部门 / 乡镇（街道）), the agency's application office
 * (申请受理机构, agency_settings applications_*), and the named agency of an
 * Art. 36(五) reply. Shared by apply.fcgi and admin.fcgi. */
#ifndef PORTAL_APPLICATION_AGENCY_H
#define PORTAL_APPLICATION_AGENCY_H

#include <stdbool.h>

#include "agency.h"
#include "request.h"

struct tmpl_dict;

/* The platform's agencies as <optgroup>s of a <select>: sections
 * {{#agency_groups}}{{group}}{{#agency_options}}{{code}}{{name}}{{#selected}}
 * in D, SELECTED_CODE marked; EXCLUDE_ID (or 0) left out. */
void application_agency_options(struct request *req, struct tmpl_dict *d, const char *selected_code,
                                long long exclude_id);

/* The agency's application office as {{#office_rows}}{{label}}{{value}} rows
 * (受理机构, 地址, 邮政编码, 办公时间, 电话, 传真), each only when set. */
void application_office_to_dict(struct request *req, struct tmpl_dict *d, long long agency_id);

/* The same in one line, for a reply that names the agency (Art. 36(五)):
 * "宁国市人力资源和社会保障局办公室（政府信息公开工作机构），地址：…，电话：…". */
const char *application_office_line(struct request *req, long long agency_id);

/* Reads the agency CODE a form chose into OUT. Returns NULL, or the Chinese
 * message for the field: none chosen, or not an agency of the platform. */
const char *application_agency_check(struct request *req, const char *code, struct agency *out);

/* The agency of application row AGENCY_ID for citizen pages: its name, or
 * "" when the row predates agencies or the agency is gone. */
const char *application_agency_name(struct request *req, long long agency_id);

#endif
