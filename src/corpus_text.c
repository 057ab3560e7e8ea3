/* corpus_text.c -- an article's text read when it is needed, held, and let go. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif

#include "dossier/corpus.h"
#include "dossier/util.h"
#include "corpus_int.h"

/*
 * An article made from the persistent index has no text until it is read (article_load()).
 * A TUI's first build reads every file, and once the full text and the extraction have
 * read one (struct text_holds) its text goes again, as if the index had listed it: the
 * texts were two thirds of a cold launch's memory (511 MB of 1.16 GB at 100k articles),
 * held while the entities were resolved although nothing but the open article needed them.
 *
 * Who may read a->text, and why it stays while they do:
 *   article_load()    the text stays for good (kept): the screen, the commands, anything
 *                     that keeps a pointer into it;
 *   article_hold()    until article_release() (users): a pass over many articles that
 *                     needs each for a moment (the quotes counted after "ready");
 *   a build's reader  an article of a text_holds is not let go before every reader of it
 *                     called text_holds_done().
 * A text goes (article_let_go()) only if the article is loose (a text_holds made it so),
 * not kept and not held, all under one lock.
 */

/* article_load() says so when the file changed after it was indexed. */
#define CHANGED_NOTE "[dossier: this file changed after it was indexed, or cannot be read;" \
	" launch dossier again to read it]\n"

static pthread_mutex_t load_lock = PTHREAD_MUTEX_INITIALIZER;

/* Text of exactly len bytes saying the file is not the one indexed (see CHANGED_NOTE). */
static char *
changed_text(size_t len)
{
	char *t = xmalloc(len + 1);
	size_t n = strlen(CHANGED_NOTE);

	memset(t, ' ', len);
	memcpy(t, CHANGED_NOTE, n < len ? n : len);
	t[len] = '\0';
	return t;
}

/* a's file read again as it was indexed (no lock: the fields read are a's for good), or
 * a text of a->len bytes saying it changed (*changed set). */
static struct article *
read_again(const struct article *a, bool *changed)
{
	uint64_t max = a->st.size > 0 && (uint64_t)a->st.size > a->len ? (uint64_t)a->st.size
		       : a->len;
	struct loaded l;

	/* No more than the file that was indexed can be it (UTF-16 is converted). */
	corpus_load_file(a->path, max > UINT32_MAX - 2 ? UINT32_MAX - 1 : (size_t)max + 1, false,
			 NULL, &l);
	/* Only the text that was indexed: mention offsets point into it. */
	if (!l.a || l.a->len != a->len || strcmp(l.a->hash, a->hash) != 0) {
		article_free(l.a);
		l.a = article_parse(a->path, changed_text(a->len), a->len, a->mtime);
		*changed = true;
	}
	return l.a;
}

/*
 * a's text there, then hold (a->users) or keep it, under the lock. The file is read
 * outside it: the quotes and prefixes of a first build read the texts it let go again,
 * on every core. Of two threads that read one file, the first to come back gives it.
 */
static void
have_text(struct article *a, bool keep)
{
	struct article *b = NULL;
	bool changed = false;

	pthread_mutex_lock(&load_lock);
	while (!a->text_ready && !b) {
		pthread_mutex_unlock(&load_lock);
		b = read_again(a, &changed);
		pthread_mutex_lock(&load_lock);
	}
	if (b && !a->text_ready) {
		__atomic_store_n(&a->text_changed, changed, __ATOMIC_RELAXED);
		a->text = b->text;
		a->lines = b->lines;
		a->nlines = b->nlines;
		a->body = b->body;
		a->paragraphs = b->paragraphs;
		b->text = NULL;
		b->lines = NULL;
		__atomic_store_n(&a->text_ready, 1, __ATOMIC_RELEASE);
	}
	if (keep)
		__atomic_store_n(&a->kept, 1, __ATOMIC_RELEASE);
	else
		a->users++;
	pthread_mutex_unlock(&load_lock);
	article_free(b);
}

