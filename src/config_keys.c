/* config_keys.c -- bind lines: key names, two-key sequences, lookup and dump. MIT licence. */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/text.h"
#include "dossier/util.h"
#include "config_file.h"
#include "config_int.h"

struct req_def {
	enum request req;
	const char *keys;	/* default keys, space-separated */
};
#define DEF_GROUP_(g)
#define DEF_REQ_(n, h, k) { REQ_##n, k },
static const struct req_def req_defs[] = { REQ_INFO(DEF_GROUP_, DEF_REQ_) };
#define NREQ_DEFS (sizeof req_defs / sizeof req_defs[0])

static const char *const context_names[] = {
	"generic", "sources", "reader", "entities", "mentions", "timeline", "quotes", NULL };
_Static_assert(sizeof context_names / sizeof context_names[0] == CTX_NCONTEXTS + 1,
	       "context_names must follow enum key_context");

/* The request named w ("none" is REQ_NONE); REQ_UNKNOWN if there is none. */
static enum request
request_find(const char *w)
{
	size_t i;

	if (config_name_eq(w, "none"))
		return REQ_NONE;
	for (i = 0; i < NREQ_DEFS; i++)
		if (config_name_eq(w, request_name(req_defs[i].req)))
			return req_defs[i].req;
	return REQ_UNKNOWN;
}

static struct cbinding *
bind_find(const struct config *cfg, enum key_context ctx, const int *keys, size_t n)
{
	size_t i;

	for (i = 0; i < cfg->nbinds; i++)
		if (cfg->binds[i].ctx == ctx && cfg->binds[i].n == n &&
		    memcmp(cfg->binds[i].keys, keys, n * sizeof *keys) == 0)
			return &cfg->binds[i];
	return NULL;
}

static void
bind_apply(struct config *cfg, enum key_context ctx, const int *keys, size_t n,
	   enum request req)
{
	struct cbinding *b = bind_find(cfg, ctx, keys, n);

	if (!b) {
		xgrow((void **)&cfg->binds, &cfg->capbinds, cfg->nbinds + 1, sizeof *cfg->binds);
		b = &cfg->binds[cfg->nbinds++];
		memset(b, 0, sizeof *b);
		b->ctx = ctx;
		b->n = n;
		memcpy(b->keys, keys, n * sizeof *keys);
	}
	b->req = req;
	/* The Enter key arrives as '\r' after nonl(), '\n' otherwise, or as the keypad's
	 * Enter: bind all three. */
	if (n == 1 && keys[0] == '\n') {
		int cr = '\r', kp = DK_ENTER;

		bind_apply(cfg, ctx, &cr, 1, req);
		bind_apply(cfg, ctx, &kp, 1, req);
	}
}

static void
bad_request(struct config *cfg, const char *w)
{
	char best[64] = "", buf[200];
	size_t i, d, bestd = 3;

	for (i = 0; i < NREQ_DEFS; i++) {
		const char *nm = request_name(req_defs[i].req);	/* one static buffer */

		if ((d = config_edit_distance(w, nm)) < bestd) {
			bestd = d;
			snprintf(best, sizeof best, "%s", nm);
		}
	}
	snprintf(buf, sizeof buf, "a request name (dossier --dump-config lists them) or none%s%s%s",
		 *best ? "; did you mean " : "", best, *best ? "?" : "");
	config_error(cfg, "unknown request", w, buf);
}

/* bind CONTEXT KEY [KEY] REQUEST */
void
config_parse_bind(struct config *cfg, char **w, size_t n, const char *orig)
{
	int keys[CONFIG_MAX_SEQ], ctx;
	size_t i;
	enum request req;
	char buf[160];

	if (n < 4) {
		config_error(cfg, "bind needs a context, a key and a request", orig,
			     "bind CONTEXT KEY REQUEST; the # key is <Hash>");
		return;
	}
	if (n > 3 + CONFIG_MAX_SEQ) {
		config_error(cfg, "too many keys (a sequence has at most two)", orig,
			     "bind CONTEXT KEY [KEY] REQUEST");
		return;
	}
	if ((ctx = config_name_find(w[1], context_names)) < 0) {
		config_error(cfg, "unknown context", w[1], config_suggest(buf, sizeof buf,
			     "generic, sources, reader, entities, mentions, timeline or quotes", w[1],
			     context_names));
		return;
	}
	for (i = 2; i < n - 1; i++)
		if ((keys[i - 2] = key_parse(w[i], strlen(w[i]))) < 0) {
			config_error(cfg, "unknown key name", w[i], "a character, <C-x>, <Enter>, "
				     "<Tab>, <Space>, <Up>, <PgDn>, <Home>, <Esc>, <F1>...<F12>");
			return;
		}
	if ((req = request_find(w[n - 1])) == REQ_UNKNOWN) {
		bad_request(cfg, w[n - 1]);
		return;
	}
	bind_apply(cfg, (enum key_context)ctx, keys, n - 3, req);
}

/* What one keymap says about a key sequence. */
struct level {
	bool known;		/* these exact keys are bound (maybe to none) */
	enum request req;
	bool more;		/* a longer sequence starts with them */
};

