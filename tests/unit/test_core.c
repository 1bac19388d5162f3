/* The core pieces without a server: routing tables, the arena, the template
 * bridge's escaping, safe-mode Markdown and declared form fields. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "form.h"
#include "markdown.h"
#include "route.h"
#include "tmpl.h"

static int dummy_handler(struct request *req) { (void)req; return 200; }
static int other_handler(struct request *req) { (void)req; return 201; }

static const struct route routes[] = {
    { METHOD_GET, "/", dummy_handler, 0 },
    { METHOD_GET, "/catalogue/{id}", dummy_handler, 0 },
    { METHOD_GET, "/reports/{year}", dummy_handler, 0 },
    { METHOD_GET | METHOD_POST, "/apply", other_handler, 0 },
    { METHOD_GET, "/files/{id}/{name}", dummy_handler, 0 },
};

static enum route_result match(struct request *req, const char *method_path, const struct route **r,
                               unsigned *allowed)
{
    static struct arena *arena;
    if (!arena)
        arena = arena_new();
    memset(req, 0, sizeof *req);
    req->arena = arena;
    req->method = strncmp(method_path, "POST ", 5) == 0 ? METHOD_POST
                : strncmp(method_path, "HEAD ", 5) == 0 ? METHOD_HEAD : METHOD_GET;
    req->path = strchr(method_path, ' ') + 1;
    return route_match(routes, sizeof routes / sizeof routes[0], req, r, allowed);
}

static void routing_extracts_numeric_ids(void **state)
{
    (void)state;
    struct request req;
    const struct route *r;
    unsigned allowed;
    assert_int_equal(match(&req, "GET /catalogue/42", &r, &allowed), ROUTE_FOUND);
    assert_int_equal(req.path_ids[0], 42);
    assert_int_equal(match(&req, "HEAD /catalogue/42", &r, &allowed), ROUTE_FOUND);
    assert_int_equal(match(&req, "GET /files/7/表.pdf", &r, &allowed), ROUTE_FOUND);
    assert_int_equal(req.path_ids[0], 7);
    assert_string_equal(req.path_args[1], "表.pdf");
}

static void routing_rejects_malformed_ids(void **state)
{
    (void)state;
    struct request req;
    const struct route *r;
    unsigned allowed;
    const char *bad[] = { "GET /catalogue/0", "GET /catalogue/abc", "GET /catalogue/01",
                          "GET /catalogue/-1", "GET /catalogue/", "GET /catalogue/1/extra",
                          "GET /reports/212", "GET /reports/20123", "GET /nope", "GET /catalogue/1/" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(match(&req, bad[i], &r, &allowed), ROUTE_NOT_FOUND);
}

static void routing_answers_405_with_allowed_methods(void **state)
{
    (void)state;
    struct request req;
    const struct route *r;
    unsigned allowed;
    assert_int_equal(match(&req, "POST /catalogue/3", &r, &allowed), ROUTE_METHOD_NOT_ALLOWED);
    assert_int_equal(allowed, METHOD_GET);
    assert_int_equal(match(&req, "POST /apply", &r, &allowed), ROUTE_FOUND);
    assert_ptr_equal(r->handler, other_handler);
}

static void arena_reset_reuses_memory(void **state)
{
    (void)state;
    struct arena *a = arena_new();
    char *big = arena_alloc(a, 1 << 20);   /* larger than a block */
    memset(big, 'x', 1 << 20);
    char *s = arena_printf(a, "%s-%d", "公开", 2026);
    assert_string_equal(s, "公开-2026");
    assert_true(arena_used(a) >= (1 << 20));
    arena_reset(a);
    assert_int_equal(arena_used(a), 0);
    struct buf b;
    buf_init(&b, a);
    for (int i = 0; i < 10000; i++)
        buf_puts(&b, "ab");
    assert_int_equal(b.len, 20000);
    assert_int_equal(strlen(b.data), 20000);
    int *numbers = NULL;
    size_t cap = 0;
    for (int i = 0; i < 1000; i++) {
        numbers = arena_array_reserve(a, numbers, (size_t)i, &cap, sizeof *numbers, 4);
        numbers[i] = i;
    }
    assert_int_equal(cap, 1024);
    for (int i = 0; i < 1000; i++)
        assert_int_equal(numbers[i], i);   /* every growth kept what was there */
    arena_free(a);
}

static char template_dir[] = "/tmp/portal-tmpl-XXXXXX";

