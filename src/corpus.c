/* corpus.c -- walk paths, read files safely, collect articles. MIT licence. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <strings.h>
#include <pthread.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/uio.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "dossier/corpus.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "corpus_int.h"

#define DEFAULT_MAX_SIZE ((size_t)64 << 20)

static size_t files_read;	/* atomic: files read (their text) by this process */
#define SNIFF_BYTES 8192	/* binary detection looks at this much */
#define STR_(x) #x
#define STR(x) STR_(x)
#define MAX_DEPTH CORPUS_MAX_DEPTH	/* folders nested deeper are not walked */

/* Open-addressing set of (device, inode) pairs. */
struct devino {
	dev_t dev;
	ino_t ino;
	bool used;
};

struct corpus_seen {
	struct devino *slot;	/* owned; cap entries */
	size_t n, cap;
};

static bool
seen_add(struct corpus *c, dev_t dev, ino_t ino)
{
	struct corpus_seen *s = c->seen;
	size_t i, h;

	if (!s)
		s = c->seen = xcalloc(1, sizeof *s);
	if (2 * (s->n + 1) > s->cap) {
		struct corpus_seen old = *s;

		s->cap = s->cap ? 2 * s->cap : 64;
		s->slot = xcalloc(s->cap, sizeof *s->slot);
		s->n = 0;
		for (i = 0; i < old.cap; i++)
			if (old.slot[i].used)
				seen_add(c, old.slot[i].dev, old.slot[i].ino);
		free(old.slot);
	}
	h = (size_t)(((uint64_t)dev * 0x9E3779B97F4A7C15ULL) ^ ((uint64_t)ino * 0xC2B2AE3D27D4EB4FULL));
	for (i = h & (s->cap - 1); s->slot[i].used; i = (i + 1) & (s->cap - 1))
		if (s->slot[i].dev == dev && s->slot[i].ino == ino)
			return false;
	s->slot[i] = (struct devino){ dev, ino, true };
	s->n++;
	return true;
}

bool
corpus_mark_seen(struct corpus *c, dev_t dev, ino_t ino)
{
	return seen_add(c, dev, ino);
}

void
corpus_init(struct corpus *c)
{
	memset(c, 0, sizeof *c);
}

const char *
corpus_skip_name(enum corpus_skip reason)
{
	static const char *const names[SKIP_NTYPES] = {
		"binary", "unreadable", "too large", "loop", "missing", "too deep"
	};

	return (unsigned)reason < SKIP_NTYPES ? names[reason] : "skipped";
}

size_t
corpus_skipped_total(const struct corpus *c)
{
	size_t i, t = 0;

	for (i = 0; i < SKIP_NTYPES; i++)
		t += c->skipped[i];
	return t;
}

static bool
is_alpha(int ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static bool
is_digit(int ch)
{
	return ch >= '0' && ch <= '9';
}

static void
skip(struct corpus *c, const char *path, enum corpus_skip reason, const char *detail)
{
	c->skipped[reason]++;
	if (c->on_skip)
		c->on_skip(c->skip_ud, path, reason, detail);
}

/* In a folder only .txt, .md, .text and extension-less files are read. An extension is
 * 1-8 letters or digits, one a letter, after the last dot ("Mr. Smith" has none). */
static bool
wanted_name(const char *name)
{
	const char *dot = strrchr(name, '.'), *p;
	bool letter = false;

	for (p = dot ? dot + 1 : ""; *p; p++) {
		if (!is_alpha((unsigned char)*p) && !is_digit((unsigned char)*p))
			return true;
		letter |= is_alpha((unsigned char)*p);
	}
	if (!dot || !letter || p - dot - 1 > 8)
		return true;
	return !strcasecmp(dot, ".txt") || !strcasecmp(dot, ".md") || !strcasecmp(dot, ".text");
}

bool
corpus_wanted_name(const char *name)
{
	return name[0] != '.' && wanted_name(name);
}

/* A control byte that counts against a text: not whitespace (\t..\r) nor ESC, which text
 * with escape sequences has. */
static inline bool
binary_byte(unsigned char b)
{
	return b < 0x20 && !(b >= '\t' && b <= '\r') && b != 0x1B;
}

/* Whether one of the eight bytes at p is below 0x20 (bytes >= 0x80 are masked off by ~w). */
static inline uint64_t
below_space(const char *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
	return (w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL;
}

#if defined(__SSE2__)
/* Which of the 32 bytes at p are below 0x20 (top three bits clear), a bit each. */
static inline uint32_t
below_space_mask(const char *p)
{
	const __m128i top = _mm_set1_epi8((char)0xE0), zero = _mm_setzero_si128();
	__m128i a = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + 16));

	a = _mm_cmpeq_epi8(_mm_and_si128(a, top), zero);
	b = _mm_cmpeq_epi8(_mm_and_si128(b, top), zero);
	return (uint32_t)_mm_movemask_epi8(a) | (uint32_t)_mm_movemask_epi8(b) << 16;
}
#endif

