package dev.precis.eval.stories;

import dev.precis.eval.stream.LabeledStream;
import dev.precis.eval.stream.Streams;
import dev.precis.text.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The labelled streams the same-story model is trained and validated on, by dataset. */
public final class TrainingGroups {
  private TrainingGroups() {}

  /**
   * Every labelled stream in {@code shared}: DUC 2003 task 2 (newswire events, dated), task 4
   * (newswire topics spanning years, dated), the Multi-News sample (web pages, undated), the UCI
   * headlines (dated) and the TAC 2011 MultiLing clusters in seven languages (one group).
   */
  public static List<StoryModelTrainer.StreamGroup> standard(Path shared) {
    List<LabeledStream> tac = new ArrayList<>();
    for (Language language : Language.values()) {
      tac.add(Streams.tac2011(shared, language));
    }
    return List.of(
        group(Streams.duc2003(shared, true, List.of("task2"))),
        group(Streams.duc2003(shared, true, List.of("task4"))),
        group(Streams.multiNews(shared)),
        group(Streams.uci(shared)),
        new StoryModelTrainer.StreamGroup("tac2011", tac));
  }

  /**
   * The English streams of {@link #standard}: the sentence-embedding model reads English only,
   * so the model that weighs it is fit and validated on English.
   */
  public static List<StoryModelTrainer.StreamGroup> english(Path shared) {
    return List.of(
        group(Streams.duc2003(shared, true, List.of("task2"))),
        group(Streams.duc2003(shared, true, List.of("task4"))),
        group(Streams.multiNews(shared)),
        group(Streams.uci(shared)),
        group(Streams.tac2011(shared, Language.ENGLISH)));
  }

  private static StoryModelTrainer.StreamGroup group(LabeledStream s) {
    return new StoryModelTrainer.StreamGroup(s.name(), List.of(s));
  }
}
