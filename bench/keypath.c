/* keypath.c -- which functions (and so files) one key press goes through. MIT licence.
 *
 * Linked into a build made with -finstrument-functions, it writes, for each call of the
 * function at address $DISPFN (ui.c's dispatch(): a key becoming a request and its
 * handling), the distinct functions called inside it on the main thread, to $TRACE:
 *   gcc -O1 -c bench/keypath.c -o /tmp/keypath.o
 *   ./configure CFLAGS="-O0 -g -finstrument-functions" LDFLAGS="-no-pie /tmp/keypath.o"
 *   make dossier
 *   DISPFN=0x$(nm dossier | awk '$3=="dispatch"{print $1}') TRACE=/tmp/t \
 *     COLUMNS=120 LINES=40 ./dossier --no-state --config /dev/null --script KEYS seeds
 * then addr2line -f -e dossier on each "SEG" block's addresses gives functions and files
 * (HACKING: "How a key becomes a request"). Not part of the build or the tests. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/syscall.h>
#define N 65536
static void *set[N]; static void *dispfn; static FILE *out; static int init, inside;
__attribute__((no_instrument_function)) static int mine(void) {
	if (!init) { init = 1; if (!getenv("DISPFN") || !getenv("TRACE")) init = 2;
		else { dispfn = (void *)strtoul(getenv("DISPFN"), 0, 16); out = fopen(getenv("TRACE"), "w"); } }
	return init == 1 && syscall(SYS_gettid) == getpid(); }
__attribute__((no_instrument_function)) void __cyg_profile_func_enter(void *fn, void *site) {
	(void)site; if (!mine()) return;
	if (fn == dispfn) inside++;
	if (!inside) return;
	unsigned long h = ((unsigned long)fn >> 4) % N;
	while (set[h] && set[h] != fn) h = (h + 1) % N;
	set[h] = fn; }
__attribute__((no_instrument_function)) void __cyg_profile_func_exit(void *fn, void *site) {
	(void)site; if (!mine()) return;
	if (fn == dispfn && --inside == 0) { int i; fprintf(out, "SEG\n");
		for (i = 0; i < N; i++) if (set[i]) { fprintf(out, "%p\n", set[i]); set[i] = 0; } fflush(out); } }
