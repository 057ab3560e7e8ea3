/* ui_extern.c -- links list, $BROWSER, OSC 52, pipe, :!, $PAGER and :edit: every child process. MIT licence. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <curses.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/state.h"
#include "dossier/util.h"
#include "config_file.h"
#include "pane.h"
#include "prompt.h"
#include "ui.h"

/*
 * Every child gets an argv built here and runs through execvp: nothing passes through a
 * shell except the commands the user typed for | and :! (sh -c TEXT). Article bytes only
 * ever reach a child as data: on stdin (|), or as one argv word (a URL, a path).
 *
 * Foreground children (|, :!, the pager, the editor) get the terminal: curses steps aside
 * (def_prog_mode, endwin), the child runs in our process group, and the screen comes back
 * (reset_prog_mode, a full redraw at the size the terminal has now). In script mode there
 * is no terminal: stdin is /dev/null (or the article for |), stdout and stderr /dev/null,
 * and nobody is asked to press Enter.
 *
 * The browser is detached: a double fork, setsid, all three descriptors on /dev/null, so
 * it outlives us and leaves no zombie. A CLOEXEC pipe carries errno back when exec fails.
 */

/* Split s on blanks into a NULL-terminated argv with room for extra more words. */
static char **
split_words(const char *s, size_t extra, size_t *n)
{
	char **v = xmalloc((strlen(s) / 2 + 2 + extra) * sizeof *v);
	size_t k = 0;

	while (*s) {
		size_t len;

		while (*s == ' ' || *s == '\t' || *s == '\n')
			s++;
		len = strcspn(s, " \t\n");
		if (len)
			v[k++] = xstrndup(s, len);
		s += len;
	}
	v[k] = NULL;
	*n = k;
	return v;
}

static void
free_words(char **v)
{
	size_t i;

	for (i = 0; v && v[i]; i++)
		free(v[i]);
	free(v);
}

/* The words of the first set variable of names (NULL-terminated), else of fallback. */
static char **
command_words(const char *const *names, const char *fallback, size_t extra, size_t *n,
	      const char **from)
{
	char **v;
	size_t i;

	for (i = 0; names[i]; i++) {
		const char *e = getenv(names[i]);

		if (!e || !*e)
			continue;
		v = split_words(e, extra, n);
		if (*n) {
			*from = names[i];
			return v;
		}
		free_words(v);	/* only blanks: as if unset */
	}
	*from = NULL;
	return split_words(fallback, extra, n);
}

/* The last path component of a command, for messages. */
static const char *
base_name(const char *cmd)
{
	const char *s = strrchr(cmd, '/');

	return s && s[1] ? s + 1 : cmd;
}

