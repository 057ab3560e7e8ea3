/* fuzz_import.c -- libFuzzer target: the JSON export reader and state_import() behind `dossier import`. MIT licence. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/state.h"
#include "dossier/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Two articles the state knows, as cmd_import() touches the corpus before importing:
 * records can then match by hash, by path, or be kept for later. */
static const char *const hashes[] = {
	"64bcde30492d55e2926cf49043be759b", "b3d75edca2ef62bf4ade659662734224",
};
static const char *const paths[] = { "/corpus/a.txt", "/corpus/b.txt" };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct art_state *recs;
	struct state_import_stats stats;
	struct state *st;
	size_t n;
	char err[256];

	/* `dossier import` reads the whole file and parses it (not NUL-terminated here, so
	 * reading past size is caught). */
	if (state_json_parse((const char *)data, size, &recs, &n, err, sizeof err) != STATE_OK)
		return 0;
	/* A fresh state in memory per input: imports must not depend on earlier inputs. */
	st = state_open_memory(err, sizeof err);
	if (st) {
		state_touch_many(st, hashes, paths, 2);
		memset(&stats, 0, sizeof stats);
		state_import(st, recs, n, &stats);
		state_close(st);
	}
	art_states_free(recs, n);
	return 0;
}
