/* The 运行流程图 of a guide as inline SVG (flowchart.c). */
#ifndef PORTAL_FLOWCHART_H
#define PORTAL_FLOWCHART_H

struct arena;
struct tmpl_dict;

/* Adds the section "flowchart" to D (width, height, summary; "boxes" with x,
 * y, w, h, "lines" of tx, ty, text and an "arrow" of ax, y1, y2) for the COUNT
 * step TITLES in order; nothing when there are none. Strings in ARENA. */
void flowchart_fill(struct arena *arena, struct tmpl_dict *d, const char *const *titles, int count);

#endif
