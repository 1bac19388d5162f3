/* The 运行流程图 of a guide (issue 14): its ordered steps drawn as boxes joined
 * by arrows, as inline SVG that templates/public/guide.tpl writes from the
 * numbers set here, so every text passes the template's HTML escaping (inline
 * SVG is parsed like the HTML around it). Long step names wrap inside their
 * box so the chart stays readable on a 360-pixel screen. */
#include "flowchart.h"

#include <string.h>

#include "arena.h"
#include "tmpl.h"

enum {
    CHART_WIDTH = 320, BOX_X = 16, BOX_WIDTH = 288, PAD = 12, LINE_HEIGHT = 22, FONT_SIZE = 16,
    GAP = 30,                        /* between boxes, where the arrow runs */
    LINE_UNITS = 30,                 /* a CJK character is 2 units, ASCII 1: 15 characters of 16 px */
    MAX_LINES = 6,
};

/* Bytes of the UTF-8 sequence starting with LEAD (1 for anything malformed). */
static size_t sequence_length(unsigned char lead)
{
    return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

/* Splits TEXT into lines of at most LINE_UNITS units, at most MAX_LINES (the
 * last ends with "…" when the text goes on). Returns the number of lines. */
static int wrap_text(struct arena *arena, const char *text, const char *lines[MAX_LINES])
{
    size_t len = strlen(text), start = 0, i = 0;
    int n = 0, units = 0;
    while (i < len && n < MAX_LINES) {
        size_t step = sequence_length((unsigned char)text[i]);
        if (i + step > len)
            step = len - i;
        int w = step > 1 ? 2 : 1;
        if (units + w > LINE_UNITS) {
            lines[n++] = arena_strndup(arena, text + start, i - start);
            start = i;
            units = 0;
            continue;
        }
        units += w;
        i += step;
    }
    if (n < MAX_LINES && start < len)
        lines[n++] = arena_strndup(arena, text + start, len - start);
    else if (start < len)
        lines[n - 1] = arena_printf(arena, "%s…", lines[n - 1]);
    return n;
}

void flowchart_fill(struct arena *arena, struct tmpl_dict *d, const char *const *titles, int count)
{
    if (count <= 0)
        return;
    struct tmpl_dict *chart = tmpl_add_section(d, "flowchart");
    struct buf summary;
    buf_init(&summary, arena);
    int y = 8;
    for (int i = 0; i < count; i++) {
        const char *lines[MAX_LINES];
        int n = wrap_text(arena, arena_printf(arena, "%d. %s", i + 1, titles[i]), lines);
        int height = n * LINE_HEIGHT + 2 * PAD - (LINE_HEIGHT - FONT_SIZE);
        struct tmpl_dict *box = tmpl_add_section(chart, "boxes");
        tmpl_set_int(box, "x", BOX_X);
        tmpl_set_int(box, "y", y);
        tmpl_set_int(box, "w", BOX_WIDTH);
        tmpl_set_int(box, "h", height);
        for (int k = 0; k < n; k++) {
            struct tmpl_dict *line = tmpl_add_section(box, "lines");
            tmpl_set_int(line, "tx", BOX_X + PAD);
            tmpl_set_int(line, "ty", y + PAD + FONT_SIZE - 2 + k * LINE_HEIGHT);
            tmpl_set(line, "text", lines[k]);
        }
        y += height;
        if (i + 1 < count) {
            struct tmpl_dict *arrow = tmpl_add_section(box, "arrow");
            tmpl_set_int(arrow, "ax", CHART_WIDTH / 2);
            tmpl_set_int(arrow, "y1", y);
            tmpl_set_int(arrow, "y2", y + GAP - 4);
            y += GAP;
        }
        buf_printf(&summary, "%s%d. %s", i ? "；" : "", i + 1, titles[i]);
    }
    tmpl_set_int(chart, "width", CHART_WIDTH);
    tmpl_set_int(chart, "height", y + 8);
    tmpl_set(chart, "summary", summary.data);
}
