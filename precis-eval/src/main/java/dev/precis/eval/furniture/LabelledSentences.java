package dev.precis.eval.furniture;

import dev.precis.PrecisException;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.data.Topic;
import dev.precis.text.Article;
import dev.precis.text.FurnitureFeatures;
import dev.precis.text.Language;
import dev.precis.text.PageSentence;
import dev.precis.text.StatementVerb;
import dev.precis.text.TextPipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The labelled sentences with their features, read from {@code ../shared} at run time: each label
 * finds its document, the document is read the way the text pipeline reads it, and the sentence
 * is checked against the label's hash (found by hash elsewhere in the document if the splitter
 * has moved it, dropped with a note if gone).
 *
 * <pre>{@code
 * List<LabelledSentences.Example> examples =
 *     LabelledSentences.read(Path.of("../shared"), FurnitureLabels.shipped(), System.err::println);
 * }</pre>
 */
public final class LabelledSentences {
  /** Dataset names of the labels, and their files under {@code shared}. */
  public static final Map<String, String> DATASETS = datasets();

  private LabelledSentences() {}

  private static Map<String, String> datasets() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("multinews", "data/multinews/sample100.jsonl");
    m.put("tac2011-english", "data/tac2011-multiling/english.jsonl");
    m.put("duc2003-task2", "data/duc2003/task2.jsonl");
    m.put("duc2003-task4", "data/duc2003/task4.jsonl");
    return m;
  }

  /** The group a dataset is left out with: both DUC 2003 tasks are one kind of copy. */
  public static String group(String dataset) {
    return dataset.startsWith("duc2003") ? "duc2003" : dataset;
  }

  /**
   * A labelled sentence ready for fitting.
   *
   * @param label the label
   * @param features its {@link FurnitureFeatures} among its page's sentences
   * @param ellipsis whether it ends in "..." (the filter's fixed rule)
   * @param statement whether it has a word that may be a statement's verb ({@link
   *     StatementVerb}): a summary quotes no line without one
   */
  public record Example(FurnitureLabels.Label label, double[] features, boolean ellipsis,
      boolean statement) {
    public String group() {
      return LabelledSentences.group(label.dataset());
    }
  }

  /** Reads every label's sentence from {@code shared}; {@code log} hears of labels not found. */
  public static List<Example> read(Path shared, List<FurnitureLabels.Label> labels,
      Consumer<String> log) {
    Map<String, Map<String, List<FurnitureLabels.Label>>> wanted = new LinkedHashMap<>();
    for (FurnitureLabels.Label l : labels) {
      if (!DATASETS.containsKey(l.dataset())) {
        throw new PrecisException("label names an unknown dataset '" + l.dataset() + "'; known: "
            + String.join(", ", DATASETS.keySet()));
      }
      wanted.computeIfAbsent(l.dataset(), k -> new LinkedHashMap<>())
          .computeIfAbsent(l.document(), k -> new ArrayList<>()).add(l);
    }
    TextPipeline pipeline = new TextPipeline(Language.ENGLISH, false, false);
    Map<FurnitureLabels.Label, Example> found = new HashMap<>();
    Set<String> documents = new HashSet<>();
    for (var dataset : wanted.entrySet()) {
      Path file = shared.resolve(DATASETS.get(dataset.getKey()));
      if (!Files.isRegularFile(file)) {
        throw new PrecisException("--shared " + shared + ": no " + DATASETS.get(dataset.getKey())
            + " (the labelled sentences are read from there)");
      }
      Set<String> seen = new HashSet<>();
      for (Topic topic : DatasetReader.readAll(file)) {
        for (Article article : topic.documents()) {
          List<FurnitureLabels.Label> here = dataset.getValue().get(article.id());
          if (here == null || !seen.add(article.id())) {
            continue;
          }
          documents.add(dataset.getKey() + "/" + article.id());
          List<PageSentence> page = pipeline.pageSentences(article);
          double[][] x = FurnitureFeatures.of(page);
          List<String> hashes = page.stream().map(p -> sha1(p.text())).toList();
          for (FurnitureLabels.Label l : here) {
            int at = find(l, hashes);
            if (at < 0) {
              log.accept("label " + l.dataset() + "/" + l.document() + "/" + l.sentence()
                  + ": the sentence is no longer in the document; skipped");
              continue;
            }
            String text = page.get(at).text();
            found.put(l, new Example(l, x[at], FurnitureFeatures.endsInEllipsis(text),
                StatementVerb.present(text)));
          }
        }
      }
    }
    List<Example> examples = new ArrayList<>();
    for (FurnitureLabels.Label l : labels) {
      Example e = found.get(l);
      if (e != null) {
        examples.add(e);
      } else if (!documents.contains(l.dataset() + "/" + l.document())) {
        log.accept("label " + l.dataset() + "/" + l.document() + ": no such document; skipped");
      }
    }
    return examples;
  }

  /**
   * Where label {@code l} is among its page's sentences, given their {@link #sha1} hashes in page
   * order: at its index when the hash is there, else wherever the hash is (the splitter has moved
   * it); -1 when the sentence is gone.
   */
  static int find(FurnitureLabels.Label l, List<String> hashes) {
    return l.sentence() < hashes.size() && hashes.get(l.sentence()).equals(l.sha1())
        ? l.sentence() : hashes.indexOf(l.sha1());
  }

  /** First 8 hex digits of the SHA-1 of the text's UTF-8 bytes: how labels name a sentence. */
  public static String sha1(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
