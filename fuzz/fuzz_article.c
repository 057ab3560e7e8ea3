/* fuzz_article.c -- libFuzzer target: article parser, entity extractor and resolver. MIT licence. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct corpus c;
	struct entity_set *s;
	struct article *a;
	char *text;

	/* article_parse takes ownership of a NUL-terminated buffer. */
	text = xmalloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	a = article_parse("fuzz/outlet/input.txt", text, size, 0);
	if (!a)
		return 0;
	/* A one-article corpus runs extraction and resolution as the CLI does. */
	corpus_init(&c);
	xgrow((void **)&c.arts, &c.cap, 1, sizeof *c.arts);
	c.arts[c.n++] = a;
	c.bytes = a->len;
	corpus_finish(&c);
	s = entities_build(&c);
	entity_set_free(s);
	corpus_free(&c);
	return 0;
}