/* NUL bytes, or more than a tenth of control bytes (other than whitespace and ESC,
 * which text with escape sequences has) in the first 8 KB. A NUL is below 0x20 too, so
 * the pass that counts meets it: no memchr() before. (This was a tenth of loading.) */
static bool
looks_binary(const char *text, size_t len)
{
	size_t i = 0, n = len < SNIFF_BYTES ? len : SNIFF_BYTES, ctrl = 0;
	unsigned char b;

#if defined(__SSE2__)
	/* 32 bytes a step, and only the bytes below 0x20 (line ends mostly) looked at. */
	for (; i + 32 <= n; i += 32) {
		uint32_t mask = below_space_mask(text + i);

		for (; mask; mask &= mask - 1) {
			b = (unsigned char)text[i + (size_t)__builtin_ctz(mask)];
			if (b == '\0')
				return true;
			ctrl += binary_byte(b);
		}
	}
#endif
	for (; i < n; i++) {
		/* Eight bytes at a time while none is below 0x20: most of a text is. */
		while (i + 8 <= n && !below_space(text + i))
			i += 8;
		if (i >= n)
			break;
		b = (unsigned char)text[i];
		if (b == '\0')
			return true;
		ctrl += binary_byte(b);
	}
	return ctrl > n / 10 + 2;
}

/* Read the whole file with read(); *len gets its size. NULL and errno on failure;
 * errno EFBIG when it is over the cap (the file may grow after fstat()). */
static char *
read_fd(int fd, size_t hint, size_t max, size_t *len)
{
	/* Room for the whole file, the NUL and one byte more, so that the read which finds
	 * the end of a file of the size fstat gave does not double the buffer (it did: every
	 * text then took twice its size). */
	size_t cap = (hint < max ? hint : max) + 2, n = 0;
	char *buf = xmalloc(cap);
	ssize_t r;
	int e = EFBIG;

	while (n <= max) {
		if (n + 1 >= cap)
			xgrow((void **)&buf, &cap, cap + 1, 1);
		r = read(fd, buf + n, cap - n - 1);
		if (r == 0) {
			buf[n] = '\0';
			*len = n;
			return buf;
		}
		if (r > 0)
			n += (size_t)r;
		else if ((e = errno) != EINTR)
			break;
		e = EFBIG;
	}
	free(buf);
	errno = e;
	return NULL;
}

static void
corpus_append(struct corpus *c, struct article *a)
{
	xgrow((void **)&c->arts, &c->cap, c->n + 1, sizeof *c->arts);
	a->id = (uint32_t)c->n;
	c->arts[c->n++] = a;
	c->bytes += a->len;
}


/* The text of the file at path as an article holds it (UTF-16 converted, not binary), *len
 * bytes, owned; NULL with out's reason, detail and err set. out->st its stat, *mtime its
 * mtime; out->read_s the seconds it took. */
