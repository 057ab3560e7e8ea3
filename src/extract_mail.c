/* extract_mail.c -- the header lines of mails are no prose, but for the display names of their addresses. MIT licence. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/extract.h"
#include "dossier/util.h"

/* Inside an address's angle brackets at offset p ("Ann <ann@x.org>"), given the state in
 * at offset s <= p? */
static int
angle_state(const char *text, size_t s, size_t p, int in)
{
	for (; s < p; s++)
		if (text[s] == '<')
			in = 1;
		else if (text[s] == '>')
			in = 0;
	return in;
}

/* Is text[s, e) the name of a mail header field ("From", "Message-ID", "X-Mailer")?
 * *name is set when the field's value may hold a person's display name. */
static int
mail_field(const char *s, size_t n, int *name)
{
	static const char *const field[] = {
		"from", "to", "cc", "bcc", "reply-to", "sender", "subject", "date", "sent",
		"received", "message-id", "in-reply-to", "references", "return-path",
		"delivered-to", "mime-version", "content-type", "content-transfer-encoding",
		"content-disposition", "organization", "organisation", "user-agent",
		"list-id", "list-unsubscribe", "precedence", "envelope-to", "importance",
		"thread-topic", "thread-index", "newsgroups", "path", "lines", "xref",
		"nntp-posting-host", "status", "errors-to", "resent-from", "resent-to",
		"resent-date", "followup-to", "keywords", "summary",
	};
	size_t i;

	*name = 0;
	if (n > 2 && (s[0] == 'X' || s[0] == 'x') && s[1] == '-')
		return 1;
	for (i = 0; i < sizeof field / sizeof field[0]; i++)	/* the initial first */
		if ((s[0] | 0x20) == field[i][0] && strlen(field[i]) == n &&
		    strncasecmp(s, field[i], n) == 0) {
			*name = i < 6;
			return 1;
		}
	return 0;
}

/* If the line at text[i] is a mail header line ("From: ...", "> Subject: ..."), the
 * offset where its value starts, else 0; *name as in mail_field. */
static size_t
header_line(const char *text, size_t i, size_t e, int *name)
{
	size_t f;

	while (i < e && (text[i] == '>' || text[i] == ' '))
		i++;
	for (f = i; f < e && f - i < 40 && (ex_ascii[(unsigned char)text[f]] || text[f] == '-');
	     f++)
		;
	if (f == i || f >= e || text[f] != ':' || !mail_field(text + i, f - i, name))
		return 0;
	return f + 1;
}

/* A range of a mail header block: nothing in [start, end) is a mention, except persons and
 * organisations in the display names of From, To, Cc... (ranges with name set). */
struct hrange {
	uint32_t start, end;
	int name;
};

/*
 * Is the display name around [s, e) (within [lo, hi), the field's value) a mailing list's
 * or a newsletter's, by one of its words: "Reg Subscribers", "Daily Dilbert", "CNET
 * News.com Daily Dispatch"? Then a person in it is no one (the hard ham's newsletters:
 * 30 mails). Its organisations stay.
 */
static int
list_name(const char *text, size_t lo, size_t hi, size_t s, size_t e)
{
	static const char *const word[] = {
		"subscribers", "members", "list", "daily", "weekly", "monthly", "news",
		"newsletter", "newsletters", "digest", "dispatch", "update", "updates", "alert",
		"alerts", "headlines", "bulletin", "team", "support", "service", "services",
		"announcements", "staff", "editors", "tips",
	};
	size_t a, z, w, k;

	/* (a display name is short: the bounds are too, on a huge "To:" line) */
	for (a = s; a > lo && s - a < 120 && !strchr(",>\"", text[a - 1]); a--)
		;
	for (z = e; z < hi && z - e < 120 && !strchr(",<\"", text[z]); z++)
		;
	for (w = a; w < z; w++) {
		if (!isalpha((unsigned char)text[w]) || (w > a && isalpha((unsigned char)text[w - 1])))
			continue;
		for (k = 0; k < sizeof word / sizeof word[0]; k++) {
			size_t n = strlen(word[k]);

			if (w + n <= z && strncasecmp(text + w, word[k], n) == 0 &&
			    (w + n == z || !isalpha((unsigned char)text[w + n])))
				return 1;
		}
	}
	return 0;
}

/* Is m, in the display names of range r, a person of a list's name ("Reg Subscribers"),
 * not its owner ("Michael Moore's Mailing List")? */
static int
list_person(const char *text, const struct hrange *r, const struct cand *m)
{
	return m->type == ENT_PERSON && m->end + 1 < r->end &&
	       !(text[m->end] == '\'' && text[m->end + 1] == 's') &&
	       list_name(text, r->start, r->end, m->start, m->end);
}

/* Header lines of mails, at the top of a document or of a quoted or forwarded mail, are
 * not prose: two or more header lines in a row (with their indented continuations) make a
 * block whose mentions are dropped, but for the display names of the address fields, and
 * whose dates are not dates of the text ("Date:", "Received:"). */
void
ex_drop_mail_headers(const char *text, size_t from, size_t len, struct extraction *x)
{
	struct hrange *r = NULL;
	size_t nr = 0, cap = 0, i = from, e, v, k, o, c, run = 0, pos;
	int name, angle;

	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);

		e = nl ? (size_t)(nl - text) : len;
		if ((v = header_line(text, i, e, &name)) != 0 ||
		    (run > 0 && e > i && (text[i] == ' ' || text[i] == '\t'))) {
			if (v == 0)
				name = r[nr - 1].name, v = i;
			xgrow((void **)&r, &cap, nr + 2, sizeof *r);
			/* The field name is no mention, nor is the value of a field
			 * without display names. */
			r[nr++] = (struct hrange){ (uint32_t)i, (uint32_t)(name ? v : e), 0 };
			if (name)
				r[nr++] = (struct hrange){ (uint32_t)v, (uint32_t)e, 1 };
			run++;
		} else {
			if (run == 1)	/* one "Date:" line in prose stays prose */
				nr -= r[nr - 1].name ? 2 : 1;
			run = 0;
		}
		i = e + 1;
	}
	if (run == 1)
		nr -= r[nr - 1].name ? 2 : 1;
	/* One pass: the angle-bracket state is carried along each name range (a scan from the
	 * range's start for every mention was quadratic on a huge "To:" line). */
	for (c = 0, k = 0, o = 0, pos = 0, angle = 0; c < x->n; c++) {
		const struct cand *m = &x->c[c];

		while (k < nr && r[k].end <= m->start)
			k++;
		if (k < nr && r[k].start <= m->start) {
			if (pos < r[k].start)
				pos = r[k].start, angle = 0;
			angle = angle_state(text, pos, m->start, angle);
			pos = m->start;
			if (!(r[k].name && (m->type == ENT_PERSON || m->type == ENT_ORG ||
					    m->type == CAND_UNKNOWN) && !angle) ||
			    list_person(text, &r[k], m))
				continue;
		}
		x->c[o++] = *m;
	}
	x->n = o;
	free(r);
}
