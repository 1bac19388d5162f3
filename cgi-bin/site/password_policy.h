/* The rules a new staff password follows, shared by admin.fcgi (password
 * change, new users, resets) and portalctl: at least 10 characters, then
 * libpwquality (Debian libpwquality-dev, cracklib's dictionary from
 * cracklib-runtime) with the system's /etc/security/pwquality.conf. */
#ifndef PORTAL_PASSWORD_POLICY_H
#define PORTAL_PASSWORD_POLICY_H

enum { PASSWORD_MIN_CHARS = 10 };

/* NULL when PASSWORD may be used by USER_NAME; otherwise a short Chinese
 * sentence (static, not allocated) saying what is wrong with it. OLD_PASSWORD,
 * when not NULL, is the one being replaced. */
const char *password_problem(const char *password, const char *user_name, const char *old_password);

#endif
