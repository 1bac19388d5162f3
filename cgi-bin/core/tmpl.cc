// The only C++ file: wraps ctemplate for the C handlers (see tmpl.h).
// Exceptions never cross into C: each entry point catches everything.
#include "tmpl.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include <ctemplate/template.h>
#include <ctemplate/template_dictionary.h>

extern "C" {
#include "arena.h"
#include "log.h"
}

using ctemplate::TemplateDictionary;

static TemplateDictionary *as_dict(struct tmpl_dict *dict)
{
    return reinterpret_cast<TemplateDictionary *>(dict);
}

static struct tmpl_dict *as_handle(TemplateDictionary *dict)
{
    return reinterpret_cast<struct tmpl_dict *>(dict);
}

// Memory exhaustion inside ctemplate ends the worker, like everywhere else.
[[noreturn]] static void bridge_fatal(const char *what)
{
    log_event(LOG_ERROR, "template_fatal", "%s", what);
    abort();
}

extern "C" void tmpl_init(const char *template_dir)
{
    ctemplate::mutable_default_template_cache()->SetTemplateRootDirectory(template_dir);
}

extern "C" struct tmpl_dict *tmpl_dict_new(void)
{
    try {
        return as_handle(new TemplateDictionary("page"));
    } catch (...) {
        bridge_fatal("dictionary allocation");
    }
}

extern "C" void tmpl_dict_free(struct tmpl_dict *dict)
{
    delete as_dict(dict);
}

extern "C" void tmpl_set_len(struct tmpl_dict *dict, const char *key, const char *value, size_t len)
{
    try {
        as_dict(dict)->SetValue(key, ctemplate::TemplateString(value, len));
    } catch (...) {
        bridge_fatal("set value");
    }
}

extern "C" void tmpl_set(struct tmpl_dict *dict, const char *key, const char *value)
{
    tmpl_set_len(dict, key, value ? value : "", value ? std::char_traits<char>::length(value) : 0);
}

extern "C" void tmpl_set_global(struct tmpl_dict *dict, const char *key, const char *value)
{
    try {
        as_dict(dict)->SetTemplateGlobalValue(key, value ? value : "");
    } catch (...) {
        bridge_fatal("set global");
    }
}

extern "C" void tmpl_set_int(struct tmpl_dict *dict, const char *key, long long value)
{
    char text[32];
    int n = std::snprintf(text, sizeof text, "%lld", value);
    tmpl_set_len(dict, key, text, (size_t)n);
}

extern "C" void tmpl_show(struct tmpl_dict *dict, const char *section)
{
    try {
        as_dict(dict)->ShowSection(section);
    } catch (...) {
        bridge_fatal("show section");
    }
}

extern "C" struct tmpl_dict *tmpl_add_section(struct tmpl_dict *dict, const char *section)
{
    try {
        return as_handle(as_dict(dict)->AddSectionDictionary(section));
    } catch (...) {
        bridge_fatal("add section");
    }
}

extern "C" struct tmpl_dict *tmpl_add_include(struct tmpl_dict *dict, const char *name,
                                              const char *filename)
{
    try {
        TemplateDictionary *child = as_dict(dict)->AddIncludeDictionary(name);
        child->SetFilename(filename);
        return as_handle(child);
    } catch (...) {
        bridge_fatal("add include");
    }
}

static int expand(const char *filename, ctemplate::Strip strip, struct tmpl_dict *dict, struct buf *out)
{
    try {
        std::string text;
        // ExpandTemplate may leave partial output on failure: only append on success.
        if (!ctemplate::ExpandTemplate(filename, strip, as_dict(dict), &text)) {
            log_event(LOG_ERROR, "template_expand", "failed: %s", filename);
            return -1;
        }
        buf_append(out, text.data(), text.size());
        return 0;
    } catch (...) {
        bridge_fatal("expand");
    }
}

extern "C" int tmpl_expand(const char *filename, struct tmpl_dict *dict, struct buf *out)
{
    return expand(filename, ctemplate::STRIP_BLANK_LINES, dict, out);
}

extern "C" int tmpl_expand_text(const char *filename, struct tmpl_dict *dict, struct buf *out)
{
    return expand(filename, ctemplate::DO_NOT_STRIP, dict, out);
}
