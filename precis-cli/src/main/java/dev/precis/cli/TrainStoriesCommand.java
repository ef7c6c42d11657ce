package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.cluster.SameStoryModel;
import dev.precis.eval.stories.StoryModelTrainer;
import dev.precis.eval.stories.TrainingGroups;
import dev.precis.eval.stories.TrainingReport;
import dev.precis.text.TextEmbedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis train-stories}: fits the same-story model and reports leave-one-out figures. */
@Command(
    name = "train-stories",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the same-story model of story clustering on the labelled streams in --shared.",
      "First, for each dataset (DUC 2003 task 2, task 4, the Multi-News sample, the UCI "
          + "headlines, TAC 2011 in seven languages), a model fit on the others scores it, beside "
          + "the average-link baseline. Then a model fit on all of them is written to --out.",
      "The run is deterministic: the same data and options give the same model, byte for byte."
    })
final class TrainStoriesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SharedData shared;

  @Mixin ModelFile out;

  @Option(names = "--features", paramLabel = "NAME,...", split = ",",
      description = "Pair features to fit (default: the shipped model's; with --embeddings, "
          + "those and embedding).")
  List<String> features;

  @Option(names = "--embeddings",
      description = "Also weigh the cosine of MiniLM sentence embeddings (slower: every article "
          + "is embedded).")
  boolean embeddings;

  @Option(names = "--without", paramLabel = "GROUP",
      description = "Fit the written model on every dataset but this one (duc2003-task2-dated, "
          + "duc2003-task4-dated, multinews, uci, tac2011), to study it on that one.")
  String without;

  @Option(names = "--no-leave-one-out",
      description = "Skip the leave-one-out table; only fit and write the model.")
  boolean skipLeaveOneOut;

  @Override
  public Integer call() throws IOException {
    if (skipLeaveOneOut && !out.given()) {
      throw new PrecisException("--no-leave-one-out leaves nothing to do without --out");
    }
    out.check();
    List<String> chosen = features != null ? features
        : new ArrayList<>(StoryModelTrainer.FEATURES);
    if (embeddings && !chosen.contains("embedding")) {
      chosen = new ArrayList<>(chosen);
      chosen.add("embedding");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    try (TextEmbedder embedder = chosen.contains("embedding") ? ClusterFlags.loadEmbedder()
        : null) {
      // the sentence model reads English only: with it, train and validate on English streams
      List<StoryModelTrainer.StreamGroup> groups = chosen.contains("embedding")
          ? TrainingGroups.english(shared.dir()) : TrainingGroups.standard(shared.dir());
      StoryModelTrainer trainer = new StoryModelTrainer(groups, chosen,
          embedder, message -> {
            err.println("train-stories: " + message);
            err.flush();
          });
      TrainingReport report = null;
      if (!skipLeaveOneOut) {
        report = trainer.leaveOneOut();
        stdout.print(report.text());
        stdout.flush();
      }
      if (out.given()) {
        List<StoryModelTrainer.StreamGroup> on = new ArrayList<>(groups);
        if (without != null && !on.removeIf(g -> g.name().equals(without))) {
          throw new PrecisException("--without " + without + ": no such dataset; known: "
              + String.join(", ", on.stream().map(StoryModelTrainer.StreamGroup::name).toList()));
        }
        SameStoryModel model = trainer.train(on);
        if (report != null) {
          model = model.withLeaveOneOut(report.json());
        }
        out.write(model.toJson());
        stdout.println("model written to " + out + ": link " + model.linkThreshold()
            + ", merge " + model.mergeThreshold() + ", weights " + model.weights());
      }
    } catch (Exception e) {
      if (e instanceof PrecisException p) {
        throw p;
      }
      if (e instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e);
    }
    return 0;
  }
}