static struct level
level_of(const struct config *cfg, enum key_context ctx, const int *keys, size_t n)
{
	struct level lv = { false, REQ_NONE, false };
	size_t i;

	for (i = 0; i < cfg->nbinds; i++) {
		const struct cbinding *b = &cfg->binds[i];

		if (b->ctx != ctx || b->n < n || memcmp(b->keys, keys, n * sizeof *keys) != 0)
			continue;
		if (b->n == n)
			lv.known = true, lv.req = b->req;
		else if (b->req != REQ_NONE)
			lv.more = true;
	}
	return lv;
}

enum keys_match
config_lookup_seq(const struct config *cfg, enum key_context ctx, const int *keys, size_t n,
		  enum request *req)
{
	struct level c, g;
	bool more;

	*req = REQ_NONE;
	if (n == 0 || n > CONFIG_MAX_SEQ)
		return KEYS_NONE;
	/* The context's own keymap first: whatever it knows of these keys hides generic. */
	c = level_of(cfg, ctx, keys, n);
	g = level_of(cfg, CTX_GENERIC, keys, n);
	*req = c.known ? c.req : g.req;
	more = c.more || (!c.known && g.more);
	return more ? KEYS_MORE : *req != REQ_NONE ? KEYS_FOUND : KEYS_NONE;
}

static void
seq_name(const struct cbinding *b, char *buf, size_t n)
{
	size_t i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < b->n && used + 2 < n; i++) {
		if (i)
			buf[used++] = ' ';	/* keys of a sequence: "g g" */
		keys_name(b->keys[i], buf + used, n - used);
		used += strlen(buf + used);
	}
}

void
config_request_keys(const struct config *cfg, enum request req, enum key_context ctx,
		    char *buf, size_t n)
{
	const struct cbinding *nl;
	size_t i, used = 0;
	char name[64];
	int pass, lf = '\n';
	enum request r;

	buf[0] = '\0';
	for (pass = 0; pass < 2; pass++)	/* the context's own keys, then generic's */
		for (i = 0; i < cfg->nbinds && used < n; i++) {
			const struct cbinding *b = &cfg->binds[i];

			if (b->req != req || b->ctx != (pass ? CTX_GENERIC : ctx) ||
			    (pass && ctx == CTX_GENERIC))
				continue;
			nl = b->n == 1 && (b->keys[0] == '\r' || b->keys[0] == DK_ENTER) ?
				bind_find(cfg, b->ctx, &lf, 1) : NULL;
			if (nl && nl->req == req)
				continue;	/* the other ways <Enter> arrives */
			if (pass && (config_lookup_seq(cfg, ctx, b->keys, b->n, &r), r != req))
				continue;	/* hidden by the context's own binding */
			seq_name(b, name, sizeof name);
			used += (size_t)snprintf(buf + used, n - used, "%s%s", used ? ", " : "",
						 name);
		}
}

/* The bindings of one context, grouped by request in the table's order, unbinds last. */
void
config_dump_bindings(const struct config *cfg, enum key_context ctx, FILE *f)
{
	size_t r, i;
	char name[64];

	fprintf(f, "\n# Bindings: %s\n", context_names[ctx]);
	for (r = 0; r <= NREQ_DEFS; r++)
		for (i = 0; i < cfg->nbinds; i++) {
			const struct cbinding *b = &cfg->binds[i];

			if (b->ctx != ctx || b->req != (r < NREQ_DEFS ? req_defs[r].req : REQ_NONE))
				continue;
			seq_name(b, name, sizeof name);
			fprintf(f, "bind %s %s %s\n", context_names[ctx], name,
				request_name(b->req));
		}
}

/* The default bind lines, from the request table's default keys. */
void
config_default_binds(struct sbuf *b)
{
	const char *k, *e;
	size_t i;

	for (i = 0; i < NREQ_DEFS; i++)
		for (k = req_defs[i].keys; *k; k = e + strspn(e, " ")) {
			e = k + strcspn(k, " ");
			sb_printf(b, "bind generic %.*s %s\n", (int)(e - k), k,
				  request_name(req_defs[i].req));
		}
}

const char *
config_context_name(enum key_context ctx)
{
	return ctx < CTX_NCONTEXTS ? context_names[ctx] : "?";
}

/* A roff-safe copy of s: backslashes and dashes escaped. */
static void
roff_put(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\e", f);
		else if (*s == '-')
			fputs("\\-", f);
		else if (*s == '"')
			fputs("\\(dq", f);
		else
			fputc(*s, f);
	}
}

struct roff {
	struct config *cfg;	/* owned: the defaults */
	FILE *f;
};

static void
roff_line(void *ud, const char *group, enum request req)
{
	const struct roff *r = ud;
	FILE *f = r->f;
	char keys[128], *p;

	if (group) {
		fputs(".SS ", f);
		roff_put(f, group);
		fputc('\n', f);
		return;
	}
	config_request_keys(r->cfg, req, CTX_GENERIC, keys, sizeof keys);
	for (p = keys; (p = strstr(p, ", ")); )	/* "j <Down>", as the table writes them */
		memmove(p, p + 1, strlen(p + 1) + 1);
	fputs(".TP\n.B \\&", f);
	roff_put(f, keys[0] ? keys : "(unbound)");
	fputs("\n\\&", f);
	roff_put(f, request_help(req));
	fputs(" (", f);
	roff_put(f, request_name(req));
	fputs(")\n", f);
}

void
keys_write_roff(FILE *f)
{
	struct roff r = { config_new(), f };

	requests_walk(roff_line, &r);
	config_free(r.cfg);
}