void
article_load(const struct article *ca)
{
	struct article *a = (struct article *)ca;

	if (__atomic_load_n(&a->kept, __ATOMIC_ACQUIRE) &&
	    __atomic_load_n(&a->text_ready, __ATOMIC_ACQUIRE))
		return;
	have_text(a, true);
}

void
article_hold(const struct article *a)
{
	have_text((struct article *)a, false);
}

/* Let a's text go if nobody may read it (the load lock held); the bytes freed. */
static size_t
let_go(struct article *a)
{
	size_t n = a->len;

	if (!a->loose || a->kept || a->users || !a->text_ready)
		return 0;
	__atomic_store_n(&a->text_ready, 0, __ATOMIC_RELEASE);
	n += a->nlines * sizeof *a->lines;
	article_text_free(a);
	a->text = NULL;
	a->lines = NULL;
	a->nlines = 0;
	return n;
}

/* A hold on a ends: its text goes if nobody may read it, and (left not NULL) the last of a
 * build's readers is done with it; counted down under the lock, where text_holds_done()
 * lets it go. The bytes freed. */
static size_t
unhold(struct article *a, atomic_uchar *left)
{
	size_t n = 0;

	pthread_mutex_lock(&load_lock);
	if (a->users)
		a->users--;
	if (!left || atomic_fetch_sub(left, 1) == 1)
		n = let_go(a);
	pthread_mutex_unlock(&load_lock);
	return n;
}

void
article_release(const struct article *ca)
{
	unhold((struct article *)ca, NULL);
}

size_t
article_let_go(const struct article *ca)
{
	size_t n;

	pthread_mutex_lock(&load_lock);
	n = let_go((struct article *)ca);
	pthread_mutex_unlock(&load_lock);
	return n;
}

/* ---- slabs of texts -------------------------------------------------------------- */

/*
 * A text freed among the titles, paths and lines of the articles read beside it gave
 * back to the system only the whole pages inside its hole: at 100k articles, of 535 MB
 * of texts let go, the process kept ~300 MB (malloc_trim() after every 32 MB). A loading
 * thread's texts and lines are copied into a slab of their own instead (mapped, a few MB,
 * filled in order), which goes back whole when its last text goes: the texts are let go
 * in about the order they were read. A text too big for a slab stays on the heap.
 */
#define SLAB_BYTES ((size_t)4 << 20)
#define SLAB_ALIGN 16

struct text_slab {
	char *base;
	size_t used;
	atomic_size_t refs;	/* texts in it, and one while its thread fills it */
};

static void
slab_put(struct text_slab *s)
{
	if (atomic_fetch_sub(&s->refs, 1) != 1)
		return;
	munmap(s->base, SLAB_BYTES);
	free(s);
}

static size_t
aligned(size_t n)
{
	return (n + SLAB_ALIGN - 1) & ~(size_t)(SLAB_ALIGN - 1);
}

void
article_pack(struct article *a, struct text_slab **cur)
{
	size_t tn = aligned(a->len + 1), ln = a->nlines * sizeof *a->lines;
	struct text_slab *s = *cur;
	void *m;

	if (a->slab || !a->text || tn + ln > SLAB_BYTES / 4)
		return;
	if (!s || s->used + tn + ln > SLAB_BYTES) {
		m = mmap(NULL, SLAB_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
			 -1, 0);
		if (m == MAP_FAILED)
			return;		/* (the heap keeps it) */
		text_slab_done(cur);
		s = *cur = xmalloc(sizeof *s);
		s->base = m;
		s->used = 0;
		atomic_init(&s->refs, 1);
	}
	memcpy(s->base + s->used, a->text, a->len + 1);
	free(a->text);
	a->text = s->base + s->used;
	s->used += tn;
	if (ln) {
		memcpy(s->base + s->used, a->lines, ln);
		free(a->lines);
		a->lines = (struct text_line *)(void *)(s->base + s->used);
		s->used += aligned(ln);
	} else {
		free(a->lines);		/* (none: the slab frees no array of its own) */
		a->lines = NULL;
	}
	atomic_fetch_add(&s->refs, 1);
	a->slab = s;
}

void
text_slab_done(struct text_slab **cur)
{
	if (*cur)
		slab_put(*cur);
	*cur = NULL;
}

