package dev.precis.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.precis.read.ArticleReader;
import dev.precis.text.Article;

/**
 * Web pages, as {@code precis summarize page.html} and {@code POST /api/extract} read them:
 * charset sniffing, jsoup, Crux and the fallback, metadata. Run: {@code bin/fuzz
 * HtmlExtractionFuzzer 600}.
 */
public final class HtmlExtractionFuzzer {
  private static final ArticleReader READER = ArticleReader.defaults();

  private HtmlExtractionFuzzer() {}

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    byte[] page = data.consumeRemainingAsBytes();
    Outcome.of(() -> READER.readBytes("page.html", page)).ifPresent(read -> {
      for (Article a : read.articles()) {
        Outcome.check(!a.text().isBlank(), "an article without text: " + a.id());
        Outcome.check(a.id().equals("page"), "the page's article is named after it: " + a.id());
      }
    });
  }
}
