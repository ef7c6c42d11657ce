package dev.precis.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.precis.read.ArticleReader;
import dev.precis.text.Article;

/**
 * Text files in any bytes: byte order marks, UTF-16, invalid UTF-8, the windows-1250/1252
 * guess, binary sniffing, the headline line. Run: {@code bin/fuzz TextDecodingFuzzer 600}.
 */
public final class TextDecodingFuzzer {
  private static final ArticleReader READER = ArticleReader.defaults();

  private TextDecodingFuzzer() {}

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    Outcome.of(() -> READER.readBytes("article.txt", bytes)).ifPresent(read -> {
      Outcome.check(read.articles().size() == 1, "a text file is one article");
      Article a = read.articles().get(0);
      Outcome.check(!a.text().isBlank(), "an article without text");
      Outcome.check(a.text().indexOf('\uFEFF') < 0, "a byte order mark left in the text");
    });
  }
}