void
article_text_free(struct article *a)
{
	if (a->slab) {
		slab_put(a->slab);
		a->slab = NULL;
	} else {
		free(a->text);
		free(a->lines);
	}
}

/* ---- a build's readers ------------------------------------------------------------- */

struct text_holds {
	const struct corpus *c;
	atomic_uchar *left;		/* per article: readers still to come */
	void (*each)(void *ud, size_t i);
	unsigned each_reader;		/* the reader whose calls run it */
	unsigned lagging;		/* the reader that reads a text again, or TEXT_READERS */
	void *ud;
	atomic_size_t gone;		/* texts let go */
	atomic_size_t again;		/* texts the lagging reader read again */
};

struct text_holds *
text_holds_new(const struct corpus *c, unsigned readers, unsigned each_reader,
	       unsigned lagging, void (*each)(void *ud, size_t i), void *ud)
{
	struct text_holds *h = xcalloc(1, sizeof *h);
	size_t i;

	h->c = c;
	h->each = each;
	h->each_reader = each_reader;
	h->lagging = lagging;
	h->ud = ud;
	h->left = xmalloc((c->n ? c->n : 1) * sizeof *h->left);
	for (i = 0; i < c->n; i++) {
		atomic_init(&h->left[i], (unsigned char)readers);
		__atomic_store_n(&c->arts[i]->loose, true, __ATOMIC_RELEASE);
	}
	atomic_init(&h->gone, 0);
	atomic_init(&h->again, 0);
	return h;
}

void
text_holds_done(struct text_holds *h, size_t i, unsigned reader)
{
	if (!h || i >= h->c->n)
		return;
	/* (the text stays while it runs: this reader has not counted yet) */
	if (reader == h->each_reader && h->each)
		h->each(h->ud, i);
	/* The others' last goes now, and when a lagging reader has not held it yet it goes
	 * all the same (read again, text_holds_enter()); not while one holds it. */
	if (atomic_fetch_sub(&h->left[i], 1) != 1 &&
	    (h->lagging >= TEXT_READERS || reader == h->lagging))
		return;
	if (article_let_go(h->c->arts[i]))
		atomic_fetch_add_explicit(&h->gone, 1, memory_order_relaxed);
}

void
text_holds_enter(struct text_holds *h, size_t i)
{
	const struct article *a;

	if (!h || i >= h->c->n)
		return;
	a = h->c->arts[i];
	if (!__atomic_load_n(&a->text_ready, __ATOMIC_ACQUIRE))
		atomic_fetch_add_explicit(&h->again, 1, memory_order_relaxed);
	article_hold(a);
}

void
text_holds_leave(struct text_holds *h, size_t i)
{
	struct article *a;

	if (!h || i >= h->c->n)
		return;
	a = h->c->arts[i];
	/* Kept for the others while one of them has yet to read it; else it goes. */
	if (unhold(a, &h->left[i]))
		atomic_fetch_add_explicit(&h->gone, 1, memory_order_relaxed);
}

void
text_holds_free(struct text_holds *h)
{
	if (!h)
		return;
	bench_value("texts_let_go", (double)atomic_load(&h->gone));
	bench_value("texts_read_again", (double)atomic_load(&h->again));
	if (bench_enabled()) {	/* tests/cli/text_behind.sh: none stays behind */
		size_t i, held = 0;

		for (i = 0; i < h->c->n; i++)
			held += __atomic_load_n(&h->c->arts[i]->text_ready, __ATOMIC_ACQUIRE);
		bench_value("texts_held", (double)held);
	}
#ifdef HAVE_MALLOC_TRIM
	/* What the build freed beside the texts (the extractions the resolver took) */
	if (atomic_load(&h->gone))
		malloc_trim(0);
#endif
	free(h->left);
	free(h);
}

bool
article_text_indexed(const struct article *a)
{
	return __atomic_load_n(&a->text_ready, __ATOMIC_ACQUIRE) &&
	       !__atomic_load_n(&a->text_changed, __ATOMIC_RELAXED);
}
