package dev.precis.eval.furniture;

import dev.precis.PrecisException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand labels of web page furniture shipped with the trainer ({@code labels.tsv} next to this
 * class). Each names a sentence of {@code ../shared} by dataset, document, index and a hash of its
 * text, never by the text: the data's licences forbid copying it.
 *
 * <pre>{@code
 * List<FurnitureLabels.Label> labels = FurnitureLabels.shipped();
 * }</pre>
 */
public final class FurnitureLabels {
  /** The resource holding the labels. */
  public static final String RESOURCE = "labels.tsv";

  private FurnitureLabels() {}

  /**
   * One labelled sentence.
   *
   * @param dataset {@link LabelledSentences#DATASETS} key
   * @param document the document's id in that dataset
   * @param sentence index among the document's {@code TextPipeline.pageSentences}
   * @param sha1 first 8 hex digits of the SHA-1 of the sentence's UTF-8 text
   * @param furniture whether it is page furniture
   * @param kind {@code news} or the kind of furniture (caption, credit, teaser, web, social, slug)
   * @param sample {@code page} when drawn with its document's opening and end, {@code cue} when
   *     drawn for a furniture cue word (so figures on {@code page} alone are not inflated by it)
   */
  public record Label(String dataset, String document, int sentence, String sha1,
      boolean furniture, String kind, String sample) {}

  /** The labels shipped with Précis. */
  public static List<Label> shipped() {
    try (InputStream in = FurnitureLabels.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads labels in the shipped format: a header line, then tab-separated fields; # comments. */
  public static List<Label> parse(InputStream in, String name) throws IOException {
    List<Label> labels = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    boolean header = true;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 7 || !(f[4].equals("0") || f[4].equals("1"))
          || !(f[6].equals("page") || f[6].equals("cue"))) {
        throw new PrecisException(name + ":" + number + ": expected dataset, document, sentence, "
            + "sha1, furniture (0 or 1), kind, sample (page or cue), separated by tabs");
      }
      try {
        labels.add(new Label(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4].equals("1"), f[5],
            f[6]));
      } catch (NumberFormatException e) {
        throw new PrecisException(name + ":" + number + ": sentence index '" + f[2]
            + "' is not a number");
      }
    }
    return labels;
  }
}