static char *
load_text(const char *path, size_t max, bool check_seen, struct corpus *c,
	  struct loaded *out, size_t *len, time_t *mtime)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	struct stat st;
	char *text, *conv;
	double t0 = now_seconds();

	memset(out, 0, sizeof *out);
	out->reason = SKIP_UNREADABLE;
	if (fd < 0) {
		out->err = errno;
		out->ret = -1;
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		out->detail = "not a regular file";
		out->ret = -1;
		close(fd);
		return NULL;
	}
	corpus_stat_of(&st, &out->st);
	*mtime = st.st_mtime;
	if (st.st_size > 0 && (uintmax_t)st.st_size > max) {
		out->reason = SKIP_TOO_LARGE;
		out->detail = "over the size limit";
		close(fd);
		return NULL;
	}
	if (check_seen && !seen_add(c, st.st_dev, st.st_ino)) {
		out->reason = SKIP_LOOP;
		out->detail = "already seen through another path";
		close(fd);
		return NULL;
	}
	text = read_fd(fd, (size_t)st.st_size, max, len);
	close(fd);
	__atomic_fetch_add(&files_read, 1, __ATOMIC_RELAXED);
	out->read_s = now_seconds() - t0;
	if (!text) {
		bool big = errno == EFBIG;

		out->reason = big ? SKIP_TOO_LARGE : SKIP_UNREADABLE;
		out->detail = big ? "over the size limit" : NULL;
		out->err = big ? 0 : errno;
		out->ret = big ? 0 : -1;
		return NULL;
	}
	if (*len >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') ||
			  (text[0] == '\xFE' && text[1] == '\xFF'))) {
		conv = text_from_utf16(text, *len, len);
		free(text);
		text = conv;
	}
	if (looks_binary(text, *len)) {
		out->reason = SKIP_BINARY;
		out->detail = "looks like binary data";
		free(text);
		return NULL;
	}
	return text;
}

/* Read and parse one file without touching the corpus (several threads may run this). */
void
corpus_load_file(const char *path, size_t max, bool check_seen, struct corpus *c, struct loaded *out)
{
	size_t len;
	time_t mtime;
	char *text = load_text(path, max, check_seen, c, out, &len, &mtime);
	double t1 = now_seconds();

	if (!text)
		return;
	out->a = article_parse(path, text, len, mtime);
	out->a->st = out->st;
	out->parse_s = now_seconds() - t1;
}

void
corpus_stat_of(const struct stat *sb, struct corpus_stat *out)
{
	out->dev = (uint64_t)sb->st_dev;
	out->ino = (uint64_t)sb->st_ino;
	out->size = (int64_t)sb->st_size;
	out->mtime_ns = (int64_t)sb->st_mtim.tv_sec * 1000000000 + sb->st_mtim.tv_nsec;
}

int64_t
corpus_ctime_of(const struct stat *sb)
{
	return (int64_t)sb->st_ctim.tv_sec * 1000000000 + sb->st_ctim.tv_nsec;
}

size_t
corpus_files_read(void)
{
	return __atomic_load_n(&files_read, __ATOMIC_RELAXED);
}

size_t
corpus_max_size(const struct corpus *c)
{
	size_t max = c->max_file_size ? c->max_file_size : DEFAULT_MAX_SIZE;

	return max > UINT32_MAX - 1 ? UINT32_MAX - 1 : max;
}

struct article *
corpus_read_file(const struct corpus *c, const char *path, char *err, size_t errlen)
{
	struct loaded l;

	/* check_seen is false: load_file does not touch the corpus then. */
	corpus_load_file(path, corpus_max_size(c), false, NULL, &l);
	if (!l.a)
		snprintf(err, errlen, "%s", l.err ? strerror(l.err) : l.detail ? l.detail
			 : "could not be read");
	return l.a;
}

char *
corpus_read_text(const struct corpus *c, const char *path, size_t *len)
{
	struct loaded l;
	time_t mtime;
	char *text = load_text(path, corpus_max_size(c), false, NULL, &l, len, &mtime);

	if (text && *len > UINT32_MAX - 1)
		*len = UINT32_MAX - 1;	/* (as article_parse() cuts it) */
	if (text)
		text[*len] = '\0';	/* (read_fd() leaves room, as article_parse() needs) */
	return text;
}

/* Append what load_file gave, or report the skip. */
int
corpus_take_loaded(struct corpus *c, const char *path, struct loaded *l)
{
	char why[96], size[32];

	c->read_seconds += l->read_s;
	c->parse_seconds += l->parse_s;
	if (!l->a && l->reason == SKIP_BINARY) {
		xgrow((void **)&c->bins, &c->capbins, c->nbins + 1, sizeof *c->bins);
		c->bins[c->nbins].path = xstrdup(path);
		c->bins[c->nbins++].st = l->st;
	}
	if (l->a) {
		corpus_append(c, l->a);
	} else if (l->reason == SKIP_TOO_LARGE) {
		format_size(corpus_max_size(c), size, sizeof size);
		snprintf(why, sizeof why, "over the %s limit (see --max-file-size)",
			 size);
		skip(c, path, SKIP_TOO_LARGE, why);
	} else {
		skip(c, path, (enum corpus_skip)l->reason, l->err ? strerror(l->err) : l->detail);
	}
	return l->ret;
}

