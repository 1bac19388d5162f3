/* The fifteen items of 《政府信息公开条例》(2019) Art. 20, which every
 * administrative agency publishes on its own initiative. Catalogue entries
 * carry the item they belong to (entries.art20, 1-15); the public
 * 法定主动公开内容 column and the catalogue's facet are organised by them. */
#ifndef PORTAL_ART20_H
#define PORTAL_ART20_H

enum { ART20_ITEMS = 15 };

struct art20_item {
    const char *numeral;    /* "（一）" */
    const char *text;       /* the item's wording in the Regulations */
    const char *short_name; /* a few characters for lists and facets */
};

/* Item N (1..ART20_ITEMS), or NULL for any other number. */
const struct art20_item *art20_item(long long n);

#endif
