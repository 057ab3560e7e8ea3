/* tap.h -- a tiny TAP test harness for the unit tests (header-only). MIT licence. */
#ifndef DOSSIER_TAP_H
#define DOSSIER_TAP_H

#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed, tap_case_failed;

/* Check a condition inside a test case; reports the expression and line on failure. */
#define CHECK(cond) do { if (!(cond)) { tap_case_failed = 1; \
	printf("#   %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); } } while (0)
/* Compare two C strings. */
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); \
	if (!a_ || !b_ || strcmp(a_, b_) != 0) { tap_case_failed = 1; \
	printf("#   %s:%d: \"%s\" != \"%s\"\n", __FILE__, __LINE__, a_ ? a_ : "(null)", \
	       b_ ? b_ : "(null)"); } } while (0)
/* Compare two integers. */
#define CHECK_INT(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); \
	if (a_ != b_) { tap_case_failed = 1; printf("#   %s:%d: %s == %lld, expected %lld\n", \
	__FILE__, __LINE__, #a, a_, b_); } } while (0)

/* Run one test case function: each one is one counted test. */
#define RUN(fn) do { tap_case_failed = 0; fn(); tap_n++; \
	if (tap_case_failed) { tap_failed++; printf("not ok %d - %s\n", tap_n, #fn); } \
	else { printf("ok %d - %s\n", tap_n, #fn); } \
	fflush(stdout); } while (0)

#define TAP_END() (printf("1..%d\n", tap_n), tap_failed ? 1 : 0)

#endif