static int
read_article(struct corpus *c, const char *path, const struct stat *st)
{
	struct loaded l;
	size_t cap;

	if (c->defer) {
		/* Scan now, read later in parallel (corpus_load_pending). */
		cap = c->cappending;
		xgrow((void **)&c->pending, &c->cappending, c->npending + 1, sizeof *c->pending);
		if (c->cappending != cap || !c->pstat)
			c->pstat = xrealloc(c->pstat, c->cappending * sizeof *c->pstat);
		corpus_stat_of(st, &c->pstat[c->npending]);
		c->pending[c->npending++] = xstrdup(path);
		return 0;
	}
	corpus_load_file(path, corpus_max_size(c), true, c, &l);
	return corpus_take_loaded(c, path, &l);
}

static int visit(struct corpus *c, const char *path, int depth, bool explicit);

/* An entry of a folder as readdir() gives it. */
struct dent {
	char *name;		/* owned */
	unsigned char type;	/* DT_REG, DT_DIR, DT_LNK, DT_UNKNOWN... */
	ino_t ino;
};

static int
cmp_dent(const void *a, const void *b)
{
	return strcmp(((const struct dent *)a)->name, ((const struct dent *)b)->name);
}

/* Every entry of a folder in name order, hidden ones left out; NULL with errno when it
 * cannot be read. */
static struct dent *
dir_entries(const char *path, size_t *n)
{
	DIR *d = opendir(path);
	struct dirent *de;
	struct dent *v;
	size_t cap = 1;

	*n = 0;
	if (!d)
		return NULL;
	v = xmalloc(sizeof *v);
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		xgrow((void **)&v, &cap, *n + 1, sizeof *v);
		v[*n].name = xstrdup(de->d_name);
		v[*n].type = de->d_type;
		v[(*n)++].ino = de->d_ino;
	}
	closedir(d);
	if (*n > 1)
		qsort(v, *n, sizeof *v, cmp_dent);
	return v;
}

char **
corpus_dir_names(const char *path, size_t *n)
{
	struct dent *v = dir_entries(path, n);
	char **names;
	size_t i;

	if (!v)
		return NULL;
	names = xmalloc((*n ? *n : 1) * sizeof *names);
	for (i = 0; i < *n; i++)
		names[i] = v[i].name;
	free(v);
	return names;
}

/*
 * A regular file found in a folder, with c->walk_fast: not stat()ed. readdir() says it is
 * a regular file and gives its inode; its device is its folder's. Only a name the walk
 * reads is looked at, and a file reached twice (a hard link) is skipped as before. Its
 * stat, unknown here, comes when it is read (corpus_load_file()). At 100k files the
 * stat()s were four fifths of the walk (0.3 of 0.38 s), which is all of a cold launch
 * before its first screen.
 */
static int
walk_file(struct corpus *c, const char *path, const struct dent *e, dev_t dev)
{
	struct stat st;

	if (!wanted_name(e->name))
		return 0;
	if (!seen_add(c, dev, e->ino)) {
		skip(c, path, SKIP_LOOP, "already seen through another path");
		return 0;
	}
	memset(&st, 0, sizeof st);
	st.st_mode = S_IFREG;
	st.st_dev = dev;
	st.st_ino = e->ino;
	st.st_size = -1;	/* (unknown until it is read) */
	return read_article(c, path, &st);
}

static void
walk_dir(struct corpus *c, const char *path, int depth, dev_t dev)
{
	size_t n, i, plen = strlen(path);
	struct dent *v = dir_entries(path, &n);
	struct sbuf child = { 0 };

	if (!v) {
		skip(c, path, SKIP_UNREADABLE, strerror(errno));
		return;
	}
	while (plen > 1 && path[plen - 1] == '/')
		plen--;
	for (i = 0; i < n; i++) {
		child.len = 0;
		sb_add(&child, path, plen);
		if (path[plen - 1] != '/')
			sb_addc(&child, '/');
		sb_adds(&child, v[i].name);
		if (c->walk_fast && c->defer && v[i].type == DT_REG)
			walk_file(c, child.data, &v[i], dev);
		else
			visit(c, child.data, depth + 1, false);
		free(v[i].name);
	}
	free(v);
	sb_free(&child);
}

