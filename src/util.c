/* util.c -- allocation that dies cleanly, growable buffers, clocks. MIT licence. */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dossier/text.h"
#include "dossier/util.h"

void (*util_fatal_hook)(void);

/*
 * Every "dossier: ..." line goes through here. A message may carry a file name, an
 * argument, a tag or a config value, so each code point passes the one sanitising rule
 * (text_display_cp(): ESC shows as U+241B, a newline as U+240A, bidi controls as U+FFFD)
 * and nothing reaches the terminal as a control sequence or forges a second line.
 * No allocation: die() runs this when memory is out. Longer messages are cut.
 */
static void put_message(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

static void
put_message(const char *fmt, va_list ap)
{
	char buf[8192], enc[4];
	size_t len, i = 0;
	uint32_t cp, d;
	int n = vsnprintf(buf, sizeof buf, fmt, ap);

	len = n < 0 ? 0 : (size_t)n >= sizeof buf ? sizeof buf - 1 : (size_t)n;
	fputs("dossier: ", stderr);
	while (i < len) {
		i += text_decode(buf + i, len - i, &cp);
		if ((d = text_display_cp(cp)) != 0)
			fwrite(enc, 1, text_encode(d, enc), stderr);
	}
	fputc('\n', stderr);
}

void
die(const char *fmt, ...)
{
	va_list ap;

	if (util_fatal_hook)
		util_fatal_hook();
	va_start(ap, fmt);
	put_message(fmt, ap);
	va_end(ap);
	exit(1);
}

void
warnx_(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	put_message(fmt, ap);
	va_end(ap);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		die("out of memory (%zu bytes)", n);
	return p;
}

/* Big buffers are aligned to a huge page and asked for in huge pages where the system
 * gives them only on request (transparent_hugepage=madvise): filling 240 MB in 4 KB pages
 * was 60,000 page faults, a tenth of a warm launch's first paint at a million articles.
 * (glibc maps blocks this big on their own, so free() gives them back at once.) */
#define BIG_BLOCK (4u << 20)
#define HUGE_PAGE (2u << 20)

void *
big_alloc(size_t n)
{
	static size_t most;	/* the machine's memory: a block bigger is refused, not tried */
	void *p = NULL;

	if (n < BIG_BLOCK)
		return malloc(n ? n : 1);
	if (!most) {
		long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);

		most = pages > 0 && size > 0 && (size_t)pages <= SIZE_MAX / (size_t)size ?
			       (size_t)pages * (size_t)size : SIZE_MAX / 2;
	}
	/* (a damaged count asks for exabytes: NULL, as mmap() said, not an allocator's
	 * abort under a sanitizer) */
	if (n > most || n > SIZE_MAX - HUGE_PAGE)
		return NULL;
	n = (n + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
	if (posix_memalign(&p, HUGE_PAGE, n) != 0)
		return NULL;
#ifdef MADV_HUGEPAGE
	(void)madvise(p, n, MADV_HUGEPAGE);	/* (a hint: refused is as before) */
#endif
	return p;
}

void *
xbig_alloc(size_t n)
{
	void *p = big_alloc(n);

	if (!p)
		die("out of memory (%zu bytes)", n);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		die("out of memory");
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q)
		die("out of memory (%zu bytes)", n);
	return q;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
xgrow(void **p, size_t *cap, size_t need, size_t elem)
{
	size_t ncap;

	if (need <= *cap)
		return;
	ncap = *cap ? *cap : 8;
	while (ncap < need)
		ncap *= 2;
	if (ncap > SIZE_MAX / elem)
		die("out of memory");
	*p = xrealloc(*p, ncap * elem);
	*cap = ncap;
}

void
sb_add(struct sbuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap)	/* (the call only when it must grow: a list of 89k
					 * rows made 900k of them) */
		xgrow((void **)&b->data, &b->cap, b->len + n + 1, 1);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
sb_adds(struct sbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

void
sb_add_varint(struct sbuf *b, uint64_t v)
{
	while (v >= 0x80) {
		sb_addc(b, (char)(v | 0x80));
		v >>= 7;
	}
	sb_addc(b, (char)v);
}

bool
take_varint(const unsigned char **p, const unsigned char *end, uint64_t *v)
{
	const unsigned char *s = *p;
	unsigned shift = 0;

	*v = 0;
	while (s < end && shift < 64) {
		*v |= (uint64_t)(*s & 0x7f) << shift;
		if (!(*s++ & 0x80)) {
			*p = s;
			return true;
		}
		shift += 7;
	}
	return false;
}

void
sb_addc(struct sbuf *b, char c)
{
	if (b->len + 2 > b->cap)
		xgrow((void **)&b->data, &b->cap, b->len + 2, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void
sb_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	xgrow((void **)&b->data, &b->cap, b->len + (size_t)n + 1, 1);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

const char *
sb_cstr(struct sbuf *b)
{
	if (!b->data)
		sb_add(b, "", 0);
	return b->data;
}

void
sb_free(struct sbuf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

int
thread_start_quiet(pthread_t *th, void *(*fn)(void *), void *arg)
{
	sigset_t all, old;
	int rc;

	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	rc = pthread_create(th, NULL, fn, arg);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return rc;
}

double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

long
peak_rss_kb(void)
{
	struct rusage ru;

	if (getrusage(RUSAGE_SELF, &ru) != 0)
		return 0;
	return ru.ru_maxrss;
}

static double bench_t0;		/* when the process started working */
static FILE *bench_log;		/* the DOSSIER_BENCH_LOG file, or NULL */
static const char *bench_kill;	/* $DOSSIER_BENCH_KILL: the mark to die at */

void
bench_start(void)
{
	const char *path = getenv("DOSSIER_BENCH_LOG");

	bench_t0 = now_seconds();
	if (path && *path)
		bench_log = fopen(path, "a");
	bench_kill = getenv("DOSSIER_BENCH_KILL");
}

void
bench_value(const char *what, double value)
{
	if (!bench_log)
		return;
	fprintf(bench_log, "%s %.6f\n", what, value);
	fflush(bench_log);
}

bool
bench_enabled(void)
{
	return bench_log != NULL;
}

void
bench_mark(const char *what)
{
	if (bench_log)
		bench_value(what, now_seconds() - bench_t0);
	/* The tests' kill -9 at a known moment (a cache half written). */
	if (bench_kill && strcmp(bench_kill, what) == 0)
		raise(SIGKILL);
}

void
test_hold_file(const char *env)
{
	const char *f = getenv(env);

	while (f && *f && access(f, F_OK) == 0)
		nanosleep(&(struct timespec){ 0, 10000000 }, NULL);
}

char *
abs_path(const char *path)
{
	char *r = realpath(path, NULL);

	return r ? r : xstrdup(path);
}

char *
abs_path_in(const char *path, struct abs_dir *d)
{
	const char *slash = strrchr(path, '/'), *base;
	struct stat st;
	size_t dl;
	char *r;

	/* A symlinked file resolves to its target: only a plain file name is joined. */
	if (!slash || !slash[1] || !strcmp(slash + 1, ".") || !strcmp(slash + 1, "..") ||
	    lstat(path, &st) != 0 || S_ISLNK(st.st_mode))
		return abs_path(path);
	dl = (size_t)(slash - path);
	if (!d->raw || strlen(d->raw) != dl || memcmp(d->raw, path, dl) != 0) {
		free(d->raw);
		free(d->abs);
		d->raw = xmalloc(dl + 1);
		memcpy(d->raw, path, dl);
		d->raw[dl] = '\0';
		d->abs = realpath(dl ? d->raw : "/", NULL);
	}
	if (!d->abs)
		return abs_path(path);
	base = slash + 1;
	dl = strlen(d->abs);
	r = xmalloc(dl + strlen(base) + 2);
	memcpy(r, d->abs, dl);
	if (dl == 0 || d->abs[dl - 1] != '/')
		r[dl++] = '/';
	strcpy(r + dl, base);
	return r;
}

void
abs_dir_free(struct abs_dir *d)
{
	free(d->raw);
	free(d->abs);
	d->raw = d->abs = NULL;
}

bool
hex_digits(const char *s, size_t len, size_t n, uint32_t *v)
{
	size_t k;

	if (len < n)
		return false;
	for (*v = 0, k = 0; k < n; k++) {
		int c = (unsigned char)s[k] | 32;

		if (s[k] >= '0' && s[k] <= '9')
			*v = *v << 4 | (uint32_t)(s[k] - '0');
		else if (c >= 'a' && c <= 'f')
			*v = *v << 4 | (uint32_t)(c - 'a' + 10);
		else
			return false;
	}
	return true;
}

bool
parse_size(const char *s, size_t *out)
{
	unsigned long long v = 0, mult = 1;
	const char *p = s;

	while (*p == ' ')
		p++;
	if (*p < '0' || *p > '9')
		return false;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (v > (1ULL << 50))
			return false;
		v = v * 10 + (unsigned)(*p - '0');
	}
	switch (*p) {
	case 'k': case 'K': mult = 1ULL << 10; p++; break;
	case 'm': case 'M': mult = 1ULL << 20; p++; break;
	case 'g': case 'G': mult = 1ULL << 30; p++; break;
	default: break;
	}
	if (mult > 1 && *p == 'i')
		p++;
	if (*p == 'B' || (mult > 1 && *p == 'b'))
		p++;
	while (*p == ' ')
		p++;
	if (*p || v == 0 || v > (unsigned long long)SIZE_MAX / mult)
		return false;
	*out = (size_t)(v * mult);
	return true;
}

void
format_size(size_t n, char *buf, size_t len)
{
	if (n && n % ((size_t)1 << 30) == 0)
		snprintf(buf, len, "%zuG", n >> 30);
	else if (n && n % ((size_t)1 << 20) == 0)
		snprintf(buf, len, "%zuM", n >> 20);
	else if (n && n % 1024 == 0)
		snprintf(buf, len, "%zuK", n >> 10);
	else
		snprintf(buf, len, "%zu", n);
}

/* Merge sort of [lo, hi) of base through tmp (the same size). */
static void
merge_sort(char *base, char *tmp, size_t lo, size_t hi, size_t size,
	   int (*cmp)(const void *, const void *, void *), void *ctx)
{
	size_t mid, i, j, k;

	if (hi - lo < 2)
		return;
	mid = lo + (hi - lo) / 2;
	merge_sort(base, tmp, lo, mid, size, cmp, ctx);
	merge_sort(base, tmp, mid, hi, size, cmp, ctx);
	if (cmp(base + (mid - 1) * size, base + mid * size, ctx) <= 0)
		return;	/* already in order (common: lists sorted before) */
	for (i = lo, j = mid, k = lo; i < mid || j < hi; k++) {
		/* <= keeps equal elements in their order: the sort is stable */
		if (j >= hi || (i < mid && cmp(base + i * size, base + j * size, ctx) <= 0))
			memcpy(tmp + k * size, base + i++ * size, size);
		else
			memcpy(tmp + k * size, base + j++ * size, size);
	}
	memcpy(base + lo * size, tmp + lo * size, (hi - lo) * size);
}

void
xsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *, void *),
      void *ctx)
{
	char *tmp;

	if (n < 2 || size == 0)
		return;
	tmp = xmalloc(n * size);
	merge_sort(base, tmp, 0, n, size, cmp, ctx);
	free(tmp);
}

uint32_t
place_hash(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = PLACE_HASH_SEED ^ n, w;

	/* (the last 1-8 bytes in the last step: a key of 8 bytes is one step, as the
	 * tokenizer's words of 1-8 letters) */
	for (; n > 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = place_hash_step(h, w);
	}
	w = 0;
	memcpy(&w, s, n);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w);	/* (the first byte lowest, as on little-endian) */
#endif
	return place_hash_last(h, w);
}

void
xsort_u64(uint64_t *v, size_t n)
{
	uint64_t *tmp, *src = v, *dst, *t;
	size_t *count, i, sum, c;
	int shift;

	if (n < 2)
		return;
	dst = tmp = xmalloc(n * sizeof *tmp);
	count = xmalloc((1 << 16) * sizeof *count);	/* 512 kB: not on a thread's stack */
	/* Four passes of 16 bits, least significant first; a pass whose digit is the
	 * same in every key moves nothing. */
	for (shift = 0; shift < 64; shift += 16) {
		memset(count, 0, (1 << 16) * sizeof *count);
		for (i = 0; i < n; i++)
			count[(src[i] >> shift) & 0xffff]++;
		if (count[(src[0] >> shift) & 0xffff] == n)
			continue;
		for (i = 0, sum = 0; i < (1 << 16); i++) {
			c = count[i];
			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			dst[count[(src[i] >> shift) & 0xffff]++] = src[i];
		t = src;
		src = dst;
		dst = t;
	}
	if (src != v)
		memcpy(v, src, n * sizeof *v);
	free(count);
	free(tmp);
}

void
threads_run(int n, void *(*fn)(void *), void *arg)
{
	pthread_t th[16];
	int i, started = 0;

	for (i = 1; i < n && i < 16; i++)
		if (thread_start_quiet(&th[started], fn, arg) == 0)
			started++;
	fn(arg);
	for (i = 0; i < started; i++)
		pthread_join(th[i], NULL);
}

int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

int
cmp_strp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Swaps the elements of size bytes at a and b through t. */
static void
swap_el(char *a, char *b, char *t, size_t size)
{
	if (a == b)
		return;
	memcpy(t, a, size);
	memcpy(a, b, size);
	memcpy(b, t, size);
}

void
select_first(void *base, size_t n, size_t size, size_t k,
	     int (*cmp)(const void *, const void *))
{
	char *v = base, *t = xmalloc(size ? size : 1);
	size_t lo = 0, hi = n, i, p;

	while (lo < k && k < hi && hi - lo > 1) {
		/* The middle one is the pivot, parked at the end. */
		swap_el(v + (lo + (hi - lo) / 2) * size, v + (hi - 1) * size, t, size);
		for (i = p = lo; i < hi - 1; i++)
			if (cmp(v + i * size, v + (hi - 1) * size) < 0)
				swap_el(v + i * size, v + p++ * size, t, size);
		swap_el(v + p * size, v + (hi - 1) * size, t, size);
		if (p >= k)
			hi = p;
		else
			lo = p + 1;
	}
	free(t);
}
