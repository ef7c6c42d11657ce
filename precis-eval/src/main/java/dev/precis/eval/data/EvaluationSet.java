package dev.precis.eval.data;

import dev.precis.PrecisException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled summarization set as README "Quality" scores it: its file, summary length and ROUGE
 * flags. Every command that scores summaries on the sets (`train-sentences`, `eval-query`,
 * `eval-update`) takes them from here.
 *
 * <pre>{@code
 * for (EvaluationSet set : EvaluationSet.all(Path.of("../shared"))) { set.file(); set.rouge(); }
 * }</pre>
 *
 * @param name how tables and {@code --leave-out} name it
 * @param file its JSON lines under {@code shared}
 * @param words the summary length in words
 * @param rouge the ROUGE-1.5.5 flags README scores it with
 * @param measure "R" (recall, with a length cut) or "F"
 */
public record EvaluationSet(String name, Path file, int words, String rouge, String measure) {
  private static final String NEWSWIRE = "-n 2 -m -2 4 -u -l 100";
  private static final String WEB = "-n 2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0";

  /**
   * The same set scored at another length: the summary budget, and the ROUGE length cut where
   * there is one, become {@code newWords}.
   */
  public EvaluationSet withWords(int newWords) {
    if (newWords < 1) {
      throw new PrecisException("--words must be positive, got " + newWords);
    }
    return new EvaluationSet(name, file, newWords,
        rouge.replaceAll("-l \\d+", "-l " + newWords), measure);
  }

  /** Its file under the data folder without ".jsonl" ("duc2003/task2"): how some tables name it. */
  public String path() {
    String name = file.getFileName().toString();
    return file.getParent().getFileName() + "/" + name.substring(0, name.length() - ".jsonl".length());
  }

  /** The sets of these {@link #name}s, in the order given. */
  public static List<EvaluationSet> of(Path shared, List<String> names) {
    List<EvaluationSet> all = all(shared);
    List<EvaluationSet> chosen = new ArrayList<>();
    for (String name : names) {
      chosen.add(all.stream().filter(s -> s.name().equals(name)).findFirst()
          .orElseThrow(() -> new PrecisException("no evaluation set '" + name + "'; known: "
              + String.join(", ", all.stream().map(EvaluationSet::name).toList()))));
    }
    return chosen;
  }

  /** The four English sets with reference summaries, in README's order. */
  public static List<EvaluationSet> all(Path shared) {
    Path data = shared.resolve("data");
    List<EvaluationSet> sets = List.of(
        new EvaluationSet("duc2003-task2", data.resolve("duc2003/task2.jsonl"), 100, NEWSWIRE, "R"),
        new EvaluationSet("duc2003-task4", data.resolve("duc2003/task4.jsonl"), 100, NEWSWIRE, "R"),
        new EvaluationSet("multinews", data.resolve("multinews/sample100.jsonl"), 250, WEB, "F"),
        new EvaluationSet("tac2011-english", data.resolve("tac2011-multiling/english.jsonl"), 250,
            WEB + " -l 250", "R"));
    for (EvaluationSet s : sets) {
      if (!Files.isRegularFile(s.file())) {
        throw new PrecisException("--shared " + shared + ": " + s.file() + " is missing");
      }
    }
    return sets;
  }
}
