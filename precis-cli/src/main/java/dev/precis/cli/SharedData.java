package dev.precis.cli;

import dev.precis.PrecisException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --shared DIR}: the read-only evaluation data beside the project, for the commands that
 * train or measure on it (a picocli mixin).
 *
 * <pre>{@code
 * @Mixin SharedData shared;
 * ... QueryBenchmark.run(shared.dir(), method) ...
 * }</pre>
 */
final class SharedData {
  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
      description = "Directory holding the evaluation data, data/ (default: ${DEFAULT-VALUE}).")
  Path path;

  /** The directory, or one clear message when there is none. */
  Path dir() {
    if (!Files.isDirectory(path)) {
      throw new PrecisException("--shared " + path + ": no such directory (give the directory "
          + "that holds data/, ../shared from the project root)");
    }
    return path;
  }
}
