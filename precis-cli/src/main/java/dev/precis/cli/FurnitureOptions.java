package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.summarize.SummaryOptions;
import dev.precis.text.FurnitureModel;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The furniture flags shared by the commands that summarize (a picocli mixin). */
final class FurnitureOptions {
  @Option(names = "--no-furniture",
      description = "Keep web page furniture (captions, credit lines, teasers, share and "
          + "newsletter prompts); by default English articles lose it before summarizing.")
  boolean off;

  @Option(names = "--furniture-model", paramLabel = "FILE",
      description = "Drop furniture with this model (written by train-furniture) instead of the "
          + "built-in one.")
  Path model;

  /** {@code options} with the furniture stage as the flags ask. */
  SummaryOptions apply(SummaryOptions options) {
    if (off && model != null) {
      throw new PrecisException("give either --no-furniture or --furniture-model, not both");
    }
    if (off) {
      return options.withFurniture(null);
    }
    return model == null ? options : options.withFurniture(FurnitureModel.read(model));
  }
}
