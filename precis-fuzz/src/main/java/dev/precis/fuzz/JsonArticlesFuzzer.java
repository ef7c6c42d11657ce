package dev.precis.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.precis.read.ArticleReader;
import dev.precis.read.ReadResult;
import dev.precis.text.Article;
import java.util.HashSet;
import java.util.Set;

/**
 * Articles as JSON and JSON lines: nesting, wrong types, repeated and missing ids, numbers as
 * dates. Run: {@code bin/fuzz JsonArticlesFuzzer 600}.
 */
public final class JsonArticlesFuzzer {
  private static final ArticleReader READER = ArticleReader.defaults();

  private JsonArticlesFuzzer() {}

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    boolean lines = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    Outcome.of(() -> READER.readBytes(lines ? "feed.jsonl" : "feed.json", bytes))
        .ifPresent(JsonArticlesFuzzer::check);
  }

  private static void check(ReadResult read) {
    Set<String> ids = new HashSet<>();
    for (Article a : read.articles()) {
      Outcome.check(ids.add(a.id()), "two articles share the id " + a.id());
      Outcome.check(!a.id().isBlank(), "an article without an id");
    }
  }
}
