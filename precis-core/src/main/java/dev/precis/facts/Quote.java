package dev.precis.facts;

import java.util.List;
import java.util.Objects;

/**
 * A quoted statement from the story.
 *
 * @param text what was said, without the quotation marks or a trailing comma
 * @param speaker who said it, as the story's fullest name for them ("Rex Tillerson"), or null
 *     when the text does not make it clear
 * @param articleId the first article (in story order) that carries the quote
 * @param offset where the quoted text starts in that article's {@link
 *     dev.precis.text.Article#text() text}, just after the opening mark
 * @param articleIds every article that carries the same words, in story order; the first is
 *     {@code articleId}
 */
public record Quote(
    String text, String speaker, String articleId, int offset, List<String> articleIds) {

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(articleId, "articleId");
    articleIds = List.copyOf(articleIds);
  }
}
