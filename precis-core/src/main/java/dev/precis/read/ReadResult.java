package dev.precis.read;

import dev.precis.text.Article;
import java.nio.charset.Charset;
import java.util.List;

/**
 * What {@link ArticleReader} read.
 *
 * @param articles the articles in input order, ids unique
 * @param inputs one entry per file (or standard input) read, in order
 * @param warnings things the user should know but that did not stop reading: charset guesses,
 *     renamed duplicate ids, skipped files; meant to be printed as they are (e.g. on stderr)
 */
public record ReadResult(List<Article> articles, List<Input> inputs, List<String> warnings) {

  public ReadResult {
    articles = List.copyOf(articles);
    inputs = List.copyOf(inputs);
    warnings = List.copyOf(warnings);
  }

  /**
   * One file that was read.
   *
   * @param name the file as messages call it ("standard input" for {@code -})
   * @param format how it was parsed
   * @param charset how its bytes were decoded
   * @param articleCount how many articles it gave
   */
  public record Input(String name, InputFormat format, Charset charset, int articleCount) {}
}
