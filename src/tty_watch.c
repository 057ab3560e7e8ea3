/* tty_watch.c -- the quit key read while the corpus loads, before the screen opens. MIT licence. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "dossier/util.h"
#include "tty_watch.h"

/*
 * The walk and the parse of a large corpus come before the screen (1 s at 30k articles,
 * ~3.5 s at 100k), and Q typed meanwhile waited in the terminal's line buffer until the
 * UI read it. A thread reads the keys from here on, the terminal out of canonical mode
 * and without echo: the quit key ends the process at once (nothing is written yet: no
 * state, no index, no cache), every other key is kept for the UI, which reads it first.
 * Signals that end or stop the process put the terminal back first.
 */

static struct termios saved;		/* the terminal as the shell left it */
static volatile sig_atomic_t raw_on;	/* our mode is in effect */

static struct {
	pthread_t th;
	int (*is_quit)(int key, void *ud);
	void *ud;
	volatile int done;		/* set by tty_watch_end(): the thread returns */
	char buf[TTY_WATCH_MAX];	/* keys typed meanwhile, for the UI */
	size_t n;
	bool running;
} w;

static void
set_raw(void)
{
	struct termios t = saved;

	/* ISIG stays: Ctrl-C and Ctrl-Z keep their meaning (see on_signal). */
	t.c_lflag &= (tcflag_t) ~(ICANON | ECHO);
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	if (tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0)
		raw_on = 1;
}

static void
restore(void)
{
	if (raw_on) {
		tcsetattr(STDIN_FILENO, TCSANOW, &saved);
		raw_on = 0;
	}
}

/* A signal's default action, with the terminal as the shell left it meanwhile; after a
 * stop (Ctrl-Z) and fg our mode comes back. Only async-signal-safe calls. */
static void
on_signal(int sig)
{
	int was = raw_on, e = errno;
	struct sigaction sa, old;
	sigset_t set;

	restore();
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, &old);
	sigemptyset(&set);
	sigaddset(&set, sig);
	pthread_sigmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	/* Here only after SIGTSTP and SIGCONT. */
	sigaction(sig, &old, NULL);
	if (was && !w.done)
		set_raw();
	errno = e;
}

static void
handle_signals(bool on)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on ? on_signal : SIG_DFL;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof sigs / sizeof *sigs; i++)
		sigaction(sigs[i], &sa, NULL);
}

static void *
watch(void *ud)
{
	struct pollfd pfd = { STDIN_FILENO, POLLIN, 0 };
	char c;

	(void)ud;
	while (!w.done) {
		/* 20 ms: tty_watch_end() waits for this thread at most that long. */
		if (poll(&pfd, 1, 20) <= 0)
			continue;
		if (read(STDIN_FILENO, &c, 1) != 1)
			break;
		if (w.is_quit((unsigned char)c, w.ud)) {
			restore();
			_exit(0);
		}
		if (w.n < sizeof w.buf)
			w.buf[w.n++] = c;
	}
	return NULL;
}

bool
tty_watch_start(int (*is_quit)(int key, void *ud), void *ud)
{
	memset(&w, 0, sizeof w);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO) ||
	    tcgetattr(STDIN_FILENO, &saved) != 0)
		return false;
	w.is_quit = is_quit;
	w.ud = ud;
	handle_signals(true);
	set_raw();
	/* Signals go to the main thread, whose handler puts the terminal back. */
	if (!raw_on || thread_start_quiet(&w.th, watch, NULL) != 0) {
		restore();
		handle_signals(false);
		return false;
	}
	w.running = true;
	return true;
}

size_t
tty_watch_end(char *keys)
{
	if (!w.running)
		return 0;
	w.done = 1;
	pthread_join(w.th, NULL);
	w.running = false;
	restore();
	handle_signals(false);
	memcpy(keys, w.buf, w.n);
	return w.n;
}
