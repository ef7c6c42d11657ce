package dev.precis.server;

import dev.precis.text.Article;

/**
 * An article as the store keeps it.
 *
 * @param article the article as it was ingested
 * @param seq its place in ingest order (0, 1, 2, ...); stories are rebuilt in this order
 * @param duplicateOf the id of the article it repeats, or null when it is a representative
 */
record StoredArticle(Article article, long seq, String duplicateOf) {

  String id() {
    return article.id();
  }
}