static void write_template(const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", template_dir, name);
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

static void template_bridge_escapes_html_and_attributes(void **state)
{
    (void)state;
    write_template("t.tpl", "{{%AUTOESCAPE context=\"HTML\"}}<p title=\"{{v}}\">{{v}}</p>"
                            "<a href=\"/s?q={{v:url_query_escape}}\">x</a>");
    struct arena *a = arena_new();
    struct buf out;
    buf_init(&out, a);
    struct tmpl_dict *d = tmpl_dict_new();
    tmpl_set(d, "v", "<script>alert(\"x\")</script>'&");
    assert_int_equal(tmpl_expand("t.tpl", d, &out), 0);
    assert_null(strstr(out.data, "<script>"));
    assert_non_null(strstr(out.data, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;"));
    assert_null(strstr(out.data, "title=\"<"));
    tmpl_dict_free(d);
    arena_free(a);
}

static void template_bridge_writes_nothing_on_failure(void **state)
{
    (void)state;
    struct arena *a = arena_new();
    struct buf out;
    buf_init(&out, a);
    struct tmpl_dict *d = tmpl_dict_new();
    assert_int_not_equal(tmpl_expand("missing.tpl", d, &out), 0);
    assert_int_equal(out.len, 0);
    tmpl_dict_free(d);
    arena_free(a);
}

static void template_sections_and_includes(void **state)
{
    (void)state;
    write_template("outer.tpl", "{{%AUTOESCAPE context=\"HTML\"}}[{{#row}}{{n}},{{/row}}]{{>inner}}");
    write_template("inner.tpl", "{{%AUTOESCAPE context=\"HTML\"}}({{g}}|{{local}})");
    struct arena *a = arena_new();
    struct buf out;
    buf_init(&out, a);
    struct tmpl_dict *d = tmpl_dict_new();
    for (int i = 1; i <= 3; i++)
        tmpl_set_int(tmpl_add_section(d, "row"), "n", i);
    tmpl_set_global(d, "g", "G&");
    tmpl_set(tmpl_add_include(d, "inner", "inner.tpl"), "local", "L");
    assert_int_equal(tmpl_expand("outer.tpl", d, &out), 0);
    assert_string_equal(out.data, "[1,2,3,](G&amp;|L)");
    tmpl_dict_free(d);
    arena_free(a);
}

/* The notices' modifier prints a value as it is, but only in plain text:
 * in a web page it prints nothing, so it can never carry markup into HTML. */
static void plain_text_modifier_only_in_text(void **state)
{
    (void)state;
    write_template("notice.tpl", "{{%AUTOESCAPE context=\"XML\"}}[{{v:x-plain-text}}]({{v}})");
    write_template("page.tpl", "{{%AUTOESCAPE context=\"HTML\"}}<p>[{{v:x-plain-text}}]</p>");
    struct arena *a = arena_new();
    struct buf text, page;
    buf_init(&text, a);
    buf_init(&page, a);
    struct tmpl_dict *d = tmpl_dict_new();
    tmpl_set(d, "v", "A&B <b>\x01\r\nline");
    assert_int_equal(tmpl_expand_text("notice.tpl", d, &text), 0);
    /* raw, control characters blanked; the same value unmarked is escaped */
    static const char expected[] = "[A&B <b>  \nline](A&amp;B &lt;b&gt;";
    assert_memory_equal(text.data, expected, sizeof expected - 1);
    assert_int_equal(tmpl_expand("page.tpl", d, &page), 0);
    assert_string_equal(page.data, "<p>[]</p>");
    tmpl_dict_free(d);
    arena_free(a);
}

static void markdown_is_safe_and_renders_tables(void **state)
{
    (void)state;
    struct arena *a = arena_new();
    const char *md = "# 标题\n\n<script>alert(1)</script>\n\n[点我](javascript:alert(1))\n\n"
                     "| 地区 | 标准 |\n|---|---|\n| 城市 | 780元 |\n\n<img src=x onerror=alert(1)>\n";
    char *html = markdown_to_html(a, md, strlen(md));
    assert_null(strstr(html, "<script"));
    assert_null(strstr(html, "javascript:"));
    assert_null(strstr(html, "onerror"));
    assert_non_null(strstr(html, "<table>"));
    assert_non_null(strstr(html, "<td>780元</td>"));
    assert_non_null(strstr(html, "<h1>标题</h1>"));
    arena_free(a);
}

static void markdown_site_links_get_the_mount_point(void **state)
{
    (void)state;
    struct arena *a = arena_new();
    const char *md = "[申请](/apply) [外站](https://www.ningguo.gov.cn/x) [同协议](//cdn.example/y) "
                     "[锚点](#z) [相对](apply/status) ![图](/static/x.png)";
    markdown_set_site_base("/xxgk");
    char *html = markdown_to_html(a, md, strlen(md));
    markdown_set_site_base("");
    assert_non_null(strstr(html, "href=\"/xxgk/apply\""));
    assert_non_null(strstr(html, "src=\"/xxgk/static/x.png\""));
    assert_non_null(strstr(html, "href=\"https://www.ningguo.gov.cn/x\""));
    assert_non_null(strstr(html, "href=\"//cdn.example/y\""));
    assert_non_null(strstr(html, "href=\"#z\""));
    assert_non_null(strstr(html, "href=\"apply/status\""));
    assert_non_null(strstr(markdown_to_html(a, md, strlen(md)), "href=\"/apply\""));   /* at the root */
    arena_free(a);
}

static void collect_link(void *ctx, const char *url)
{
    strcat((char *)ctx, url);
    strcat((char *)ctx, " ");
}

static void markdown_lists_every_link(void **state)
{
    (void)state;
    char seen[256] = "";
    const char *md = "见[通知](https://www.ningguo.gov.cn/a)和![图](/static/x.png)，另 <https://beplay.example/x>";
    markdown_each_link(md, strlen(md), collect_link, seen);
    assert_non_null(strstr(seen, "https://www.ningguo.gov.cn/a "));
    assert_non_null(strstr(seen, "/static/x.png "));
    assert_non_null(strstr(seen, "https://beplay.example/x "));
}

static const struct field_choice types[] = { { "person", "公民" }, { "org", "法人或其他组织" }, { NULL, NULL } };
static const struct field fields[] = {
    { "name", "姓名", FIELD_TEXT, 5, true, NULL, 0, 0 },
    { "type", "申请人类型", FIELD_CHOICE, 0, true, types, 0, 0 },
    { "postcode", "邮政编码", FIELD_POSTCODE, 6, false, NULL, 0, 0 },
    { "id_number", "证件号码", FIELD_CN_ID, 18, true, NULL, 0, 0 },
};

static void form_fields_validate_and_keep_values(void **state)
{
    (void)state;
    struct arena *a = arena_new();
    struct request req;
    memset(&req, 0, sizeof req);
    req.arena = a;
    params_add(a, &req.form, "name", "  张三丰太长了  ", 0);
    params_add(a, &req.form, "type", "alien", 0);
    params_add(a, &req.form, "postcode", "24230", 0);
    params_add(a, &req.form, "id_number", "11010519491231002x", 0);
    struct form form;
    form_read(&req, fields, 4, false, &form);
    assert_int_equal(form.error_count, 3);
    assert_string_equal(form_value(&form, "name"), "张三丰太长了");
    assert_non_null(form.errors[0]);                  /* 6 characters > 5 */
    assert_string_equal(form.errors[1], "请从列表中选择。");
    assert_string_equal(form.errors[2], "邮政编码应为6位数字。");
    assert_null(form.errors[3]);                      /* lower-case x accepted, upper-cased */
    assert_string_equal(form_value(&form, "id_number"), "11010519491231002X");
    arena_free(a);
}

static void form_required_fields_report_missing(void **state)
{
    (void)state;
    struct arena *a = arena_new();
    struct request req;
    memset(&req, 0, sizeof req);
    req.arena = a;
    struct form form;
    form_read(&req, fields, 4, false, &form);
    assert_string_equal(form.errors[0], "此项为必填项。");
    assert_string_equal(form.errors[1], "请选择此项。");
    assert_null(form.errors[2]);                      /* optional and empty */
    assert_int_equal(form.error_count, 3);
    arena_free(a);
}

static int setup(void **state)
{
    (void)state;
    if (!mkdtemp(template_dir))
        return -1;
    tmpl_init(template_dir);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", template_dir);
    return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(routing_extracts_numeric_ids),
        cmocka_unit_test(routing_rejects_malformed_ids),
        cmocka_unit_test(routing_answers_405_with_allowed_methods),
        cmocka_unit_test(arena_reset_reuses_memory),
        cmocka_unit_test(template_bridge_escapes_html_and_attributes),
        cmocka_unit_test(template_bridge_writes_nothing_on_failure),
        cmocka_unit_test(template_sections_and_includes),
        cmocka_unit_test(plain_text_modifier_only_in_text),
        cmocka_unit_test(markdown_is_safe_and_renders_tables),
        cmocka_unit_test(markdown_lists_every_link),
        cmocka_unit_test(markdown_site_links_get_the_mount_point),
        cmocka_unit_test(form_fields_validate_and_keep_values),
        cmocka_unit_test(form_required_fields_report_missing),
    };
    return cmocka_run_group_tests_name("core", tests, setup, teardown);
}