/* Folder path as the walk found it, with its stat from before it was listed. */
static void
add_folder(struct corpus *c, const char *path, const struct stat *st, bool root)
{
	struct corpus_folder *f;

	xgrow((void **)&c->folders, &c->capfolders, c->nfolders + 1, sizeof *c->folders);
	f = &c->folders[c->nfolders++];
	f->path = xstrdup(path);
	corpus_stat_of(st, &f->st);
	f->ctime_ns = corpus_ctime_of(st);
	f->root = root;
}

/* A path given (explicit) or found in a folder. */
static int
visit(struct corpus *c, const char *path, int depth, bool explicit)
{
	struct stat st, lst;
	const char *base;
	int e;

	if (stat(path, &st) != 0) {
		e = errno;
		if (e == ELOOP)
			skip(c, path, SKIP_LOOP, "symbolic link loop");
		else if (e == ENOENT && lstat(path, &lst) == 0)
			skip(c, path, SKIP_UNREADABLE, "dangling symbolic link");
		else
			skip(c, path, explicit && e == ENOENT ? SKIP_MISSING : SKIP_UNREADABLE,
			     strerror(e));
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		if (depth > MAX_DEPTH) {
			/* Not a loop (those are caught by device and inode): just deep. */
			skip(c, path, SKIP_TOO_DEEP, "folders nested more than " STR(MAX_DEPTH)
			     " levels");
			return 0;
		}
		if (!seen_add(c, st.st_dev, st.st_ino)) {
			skip(c, path, SKIP_LOOP, "folder already visited");
			return 0;
		}
		add_folder(c, path, &st, explicit);
		walk_dir(c, path, depth, st.st_dev);
		return 0;
	}
	base = strrchr(path, '/');
	base = base ? base + 1 : path;
	if (!explicit && !wanted_name(base))
		return 0;
	if (!explicit && !S_ISREG(st.st_mode)) {
		/* A FIFO, socket or device named like an article: never opened (a FIFO would
		 * block), but named on stderr as the README promises for every skipped file. */
		skip(c, path, SKIP_UNREADABLE, S_ISFIFO(st.st_mode) ? "not a regular file (a FIFO)"
		     : "not a regular file");
		return 0;
	}
	if (c->defer && S_ISREG(st.st_mode) && !seen_add(c, st.st_dev, st.st_ino)) {
		skip(c, path, SKIP_LOOP, "already seen through another path");
		return 0;
	}
	return read_article(c, path, &st);
}

int
corpus_add_path(struct corpus *c, const char *path)
{
	return visit(c, path, 0, true);
}

static int
cmp_article(const void *a, const void *b)
{
	return strcmp((*(struct article *const *)a)->path, (*(struct article *const *)b)->path);
}

void
corpus_finish(struct corpus *c)
{
	size_t i;

	/* Loaded from a walk or a persistent index, they mostly come in order already. */
	for (i = 1; i < c->n && cmp_article(&c->arts[i - 1], &c->arts[i]) < 0; i++)
		;
	if (i < c->n)
		qsort(c->arts, c->n, sizeof *c->arts, cmp_article);
	for (i = 0; i < c->n; i++)
		c->arts[i]->id = (uint32_t)i;
}

void
article_free(struct article *a)
{
	if (!a)
		return;
	if (a->display_path != a->path)
		free(a->display_path);
	free(a->path);
	article_text_free(a);
	free(a->title);
	free(a->source);
	free(a);
}

void
corpus_free(struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		article_free(c->arts[i]);
	free(c->arts);
	if (c->seen)
		free(c->seen->slot);
	free(c->seen);
	for (i = 0; i < c->npending; i++)
		free(c->pending[i]);
	free(c->pending);
	free(c->pstat);
	for (i = 0; i < c->nbins; i++)
		free(c->bins[i].path);
	free(c->bins);
	for (i = 0; i < c->nfolders; i++)
		free(c->folders[i].path);
	free(c->folders);
	corpus_init(c);
}
