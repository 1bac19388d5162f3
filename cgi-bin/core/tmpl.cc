// The only C++ file: wraps ctemplate for the C handlers (see tmpl.h).
// Exceptions never cross into C: each entry point catches everything.
#include "tmpl.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include <ctemplate/per_expand_data.h>
#include <ctemplate/template.h>
#include <ctemplate/template_dictionary.h>
#include <ctemplate/template_modifiers.h>

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

// Key in PerExpandData that only tmpl_expand_text sets.
static const char plain_text_marker[] = "portal-plain-text";

// {{VALUE:x-plain-text}} prints a value unescaped, for the text of an
// e-mail or SMS (templates/notices): a clerk's "A&B" must stay "A&B".
// ctemplate has no plain-text context, so it is registered as XSS-safe,
// which makes auto-escape leave it alone. It is safe only because it
// works only inside tmpl_expand_text: expanded as a web page (no marker)
// it prints nothing, so it can never carry raw text into HTML. Control
// characters other than line breaks become spaces, so a value cannot
// forge mail structure (notice.c cleans the whole text once more).
class PlainTextModifier : public ctemplate::TemplateModifier {
  public:
    void Modify(const char *in, size_t inlen, const ctemplate::PerExpandData *per_expand_data,
                ctemplate::ExpandEmitter *outbuf, const std::string &) const override
    {
        if (per_expand_data == nullptr ||
            per_expand_data->LookupForModifiers(plain_text_marker) == nullptr) {
            log_event(LOG_ERROR, "template_plain_text", "x-plain-text outside a notice");
            return;
        }
        for (size_t i = 0; i < inlen; i++) {
            unsigned char c = (unsigned char)in[i];
            bool control = (c < 0x20 && c != '\n') || c == 0x7f;
            outbuf->Emit(control ? ' ' : (char)c);
        }
    }
};

static const PlainTextModifier plain_text_modifier;

extern "C" void tmpl_init(const char *template_dir)
{
    static bool modifiers_added;
    if (!modifiers_added) {
        if (!ctemplate::AddXssSafeModifier("x-plain-text", &plain_text_modifier))
            bridge_fatal("add x-plain-text modifier");
        modifiers_added = true;
    }
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

static int expand(const char *filename, ctemplate::Strip strip, struct tmpl_dict *dict,
                  ctemplate::PerExpandData *per_expand_data, struct buf *out)
{
    try {
        std::string text;
        // ExpandWithData may leave partial output on failure: only append on success.
        if (!ctemplate::ExpandWithData(filename, strip, as_dict(dict), per_expand_data, &text)) {
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
    return expand(filename, ctemplate::STRIP_BLANK_LINES, dict, nullptr, out);
}

extern "C" int tmpl_expand_text(const char *filename, struct tmpl_dict *dict, struct buf *out)
{
    try {
        ctemplate::PerExpandData plain_text;
        plain_text.InsertForModifiers(plain_text_marker, plain_text_marker);
        return expand(filename, ctemplate::DO_NOT_STRIP, dict, &plain_text, out);
    } catch (...) {
        bridge_fatal("expand text");
    }
}
