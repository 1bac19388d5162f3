/* admin.fcgi: the staff area under /admin/. Writes content.db and private.db. */
#include "admin.h"
#include "program.h"
#include "staff.h"

static const struct route admin_routes[] = {
    /* ---- staff accounts, users, audit, dashboard, calendar ---- */
    { METHOD_GET, "/admin/login", admin_login_page, 0 },
    { METHOD_POST, "/admin/login", admin_login_submit, 0 },
    { METHOD_POST, "/admin/logout", admin_logout, ROLE_ANY_STAFF },
    { METHOD_GET, "/admin/password", admin_password_page, ROLE_ANY_STAFF },
    { METHOD_POST, "/admin/password", admin_password_submit, ROLE_ANY_STAFF },
    { METHOD_GET, "/admin", admin_root_redirect, ROLE_ANY_STAFF },
    { METHOD_GET, "/admin/", admin_dashboard, ROLE_ANY_STAFF },
    { METHOD_POST, "/admin/agency", admin_agency_switch, ROLE_ANY_STAFF },
    { METHOD_GET, "/admin/users", admin_users_page, ROLE_ADMIN },
    { METHOD_GET, "/admin/users/new", admin_user_new_page, ROLE_ADMIN },
    { METHOD_POST, "/admin/users/new", admin_user_create, ROLE_ADMIN },
    { METHOD_GET, "/admin/users/{id}", admin_user_edit_page, ROLE_ADMIN },
    { METHOD_POST, "/admin/users/{id}", admin_user_update, ROLE_ADMIN },
    { METHOD_POST, "/admin/users/{id}/{name}", admin_user_action, ROLE_ADMIN },
    { METHOD_GET, "/admin/audit", admin_audit_page, ROLE_ADMIN },
    { METHOD_GET, "/admin/audit.csv", admin_audit_csv, ROLE_ADMIN },
    { METHOD_GET, "/admin/oversight", oversight_page, ROLE_ADMIN },
    { METHOD_GET, "/admin/calendar", admin_calendar_page, ROLE_ADMIN },
    { METHOD_POST, "/admin/calendar/toggle", admin_calendar_toggle, ROLE_ADMIN },
    { METHOD_POST, "/admin/calendar/load", admin_calendar_load, ROLE_ADMIN },
    /* ---- end staff accounts ---- */
    /* ---- applications (application*.c) ---- */
    { METHOD_GET, "/admin/applications", application_inbox_page, ROLE_HANDLER },
    { METHOD_GET, "/admin/applications.csv", application_csv_export, ROLE_HANDLER | ROLE_ADMIN },
    { METHOD_GET, "/admin/applications/new", application_new_page, ROLE_HANDLER },
    { METHOD_POST, "/admin/applications/new", application_new_submit, ROLE_HANDLER },
    { METHOD_GET, "/admin/applications/{id}", application_detail_page, ROLE_HANDLER },
    { METHOD_POST, "/admin/applications/{id}/{name}", application_action_submit, ROLE_HANDLER },
    { METHOD_GET, "/admin/application-files/{id}", application_file_download, ROLE_HANDLER },
    { METHOD_GET, "/admin/application-release/{id}", application_release_page, ROLE_HANDLER },
    { METHOD_POST, "/admin/application-release/{id}", application_release_submit, ROLE_HANDLER },
    /* ---- end applications ---- */
    /* ---- 互动交流 (messages_admin.c message_actions.c message_stats.c, issue 12): an agency's
     *      messages need its 经办人, the platform's 找错 reports the platform administrator ---- */
    { METHOD_GET, "/admin/messages", message_inbox_page, ROLE_HANDLER | ROLE_ADMIN },
    { METHOD_GET, "/admin/messages/{id}", message_detail_page, ROLE_HANDLER | ROLE_ADMIN },
    { METHOD_POST, "/admin/messages/{id}/{name}", message_action_submit, ROLE_HANDLER | ROLE_ADMIN },
    { METHOD_GET, "/admin/messages-settings", message_settings_page, ROLE_REVIEWER },
    { METHOD_POST, "/admin/messages-settings", message_settings_submit, ROLE_REVIEWER },
    /* ---- end 互动交流 ---- */
    /* ---- 征集意见 (consultations_admin.c consultation_feedback.c consultation_comments.c, issue 12):
     *      editors write drafts and 意见采纳情况, reviewers publish them, editors or 经办人 moderate ---- */
    { METHOD_GET, "/admin/consultations", consultations_admin_list, ROLE_EDITOR | ROLE_REVIEWER | ROLE_HANDLER },
    { METHOD_GET, "/admin/consultations/new", consultation_new_page, ROLE_EDITOR },
    { METHOD_POST, "/admin/consultations/new", consultation_new_submit, ROLE_EDITOR },
    { METHOD_GET, "/admin/consultations/{id}", consultation_edit_page, ROLE_EDITOR | ROLE_REVIEWER | ROLE_HANDLER },
    { METHOD_POST, "/admin/consultations/{id}", consultation_edit_submit, ROLE_EDITOR },
    { METHOD_POST, "/admin/consultations/{id}/submit", consultation_submit, ROLE_EDITOR },
    { METHOD_POST, "/admin/consultations/{id}/publish", consultation_publish, ROLE_REVIEWER },
    { METHOD_POST, "/admin/consultations/{id}/return", consultation_return, ROLE_REVIEWER },
    { METHOD_POST, "/admin/consultations/{id}/attachments", consultation_attachment_upload, ROLE_EDITOR },
    { METHOD_POST, "/admin/consultations/{id}/attachments/{id}/delete", consultation_attachment_remove, ROLE_EDITOR },
    { METHOD_POST, "/admin/consultations/{id}/feedback", consultation_feedback_save, ROLE_EDITOR },
    { METHOD_POST, "/admin/consultations/{id}/feedback/submit", consultation_feedback_submit, ROLE_EDITOR },
    { METHOD_POST, "/admin/consultations/{id}/feedback/publish", consultation_feedback_publish, ROLE_REVIEWER },
    { METHOD_POST, "/admin/consultations/{id}/feedback/return", consultation_feedback_return, ROLE_REVIEWER },
    { METHOD_GET, "/admin/consultations/{id}/comments", consultation_comments_page,
      ROLE_EDITOR | ROLE_REVIEWER | ROLE_HANDLER },
    { METHOD_POST, "/admin/consultations/{id}/comments/{id}/{name}", consultation_comment_action,
      ROLE_EDITOR | ROLE_HANDLER },
    /* ---- end 征集意见 ---- */
    /* ---- content editing (entries.c guides_admin.c news_admin.c pages_admin.c agencies_admin.c
     *      categories_admin.c settings_admin.c links.c): agency content needs an agency role, the
     *      registry of agencies, platform pages and settings the platform administrator ---- */
    { METHOD_GET, "/admin/entries", entries_list, ROLE_EDITOR | ROLE_REVIEWER | ROLE_SIGNER },
    { METHOD_GET, "/admin/entries/new", entry_new_page, ROLE_EDITOR },
    { METHOD_POST, "/admin/entries/new", entry_new_submit, ROLE_EDITOR },
    { METHOD_GET, "/admin/entries/{id}", entry_edit_page, ROLE_EDITOR | ROLE_REVIEWER | ROLE_SIGNER },
    { METHOD_POST, "/admin/entries/{id}", entry_edit_submit, ROLE_EDITOR | ROLE_REVIEWER },
    { METHOD_POST, "/admin/entries/{id}/submit", entry_submit, ROLE_EDITOR },
    { METHOD_POST, "/admin/entries/{id}/publish", entry_publish, ROLE_REVIEWER },
    { METHOD_POST, "/admin/entries/{id}/sign", entry_sign, ROLE_SIGNER },
    { METHOD_POST, "/admin/entries/{id}/return", entry_return, ROLE_REVIEWER | ROLE_SIGNER },
    { METHOD_POST, "/admin/entries/{id}/attachments", entry_attachment_upload, ROLE_EDITOR | ROLE_REVIEWER },
    { METHOD_POST, "/admin/entries/{id}/attachments/{id}/delete", entry_attachment_remove,
      ROLE_EDITOR | ROLE_REVIEWER },
    { METHOD_GET, "/admin/guides", guides_admin_list, ROLE_EDITOR | ROLE_REVIEWER },
    { METHOD_GET, "/admin/guides/new", guide_new_page, ROLE_EDITOR },
    { METHOD_POST, "/admin/guides/new", guide_new_submit, ROLE_EDITOR },
    { METHOD_GET, "/admin/guides/{id}", guide_edit_page, ROLE_EDITOR | ROLE_REVIEWER },
    { METHOD_POST, "/admin/guides/{id}", guide_edit_submit, ROLE_EDITOR },
    { METHOD_POST, "/admin/guides/{id}/copy", guide_make_copy, ROLE_EDITOR },
    { METHOD_POST, "/admin/guides/{id}/submit", guide_submit, ROLE_EDITOR },
    { METHOD_POST, "/admin/guides/{id}/publish", guide_publish, ROLE_REVIEWER },
    { METHOD_POST, "/admin/guides/{id}/return", guide_return, ROLE_REVIEWER },
    { METHOD_POST, "/admin/guides/{id}/materials", guide_material_add, ROLE_EDITOR },
    { METHOD_POST, "/admin/guides/{id}/materials/{id}/{name}", guide_material_action, ROLE_EDITOR },
    { METHOD_POST, "/admin/guides/{id}/steps", guide_step_add, ROLE_EDITOR },
    { METHOD_POST, "/admin/guides/{id}/steps/{id}/{name}", guide_step_action, ROLE_EDITOR },
    { METHOD_GET, "/admin/news", news_admin_list, ROLE_EDITOR | ROLE_REVIEWER | ROLE_SIGNER },
    { METHOD_GET, "/admin/news/new", news_new_page, ROLE_EDITOR },
    { METHOD_POST, "/admin/news/new", news_new_submit, ROLE_EDITOR },
    { METHOD_GET, "/admin/news/{id}", news_edit_page, ROLE_EDITOR | ROLE_REVIEWER | ROLE_SIGNER },
    { METHOD_POST, "/admin/news/{id}", news_edit_submit, ROLE_EDITOR | ROLE_REVIEWER },
    { METHOD_POST, "/admin/news/{id}/submit", news_submit, ROLE_EDITOR },
    { METHOD_POST, "/admin/news/{id}/publish", news_publish, ROLE_REVIEWER },
    { METHOD_POST, "/admin/news/{id}/sign", news_sign, ROLE_SIGNER },
    { METHOD_POST, "/admin/news/{id}/return", news_return, ROLE_REVIEWER | ROLE_SIGNER },
    { METHOD_GET, "/admin/pages", pages_admin_list, ROLE_EDITOR | ROLE_REVIEWER | ROLE_ADMIN },
    { METHOD_GET, "/admin/pages/{name}", page_admin_edit, ROLE_EDITOR | ROLE_REVIEWER | ROLE_ADMIN },
    { METHOD_POST, "/admin/pages/{name}", page_admin_submit, ROLE_EDITOR | ROLE_REVIEWER | ROLE_ADMIN },
    { METHOD_POST, "/admin/pages/{name}/publish", page_admin_publish, ROLE_REVIEWER | ROLE_ADMIN },
    { METHOD_POST, "/admin/pages/{name}/return", page_admin_return, ROLE_REVIEWER | ROLE_ADMIN },
    { METHOD_GET, "/admin/agencies", agencies_admin_list, ROLE_EDITOR | ROLE_REVIEWER | ROLE_ADMIN },
    { METHOD_GET, "/admin/agencies/new", agency_new_page, ROLE_ADMIN },
    { METHOD_POST, "/admin/agencies/new", agency_new_submit, ROLE_ADMIN },
    { METHOD_GET, "/admin/agencies/units/new", unit_new_page, ROLE_REVIEWER },
    { METHOD_POST, "/admin/agencies/units/new", unit_new_submit, ROLE_REVIEWER },
    { METHOD_GET, "/admin/agencies/{id}", agency_edit_page, ROLE_EDITOR | ROLE_REVIEWER | ROLE_ADMIN },
    { METHOD_POST, "/admin/agencies/{id}", agency_edit_submit, ROLE_REVIEWER | ROLE_ADMIN },
    { METHOD_POST, "/admin/agencies/{id}/publish", agency_change_publish, ROLE_REVIEWER },
    { METHOD_POST, "/admin/agencies/{id}/return", agency_change_return, ROLE_REVIEWER },
    { METHOD_GET, "/admin/categories", categories_admin_page, ROLE_ADMIN },
    { METHOD_POST, "/admin/categories", category_add, ROLE_ADMIN },
    { METHOD_POST, "/admin/categories/{id}", category_save, ROLE_ADMIN },
    { METHOD_GET, "/admin/search", search_admin_page, ROLE_ADMIN },
    { METHOD_POST, "/admin/search/synonyms", synonym_add, ROLE_ADMIN },
    { METHOD_POST, "/admin/search/synonyms/{id}", synonym_delete, ROLE_ADMIN },
    { METHOD_GET, "/admin/settings", settings_admin_page, ROLE_ADMIN },
    { METHOD_POST, "/admin/settings", settings_admin_submit, ROLE_ADMIN },
    { METHOD_GET, "/admin/links", links_page, ROLE_EDITOR | ROLE_REVIEWER | ROLE_ADMIN },
    /* ---- end content editing ---- */
    /* ---- annual report (annual_report_admin.c, issue 6) ---- */
    { METHOD_GET, "/admin/annual-report", annual_report_list, ROLE_EDITOR | ROLE_REVIEWER | ROLE_ADMIN },
    { METHOD_GET, "/admin/annual-report/{year}", annual_report_page, ROLE_EDITOR | ROLE_REVIEWER | ROLE_ADMIN },
    { METHOD_POST, "/admin/annual-report/{year}", annual_report_save, ROLE_EDITOR },
    { METHOD_POST, "/admin/annual-report/{year}/submit", annual_report_submit, ROLE_EDITOR },
    { METHOD_POST, "/admin/annual-report/{year}/publish", annual_report_publish, ROLE_REVIEWER },
    { METHOD_POST, "/admin/annual-report/{year}/return", annual_report_return, ROLE_REVIEWER },
    { METHOD_GET, "/admin/annual-report-summary", annual_report_summary_redirect, ROLE_ADMIN },
    { METHOD_GET, "/admin/annual-report-summary/{year}", annual_report_summary_page, ROLE_ADMIN },
    { METHOD_GET, "/admin/annual-report-summary/{year}/table-3.csv", annual_report_summary_csv, ROLE_ADMIN },
    /* ---- end annual report ---- */
    /* ---- inspection readiness, staff side (issue 14: signoff.c) ---- */
    { METHOD_GET, "/admin/review-levels", review_levels_page, ROLE_EDITOR | ROLE_REVIEWER | ROLE_SIGNER | ROLE_ADMIN },
    { METHOD_POST, "/admin/review-levels", review_levels_submit, ROLE_ADMIN },
    { METHOD_GET, "/admin/freshness", freshness_page, ROLE_EDITOR | ROLE_REVIEWER | ROLE_SIGNER | ROLE_ADMIN },
    { METHOD_GET, "/admin/visits", visits_page, ROLE_EDITOR | ROLE_REVIEWER | ROLE_SIGNER | ROLE_ADMIN },
    { METHOD_GET, "/admin/website-report", website_report_redirect, ROLE_ADMIN },
    { METHOD_GET, "/admin/website-report/{year}", website_report_page, ROLE_ADMIN },
    { METHOD_POST, "/admin/website-report/{year}", website_report_save, ROLE_ADMIN },
    { METHOD_POST, "/admin/website-report/{year}/publish", website_report_publish, ROLE_ADMIN },
    /* ---- end inspection readiness ---- */
};

int main(void)
{
    struct app app = {
        .name = "admin",
        .routes = admin_routes,
        .route_count = sizeof admin_routes / sizeof admin_routes[0],
        .max_body = 21 * 1024 * 1024,
        .before = admin_before,
        .default_cache_control = "no-store",
    };
    return program_main(&app, RIGHTS_ADMIN);
}
