/* util.h -- allocation that dies cleanly, growable buffers, small helpers. MIT licence. */
#ifndef DOSSIER_UTIL_H
#define DOSSIER_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>
#include <pthread.h>

/* Called before the process exits on a fatal error (the UI restores the terminal). */
extern void (*util_fatal_hook)(void);

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* n bytes for a big buffer, huge pages asked for from 4 MB; NULL when refused
 * (xbig_alloc() dies). free() frees them. */
void *big_alloc(size_t n);
void *xbig_alloc(size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Grow *p (an array of *cap elements of size elem) so it holds at least need elements. */
void xgrow(void **p, size_t *cap, size_t need, size_t elem);
/* Print "dossier: MESSAGE" to stderr, run the fatal hook and exit(1). */
/* Both sanitise the whole message (text_display_cp()): every stderr line goes through
 * them, so no control character from a file, argv or the environment reaches a terminal. */
void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
/* Print "dossier: MESSAGE" to stderr. */
void warnx_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable byte buffer; data is always NUL-terminated when len > 0 or after sb_cstr(). */
struct sbuf {
	char *data;	/* owned; freed by sb_free() */
	size_t len;	/* bytes used, excluding the NUL */
	size_t cap;	/* bytes allocated */
};
void sb_add(struct sbuf *b, const char *s, size_t n);
void sb_adds(struct sbuf *b, const char *s);
void sb_addc(struct sbuf *b, char c);
void sb_printf(struct sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *sb_cstr(struct sbuf *b);
void sb_free(struct sbuf *b);
/* v as a little-endian base-128 varint onto b. */
void sb_add_varint(struct sbuf *b, uint64_t v);
/* A varint at *p (before end) into *v, *p past it; false when it runs past end or over
 * 64 bits. */
bool take_varint(const unsigned char **p, const unsigned char *end, uint64_t *v);

/*
 * Benchmark log: when DOSSIER_BENCH_LOG names a file, bench_mark("first_paint") appends
 * "first_paint SECONDS" (seconds since bench_start()). For bench/run; a no-op otherwise.
 * When DOSSIER_BENCH_KILL names a mark, the process is killed (SIGKILL) on reaching it:
 * the tests' kill -9 at a known moment.
 */
void bench_start(void);
void bench_mark(const char *what);
/* Tests: wait while the file the environment variable env names exists (a stage of the
 * build held so that a script sees it); at once when env is unset. */
void test_hold_file(const char *env);
/* A quit flag another thread sets (*stop), looked at by long work: NULL is never set.
 * Atomic (relaxed): the flag orders nothing else. */
static inline bool
stop_set(volatile int *stop)
{
	return stop && __atomic_load_n(stop, __ATOMIC_RELAXED);
}
static inline void
stop_raise(volatile int *stop)
{
	__atomic_store_n(stop, 1, __ATOMIC_RELAXED);
}
void bench_value(const char *what, double value);
/* Whether there is a benchmark log (a figure that costs work is made only then). */
bool bench_enabled(void);

/* The absolute, resolved form of path (realpath), or a copy of path. Caller frees. */
char *abs_path(const char *path);
/* abs_path() of many paths, each folder's realpath() made once while paths of one folder
 * come together: an lstat() a file instead of a look at every component. Start d at
 * {0}, free it with abs_dir_free(). */
struct abs_dir {
	char *raw, *abs;
};
char *abs_path_in(const char *path, struct abs_dir *d);
void abs_dir_free(struct abs_dir *d);

/* The n hex digits at s (len bytes there) as *v ("201C" of an escape "\u201C"); false
 * when there are fewer or one is no hex digit. */
bool hex_digits(const char *s, size_t len, size_t n, uint32_t *v);

/* A size such as "64M", "512K", "2G" or "1048576" (binary units; "KiB", "MB" and "k"
 * are accepted too) into bytes; false if it is not one, is 0 or does not fit. */
bool parse_size(const char *s, size_t *out);
/* n bytes as parse_size() reads it back: "64M" when whole MiB, else "K", else bytes. */
void format_size(size_t n, char *buf, size_t len);

/* Start a thread running fn(arg) with every signal blocked from its first instruction
 * (signals belong to the UI thread: a Ctrl-Z must never land in a worker). The caller's
 * mask is unchanged. 0 or an error number, as pthread_create(). */
int thread_start_quiet(pthread_t *th, void *(*fn)(void *), void *arg);
/* fn(arg) on n threads at once (at most 16): this one and n - 1 started quietly (fewer
 * if they cannot be), all joined before it returns. fn shares out the work itself. */
void threads_run(int n, void *(*fn)(void *), void *arg);

/* Monotonic clock in seconds. */
double now_seconds(void);
/* Peak resident set size of this process in kilobytes (0 if unknown). */
long peak_rss_kb(void);

/* qsort()/bsearch() comparators: of uint32_t values; of strings, the elements being
 * char pointers (strcmp() order). */
int cmp_u32(const void *a, const void *b);
int cmp_strp(const void *a, const void *b);
/* Moves the k first (in cmp's order) of the n elements of size bytes at base into its
 * first k places, in no order (quickselect: about 2n comparisons, not n log n). */
void select_first(void *base, size_t n, size_t size, size_t k,
		  int (*cmp)(const void *, const void *));

/*
 * Sort n elements of size bytes at base with cmp, which gets ctx (qsort has no place for
 * one, so comparators used to read globals). Stable: equal elements keep their order.
 * A merge sort; allocates n * size bytes of scratch (xmalloc).
 */
void xsort(void *base, size_t n, size_t size,
	   int (*cmp)(const void *a, const void *b, void *ctx), void *ctx);
/* Sort n 64-bit keys in ascending order, by radix (no comparisons: 100k keys in about a
 * millisecond, where xsort's callbacks took 80 ms). */
void xsort_u64(uint64_t *v, size_t n);

/* A hash of p[0..n) eight bytes a step, for tables that only place keys (no answer or
 * file depends on its values): resolution's string maps, the catalog's slot tables, the
 * gazetteer's and the extractor's (gaz_hash()). */
uint32_t place_hash(const void *p, size_t n);
/* place_hash() in parts, for the tokenizer's words hashed in registers (tokenize.c): the
 * seed for n bytes, a step of 8 of them, and the last 0-7 (or 8, of a key of 1-8 bytes:
 * the bytes in order, the first lowest, the rest 0). */
#define PLACE_HASH_SEED 0x9e3779b97f4a7c15ull
static inline uint64_t
place_hash_step(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xff51afd7ed558ccdull;
	return h ^ (h >> 32);
}
static inline uint32_t
place_hash_last(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 29;
	return (uint32_t)(h ^ (h >> 32));
}

/* FNV-1a of p[0..n): the hash of the project's other open-addressing tables. */
static inline uint32_t
fnv1a(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint32_t h = 2166136261u;

	while (n--)
		h = (h ^ *s++) * 16777619u;
	return h;
}

/* "s" after a count of n that is not one, for an English plural: "%zu article%s". */
static inline const char *
plural_s(size_t n)
{
	return n == 1 ? "" : "s";
}

/*
 * Freeing 100k articles, their entities and closing a large index took 0.25 s at 30k
 * articles after Q: the TUI and the commands end without it (an index is an unlinked
 * file or written and closed first, the state is closed first). Under a leak checker
 * everything is freed, so leaks stay visible.
 */
#if defined(__SANITIZE_ADDRESS__)
#define FREE_AT_EXIT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define FREE_AT_EXIT 1
#endif
#endif
#ifndef FREE_AT_EXIT
#define FREE_AT_EXIT 0
#endif

#endif
