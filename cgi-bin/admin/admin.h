/* Handlers of admin.fcgi, one file per admin area. */
#ifndef PORTAL_ADMIN_H
#define PORTAL_ADMIN_H

#include "request.h"

/* ---- staff accounts, users, audit, dashboard, calendar (login.c users.c audit.c dashboard.c calendar.c) ---- */
int admin_login_page(struct request *req);
int admin_login_submit(struct request *req);
int admin_logout(struct request *req);
int admin_password_page(struct request *req);
int admin_password_submit(struct request *req);
int admin_root_redirect(struct request *req);
int admin_dashboard(struct request *req);
int admin_users_page(struct request *req);
int admin_user_new_page(struct request *req);
int admin_user_create(struct request *req);
int admin_user_edit_page(struct request *req);
int admin_user_update(struct request *req);
int admin_user_action(struct request *req);
int admin_audit_page(struct request *req);
int admin_audit_csv(struct request *req);
int admin_calendar_page(struct request *req);
int admin_calendar_toggle(struct request *req);
int admin_calendar_load(struct request *req);
/* ---- end staff accounts ---- */
/* ---- applications (application*.c) ---- */
int application_inbox_page(struct request *req);
int application_csv_export(struct request *req);
int application_new_page(struct request *req);
int application_new_submit(struct request *req);
int application_detail_page(struct request *req);
int application_action_submit(struct request *req);
int application_file_download(struct request *req);
/* 依申请转主动 (application_release.c, issue 14): the form and the draft it makes. */
int application_release_page(struct request *req);
int application_release_submit(struct request *req);
/* ---- end applications ---- */

/* ---- 互动交流 (messages_admin.c message_actions.c message_stats.c, issue 12) ---- */
int message_inbox_page(struct request *req);
int message_detail_page(struct request *req);
int message_action_submit(struct request *req);
int message_settings_page(struct request *req);
int message_settings_submit(struct request *req);
/* 征集意见 (consultations_admin.c consultation_feedback.c consultation_comments.c, issue 12) */
int consultations_admin_list(struct request *req);
int consultation_new_page(struct request *req);
int consultation_new_submit(struct request *req);
int consultation_edit_page(struct request *req);
int consultation_edit_submit(struct request *req);
int consultation_submit(struct request *req);
int consultation_publish(struct request *req);
int consultation_return(struct request *req);
int consultation_attachment_upload(struct request *req);
int consultation_attachment_remove(struct request *req);
int consultation_feedback_save(struct request *req);
int consultation_feedback_submit(struct request *req);
int consultation_feedback_publish(struct request *req);
int consultation_feedback_return(struct request *req);
int consultation_comments_page(struct request *req);
int consultation_comment_action(struct request *req);
struct tmpl_dict;
/* {{>message_warning}}: messages open 60 days or more, per agency (all agencies
 * for the platform administrator, the session's for a 经办人); nothing when none. */
void message_veto_warning(struct request *req, struct tmpl_dict *d);
/* ---- end 互动交流 ---- */

/* ---- content editing (entries.c guides_admin.c news_admin.c pages_admin.c agencies_admin.c
 *      categories_admin.c settings_admin.c links.c) ---- */
int entries_list(struct request *req);
int entry_new_page(struct request *req);
int entry_new_submit(struct request *req);
int entry_edit_page(struct request *req);
int entry_edit_submit(struct request *req);
int entry_submit(struct request *req);
int entry_publish(struct request *req);
int entry_return(struct request *req);
int entry_sign(struct request *req);
int entry_attachment_upload(struct request *req);
int entry_attachment_remove(struct request *req);
int guides_admin_list(struct request *req);
int guide_new_page(struct request *req);
int guide_new_submit(struct request *req);
int guide_edit_page(struct request *req);
int guide_edit_submit(struct request *req);
int guide_make_copy(struct request *req);
int guide_submit(struct request *req);
int guide_publish(struct request *req);
int guide_return(struct request *req);
int guide_sign(struct request *req);
int guide_material_add(struct request *req);
int guide_material_action(struct request *req);
int guide_step_add(struct request *req);
int guide_step_action(struct request *req);
int news_admin_list(struct request *req);
int news_new_page(struct request *req);
int news_new_submit(struct request *req);
int news_edit_page(struct request *req);
int news_edit_submit(struct request *req);
int news_submit(struct request *req);
int news_publish(struct request *req);
int news_return(struct request *req);
int news_sign(struct request *req);
int pages_admin_list(struct request *req);
int page_admin_edit(struct request *req);
int page_admin_submit(struct request *req);
int page_admin_publish(struct request *req);
int page_admin_return(struct request *req);
int page_admin_sign(struct request *req);
int agencies_admin_list(struct request *req);
int agency_new_page(struct request *req);
int agency_new_submit(struct request *req);
int agency_edit_page(struct request *req);
int agency_edit_submit(struct request *req);
int agency_change_publish(struct request *req);
int agency_change_return(struct request *req);
int agency_change_sign(struct request *req);
int unit_new_page(struct request *req);
int unit_new_submit(struct request *req);
int oversight_page(struct request *req);
int categories_admin_page(struct request *req);
int category_add(struct request *req);
int category_save(struct request *req);
/* search_admin.c: synonyms, 热门搜索 counts, index state */
int search_admin_page(struct request *req);
int synonym_add(struct request *req);
int synonym_delete(struct request *req);
int settings_admin_page(struct request *req);
int settings_admin_submit(struct request *req);
int links_page(struct request *req);
/* ---- end content editing ---- */

/* ---- annual report (annual_report_admin.c, issue 6) ---- */
int annual_report_list(struct request *req);
int annual_report_page(struct request *req);
int annual_report_save(struct request *req);
int annual_report_submit(struct request *req);
int annual_report_publish(struct request *req);
int annual_report_return(struct request *req);
struct tmpl_dict;
/* Adds the dashboard's reminder of the report due on 31 January (from 1 December,
 * and after the deadline while unpublished) as {{>annual_report_reminder}}. */
void annual_report_dashboard(struct request *req, struct tmpl_dict *d);
/* The platform summary for the platform administrator (annual_report_summary.c, issue 10):
 * section 三 summed over every agency, each agency's report state, the table as CSV. */
int annual_report_summary_redirect(struct request *req);
int annual_report_summary_page(struct request *req);
int annual_report_summary_csv(struct request *req);
/* ---- end annual report ---- */

/* ---- inspection readiness, staff side (issue 14: signoff.c) ---- */
int review_levels_page(struct request *req);
int review_levels_submit(struct request *req);
/* /admin/freshness: the self-check against the inspection indicators (freshness.c). */
int freshness_page(struct request *req);
/* /admin/visits: page views and visitors, a 30-day chart (visits_admin.c). */
int visits_page(struct request *req);
/* /admin/website-report: the 政府网站工作年度报表 (website_report_admin.c). */
int website_report_redirect(struct request *req);
int website_report_page(struct request *req);
int website_report_save(struct request *req);
int website_report_publish(struct request *req);
struct tmpl_dict;
/* The dashboard's 待审签 list for a signer: the agency's entries and news
 * approved at the first of two levels, as the section {{#signoff}}. */
void signoff_dashboard(struct request *req, struct tmpl_dict *d);
/* ---- end inspection readiness ---- */

#endif
