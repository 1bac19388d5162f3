/* Staff password rules with libpwquality; see password_policy.h. The
 * library's English messages are replaced by short Chinese ones. */
#include "password_policy.h"

#include <pwquality.h>
#include <stdbool.h>
#include <string.h>

#include "log.h"
#include "validate.h"

/* The system's settings, read once per process; defaults when the file is missing. */
static pwquality_settings_t *policy_settings(void)
{
    static pwquality_settings_t *settings;
    if (settings)
        return settings;
    settings = pwquality_default_settings();
    if (!settings)
        return NULL;
    void *aux = NULL;
    int rc = pwquality_read_config(settings, NULL, &aux);
    if (rc != 0 && rc != PWQ_ERROR_CFGFILE_OPEN)
        log_event(LOG_WARN, "pwquality_config", "error=%d", rc);
    return settings;
}

/* cracklib says why in AUX (a static English string); only its gist is kept. */
static const char *dictionary_problem(const char *aux)
{
    if (!aux)
        return "密码太常见，容易被猜中，请换一个。";
    if (strstr(aux, "dictionary word"))
        return "密码以常见单词为基础，容易被猜中。请加入与单词无关的字符，或改用一句只有您知道的话。";
    if (strstr(aux, "simplistic") || strstr(aux, "systematic"))
        return "密码过于简单或有规律（如连续的数字、字母或键盘顺序），容易被猜中。";
    if (strstr(aux, "DIFFERENT characters") || strstr(aux, "WAY too short") || strstr(aux, "too short"))
        return "密码中不同的字符太少。";
    return "密码太常见，容易被猜中，请换一个。";
}

static const char *pwquality_problem(int rc, void *aux)
{
    switch (rc) {
    case PWQ_ERROR_CRACKLIB_CHECK: return dictionary_problem(aux);
    case PWQ_ERROR_MIN_LENGTH: return "密码太短。";
    case PWQ_ERROR_PALINDROME: return "密码不能是回文（正读反读都一样）。";
    case PWQ_ERROR_SAME_PASSWORD: return "新密码不能与当前密码相同。";
    case PWQ_ERROR_TOO_SIMILAR: return "新密码与当前密码太相似。";
    case PWQ_ERROR_CASE_CHANGES_ONLY: return "新密码只是改变了当前密码的大小写。";
    case PWQ_ERROR_ROTATED: return "新密码只是把当前密码的字符挪了位置。";
    case PWQ_ERROR_USER_CHECK: case PWQ_ERROR_GECOS_CHECK: return "密码不能包含用户名。";
    case PWQ_ERROR_BAD_WORDS: return "密码包含了不允许使用的词。";
    case PWQ_ERROR_MIN_DIGITS: return "密码中的数字太少。";
    case PWQ_ERROR_MIN_UPPERS: return "密码中的大写字母太少。";
    case PWQ_ERROR_MIN_LOWERS: return "密码中的小写字母太少。";
    case PWQ_ERROR_MIN_OTHERS: return "密码中的符号太少。";
    case PWQ_ERROR_MIN_CLASSES: return "密码需要混用更多种类的字符（大写字母、小写字母、数字、符号）。";
    case PWQ_ERROR_MAX_CONSECUTIVE: return "密码中同一个字符连续出现的次数太多。";
    case PWQ_ERROR_MAX_CLASS_REPEAT: return "密码中同一类字符连续出现的次数太多。";
    case PWQ_ERROR_MAX_SEQUENCE: return "密码中有太长的连续序列（如 12345、abcde）。";
    case PWQ_ERROR_EMPTY_PASSWORD: return "请输入密码。";
    default: return "密码未通过强度检查，请换一个。";
    }
}

/* cracklib cannot open its dictionary: every password would fail, so the
 * check is skipped with a warning in the log (conf/deps.sh installs it). */
static bool dictionary_missing(int rc, const void *aux)
{
    return rc == PWQ_ERROR_CRACKLIB_CHECK && aux && strstr((const char *)aux, "error loading dictionary");
}

const char *password_problem(const char *password, const char *user_name, const char *old_password)
{
    if (utf8_length(password, strlen(password)) < PASSWORD_MIN_CHARS)
        return "密码至少需要10个字符。";
    if (strcmp(password, user_name) == 0)
        return "密码不能与用户名相同。";
    if (old_password && strcmp(password, old_password) == 0)
        return "新密码不能与当前密码相同。";
    pwquality_settings_t *settings = policy_settings();
    if (!settings)
        return "密码强度检查无法运行，请稍后再试。";
    void *aux = NULL;
    int rc = pwquality_check(settings, password, old_password, user_name, &aux);
    if (rc >= 0)
        return NULL;
    if (dictionary_missing(rc, aux)) {
        log_event(LOG_WARN, "pwquality_no_dictionary", "cracklib dictionary missing: install cracklib-runtime");
        return NULL;
    }
    return pwquality_problem(rc, aux);
}