/* In the child: signals as a fresh process has them, then exec; errno to errfd on failure. */
static void __attribute__((noreturn))
child_exec(char *const *argv, int errfd)
{
	static const int sigs[] = { SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE,
				    SIGTERM, SIGHUP, SIGWINCH, SIGCHLD, SIGXFSZ };
	sigset_t none;
	size_t i;
	int e;

	for (i = 0; i < sizeof sigs / sizeof *sigs; i++)
		signal(sigs[i], SIG_DFL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	execvp(argv[0], argv);
	e = errno;
	if (write(errfd, &e, sizeof e) < 0) {
		/* the parent then sees a plain failure */
	}
	_exit(127);
}

/* A pipe whose ends close on exec (the exec-error channel). */
static bool
cloexec_pipe(int fd[2])
{
	if (pipe(fd) != 0)
		return false;
	fcntl(fd[0], F_SETFD, FD_CLOEXEC);
	fcntl(fd[1], F_SETFD, FD_CLOEXEC);
	return true;
}

/* errno the child sent before failing to exec, or 0 when exec succeeded. */
static int
exec_errno(int fd)
{
	int e = 0;
	ssize_t r;

	while ((r = read(fd, &e, sizeof e)) < 0 && errno == EINTR)
		;
	close(fd);
	return r == (ssize_t)sizeof e ? e : 0;
}

/* Point fd at /dev/null. */
static void
to_null(int fd, int flags)
{
	int n = open("/dev/null", flags);

	if (n >= 0 && n != fd) {
		dup2(n, fd);
		close(n);
	}
}

/* Start argv detached (the browser). Returns 0, or an errno (exec or fork failed). */
static int
spawn_detached(char *const *argv)
{
	int ep[2], status, e;
	pid_t pid;

	if (!cloexec_pipe(ep))
		return errno;
	if ((pid = fork()) < 0) {
		e = errno;
		close(ep[0]);
		close(ep[1]);
		return e;
	}
	if (pid == 0) {
		close(ep[0]);
		/* The grandchild is reparented to init: nobody has to reap it. */
		if ((pid = fork()) != 0) {
			if (pid < 0) {
				e = errno;
				if (write(ep[1], &e, sizeof e) < 0) {
					/* nothing more to say */
				}
			}
			_exit(0);
		}
		setsid();
		to_null(STDIN_FILENO, O_RDONLY);
		to_null(STDOUT_FILENO, O_WRONLY);
		to_null(STDERR_FILENO, O_WRONLY);
		child_exec(argv, ep[1]);
	}
	close(ep[1]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return exec_errno(ep[0]);
}

/* How a foreground child ended, for the status line. */
struct run_result {
	int exec_err;	/* errno of a failed fork/exec, else 0 */
	int status;	/* wait status */
};

/* Give the terminal to a child (nothing to do in script mode). A shell command's output
 * starts on a line of its own, below what the terminal showed before. */
static void
hand_over(struct ui *ui, bool new_line)
{
	if (ui->opt.script)
		return;
	def_prog_mode();
	endwin();
	if (new_line)
		fputs("\n", stdout);
	fflush(stdout);
}

/* Take the terminal back: wait for Enter if asked, curses modes, size, full redraw. */
static void
take_back(struct ui *ui, bool press_enter)
{
	struct winsize ws;
	ssize_t r;
	char c = 0;

	if (ui->opt.script)
		return;
	if (press_enter) {
		fputs("\nPress Enter to return to dossier", stdout);
		fflush(stdout);
		/* A resize (SIGWINCH) interrupts the read: keep waiting for the Enter. */
		while (((r = read(STDIN_FILENO, &c, 1)) == 1 && c != '\n' && c != '\r') ||
		       (r < 0 && errno == EINTR))
			;
	}
	reset_prog_mode();
	/* A resize while the child ran: lay the screen out at the size it has now. */
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0 &&
	    (ws.ws_row != LINES || ws.ws_col != COLS))
		resize_term(ws.ws_row, ws.ws_col);
	clearok(curscr, TRUE);
	refresh();
}

/* Write text[0..len) to fd, stopping quietly when the reader goes away (EPIPE). */
static void
feed(int fd, const char *text, size_t len)
{
	while (len) {
		ssize_t w = write(fd, text, len);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		text += w;
		len -= (size_t)w;
	}
}

/*
 * Run argv in the foreground and wait for it. input (may be NULL) is written to its stdin
 * through a pipe. Like system(), we ignore SIGINT and SIGQUIT while it runs (they are the
 * child's), and let SIGTSTP stop us together with it.
 */
static struct run_result
run_foreground(struct ui *ui, char *const *argv, const char *input, size_t inlen)
{
	struct run_result r = { 0, 0 };
	struct sigaction ign, dfl, o_int, o_quit, o_tstp, o_pipe;
	int ep[2], ip[2] = { -1, -1 }, fork_err;
	pid_t pid;

	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	dfl = ign;
	dfl.sa_handler = SIG_DFL;
	if (!cloexec_pipe(ep)) {
		r.exec_err = errno;
		return r;
	}
	if (input && !cloexec_pipe(ip)) {
		r.exec_err = errno;
		close(ep[0]);
		close(ep[1]);
		return r;
	}
	sigaction(SIGINT, &ign, &o_int);
	sigaction(SIGQUIT, &ign, &o_quit);
	sigaction(SIGPIPE, &ign, &o_pipe);
	sigaction(SIGTSTP, &dfl, &o_tstp);
	pid = fork();
	fork_err = errno;
	if (pid == 0) {
		close(ep[0]);
		if (input) {
			dup2(ip[0], STDIN_FILENO);
			close(ip[1]);
		} else if (ui->opt.script) {
			to_null(STDIN_FILENO, O_RDONLY);
		}
		if (ui->opt.script) {
			to_null(STDOUT_FILENO, O_WRONLY);
			to_null(STDERR_FILENO, O_WRONLY);
		}
		child_exec(argv, ep[1]);
	}
	close(ep[1]);
	if (input)
		close(ip[0]);
	if (pid < 0) {
		r.exec_err = fork_err;
		close(ep[0]);
	} else {
		if (input) {
			feed(ip[1], input, inlen);
			close(ip[1]);
			ip[1] = -1;
		}
		r.exec_err = exec_errno(ep[0]);
		while (waitpid(pid, &r.status, 0) < 0 && errno == EINTR)
			;
	}
	if (ip[1] >= 0)
		close(ip[1]);
	sigaction(SIGINT, &o_int, NULL);
	sigaction(SIGQUIT, &o_quit, NULL);
	sigaction(SIGPIPE, &o_pipe, NULL);
	sigaction(SIGTSTP, &o_tstp, NULL);
	return r;
}

/* Say how a foreground child ended: nothing when it went well (what) names it. */
static bool
report_result(struct ui *ui, const char *what, const struct run_result *r)
{
	if (r->exec_err) {
		ui_error(ui, "dossier: cannot run %s: %s", what, strerror(r->exec_err));
		return false;
	}
	if (WIFSIGNALED(r->status)) {
		ui_error(ui, "dossier: %s was killed by signal %d", what, WTERMSIG(r->status));
		return false;
	}
	if (WIFEXITED(r->status) && WEXITSTATUS(r->status) != 0) {
		ui_error(ui, "dossier: %s exited with status %d", what, WEXITSTATUS(r->status));
		return false;
	}
	return true;
}

/* The open article, or NULL with a message. */
static const struct article *
open_article(struct ui *ui)
{
	if (ui->sel.article < 0 || (size_t)ui->sel.article >= ui->corpus->n) {
		ui_report(ui, "No article open: Enter opens the selected one");
		return NULL;
	}
	article_load(ui->corpus->arts[ui->sel.article]);
	return ui->corpus->arts[ui->sel.article];
}

/* The article's file as an argument: absolute, so it can never look like an option. */
static char *
path_arg(const struct article *a)
{
	char *p = abs_path(a->path), *q;

	if (p[0] == '/')
		return p;
	q = xmalloc(strlen(p) + 3);
	sprintf(q, "./%s", p);
	free(p);
	return q;
}

/* Links ------------------------------------------------------------------------------ */

static void
links_open(struct ui *ui)
{
	const struct article *a = open_article(ui);
	const struct mention *m;
	size_t n, i, found = 0;

	if (!a)
		return;
	if (!ui_index_ready(ui)) {
		ui_report(ui, "Links are found with the entities: still indexing…");
		return;
	}
	m = ui_article_mentions(ui, a->id, &n);
	for (i = 0; i < n; i++) {
		char *url;

		if (m[i].type != ENT_URL)
			continue;
		url = xstrndup(a->text + m[i].start, m[i].end - m[i].start);
		if (!found || !ui_menu_has(ui, url)) {
			if (!found++)
				ui_menu_open(ui, MENU_LINKS,
					     "Links · Enter opens with $BROWSER · y copies · q closes");
			ui_menu_add(ui, url, url);
		}
		free(url);
	}
	if (!found)
		ui_report(ui, "No links in this article");
}

void
ui_links_chosen(struct ui *ui, const char *url)
{
	static const char *const vars[] = { "BROWSER", NULL };
	const char *from;
	char **argv, *full;
	size_t n, i;
	bool subst = false;
	int e;

	/* A bare domain ("reuters.com/x") is a web address, not a file. */
	if (strstr(url, "://")) {
		full = xstrdup(url);
	} else {
		full = xmalloc(strlen(url) + 9);
		sprintf(full, "https://%s", url);
	}
	argv = command_words(vars, "xdg-open", 1, &n, &from);
	for (i = 0; i < n; i++)
		if (strcmp(argv[i], "%s") == 0) {
			free(argv[i]);
			argv[i] = xstrdup(full);
			subst = true;
		}
	if (!subst) {
		argv[n++] = xstrdup(full);
		argv[n] = NULL;
	}
	if ((e = spawn_detached(argv)) != 0)
		ui_error(ui, "dossier: cannot run %s%s: %s", base_name(argv[0]),
			 from ? " ($BROWSER)" : "", strerror(e));
	else
		ui_report(ui, "Opened with %s", base_name(argv[0]));
	free_words(argv);
	free(full);
}

/* Standard base64 of s[0..n) (OSC 52 payload), NUL-terminated. Caller frees. */
static char *
base64(const unsigned char *s, size_t n)
{
	static const char tab[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char *out = xmalloc((n + 2) / 3 * 4 + 1), *o = out;
	size_t i;

	for (i = 0; i + 2 < n; i += 3) {
		*o++ = tab[s[i] >> 2];
		*o++ = tab[(s[i] & 3) << 4 | s[i + 1] >> 4];
		*o++ = tab[(s[i + 1] & 15) << 2 | s[i + 2] >> 6];
		*o++ = tab[s[i + 2] & 63];
	}
	if (i < n) {
		*o++ = tab[s[i] >> 2];
		*o++ = tab[(s[i] & 3) << 4 | (i + 1 < n ? s[i + 1] >> 4 : 0)];
		*o++ = i + 1 < n ? tab[(s[i + 1] & 15) << 2] : '=';
		*o++ = '=';
	}
	*o = '\0';
	return out;
}

void
ui_links_copy(struct ui *ui, const char *url)
{
	FILE *out = ui_output();
	char *b;

	if (!config_options(ui->opt.cfg)->osc52) {
		ui_report(ui, "Copying needs OSC 52: add \"set osc52 = yes\" to the config file");
		return;
	}
	/* Base64 only: no byte of the article reaches the terminal as it is. */
	b = base64((const unsigned char *)url, strlen(url));
	refresh();
	fprintf(out, "\033]52;c;%s\a", b);
	fflush(out);
	free(b);
	ui_report(ui, "Copied %zu bytes to the clipboard (OSC 52)", strlen(url));
}

/* Pipe, shell command, pager ------------------------------------------------------------ */

/* A typed command in quotes, for messages (drawn sanitised like any status text). */
static const char *
quoted(const char *cmd, char *buf, size_t n)
{
	snprintf(buf, n, "\"%s\"", cmd);
	return buf;
}

void
ui_pipe_article(struct ui *ui, const char *cmd)
{
	const struct article *a = open_article(ui);
	char *argv[] = { "/bin/sh", "-c", (char *)cmd, NULL };
	struct run_result r;
	char q[200];

	if (!a)
		return;
	if (!*cmd) {
		ui_report(ui, "No command: nothing piped");
		return;
	}
	hand_over(ui, true);
	r = run_foreground(ui, argv, a->text, a->len);
	take_back(ui, true);
	if (report_result(ui, quoted(cmd, q, sizeof q), &r))
		ui_report(ui, "Piped %zu bytes to %s", a->len, q);
}

void
ui_shell_command(struct ui *ui, const char *cmd)
{
	char *argv[] = { "/bin/sh", "-c", (char *)cmd, NULL };
	struct run_result r;
	char q[200];

	while (*cmd == ' ')
		cmd++;
	if (!*cmd) {
		ui_error(ui, "usage: :!COMMAND (runs it with /bin/sh)");
		return;
	}
	argv[2] = (char *)cmd;
	hand_over(ui, true);
	r = run_foreground(ui, argv, NULL, 0);
	take_back(ui, true);
	if (report_result(ui, quoted(cmd, q, sizeof q), &r))
		ui_report(ui, "Ran %s", q);
}

/* Run the first set variable of vars (else fallback) on the open article's file. False
 * (with the message) when it failed; *ran says whether it ran at all (may be NULL). */
static bool
run_on_file(struct ui *ui, const struct article *a, const char *const *vars,
	    const char *fallback, bool *ran)
{
	const char *from;
	size_t n;
	char **argv = command_words(vars, fallback, 1, &n, &from);
	char what[160];
	struct run_result r;

	argv[n++] = path_arg(a);
	argv[n] = NULL;
	snprintf(what, sizeof what, "%s%s%s%s", base_name(argv[0]), from ? " ($" : "",
		 from ? from : "", from ? ")" : "");
	hand_over(ui, false);
	r = run_foreground(ui, argv, NULL, 0);
	take_back(ui, false);
	free_words(argv);
	if (ran)
		*ran = r.exec_err == 0;
	return report_result(ui, what, &r);
}

static void
pager(struct ui *ui)
{
	static const char *const vars[] = { "PAGER", NULL };
	const struct article *a = open_article(ui);

	if (a)
		run_on_file(ui, a, vars, "less", NULL);
}

/* Edit ------------------------------------------------------------------------------- */

/* The open article changed under every view: show it anew. */
static void
article_reloaded(struct ui *ui, uint32_t id)
{
	size_t i;
	int p;

	/* Byte offsets into the old text mean nothing now. */
	for (i = 0; i < ui->jumps.n; i++)
		if (ui->jumps.list[i].article == id)
			ui->jumps.list[i].offset = 0;
	ui->sel.mention = ui->sel.mention_end = -1;
	ui_reader_show(ui, -1);
	ui->find.article = -1;
	ui->reloads++;
	ui_triage_load(ui);
	ui->list.sorted_mode = -1;	/* its date or title may have changed */
	ui_sort(ui);
	ui_show_article(ui, id, false);
	ui_refresh_hits(ui);
	for (p = PANE_MAIN; p < PANE_N; p++)
		if (ui->panes[p]->ops->article_changed)
			ui->panes[p]->ops->article_changed(ui->panes[p], ui);
}

/*
 * Carry the state over to the edited text. Saves still waiting must land first (they are
 * for the old hash), so this one waits as long as a command would: the rare case of an
 * edit while another process holds the state file pauses the screen instead of losing a
 * decision.
 */
bool
ui_rehash(struct ui *ui, const char *old, const char *hash, const char *path)
{
	bool ok;

	ui_save_blocking(ui, true);
	ok = state_rehash(ui->st, old, hash, path) == STATE_OK;
	ui_save_blocking(ui, false);
	return ok;
}

void
ui_edit_article(struct ui *ui)
{
	static const char *const vars[] = { "VISUAL", "EDITOR", NULL };
	const struct article *a = open_article(ui);
	uint32_t id;
	char old[33], *path;
	bool ok, ran, changed = true;

	if (!a)
		return;
	/* The edit is re-indexed on return: never while the build thread writes the index. */
	if (!ui_index_ready(ui)) {
		ui_report(ui, "Still indexing (%zu%%): :edit waits until the index is ready",
			  ui->progress->total ? ui->progress->done * 100 / ui->progress->total : 0);
		return;
	}
	/* The build thread reads every article's text to find the story clusters. */
	if (ui->progress && !ui->progress->clusters_done) {
		ui_report(ui, "Story clusters are being found: :edit waits until it is done");
		return;
	}
	if (ui_quotes_pending(ui)) {
		ui_report(ui, "The quotes are being counted: :edit waits until it is done");
		return;
	}
	if (ui->progress && ui->progress->prefixes) {
		ui_report(ui, "The index of word prefixes is being built: :edit waits until it"
			  " is done");
		return;
	}
	if (ui->progress && ui->progress->saving) {
		ui_report(ui, "The index cache is being written: :edit waits until it is done");
		return;
	}
	id = a->id;
	ok = run_on_file(ui, a, vars, "vi", &ran);
	if (!ran)
		return;
	/* An editor that failed (vim's :cq) may have written the file all the same. */
	if (index_reread_article(ui->ix, id, old) != INDEX_OK) {
		ui_error(ui, "dossier: %s", index_error(ui->ix));
		return;
	}
	a = ui->corpus->arts[id];
	path = abs_path(a->path);
	if (strcmp(old, a->hash) == 0) {
		if (ok)
			ui_report(ui, "No change to %s", a->display_path);
		changed = false;
	} else if (ui->st && !ui_rehash(ui, old, a->hash, path)) {
		ui_error(ui, "dossier: the triage state stays with the old text: %s",
			 state_error(ui->st));
	} else {
		ui_report(ui, "Re-read %s (entities are approximate until the next launch)",
			  a->display_path);
	}
	free(path);
	article_reloaded(ui, id);
	/* The re-read's entities are the extractor's: the reader's corrections again. */
	if (changed && ui_corr_after_edit(ui))
		ui_report(ui, "Re-read %s (entities extracted again, corrections applied)",
			  ui->corpus->arts[id]->display_path);
}

/* Requests --------------------------------------------------------------------------- */

bool
ui_extern_request(struct ui *ui, enum request req)
{
	switch (req) {
	case REQ_LINKS: links_open(ui); break;
	case REQ_COPY_LINK: ui_report(ui, "y copies a link in the links list (U)"); break;
	case REQ_PIPE:
		if (open_article(ui))
			ui_prompt(ui, PROMPT_PIPE, "Pipe to: ", "");
		break;
	case REQ_PAGER: pager(ui); break;
	case REQ_EDIT: ui_edit_article(ui); break;
	default: return false;
	}
	return true;
}
