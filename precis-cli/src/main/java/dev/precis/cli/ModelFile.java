package dev.precis.cli;

import dev.precis.PrecisException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out FILE}: where a training command writes the model it fits (a picocli mixin).
 * Without it the command prints its figures only.
 *
 * <pre>{@code
 * @Mixin ModelFile out;
 * out.check();                       // before any work: the file's directory exists
 * if (out.given()) out.write(model.toJson());
 * }</pre>
 */
final class ModelFile {
  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the model (JSON); without it, only the figures are printed.")
  Path path;

  boolean given() {
    return path != null;
  }

  /** Fails with one clear message, before the work, when the file cannot be written. */
  void check() {
    if (path == null) {
      return;
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new PrecisException("--out " + path + ": no directory " + parent);
    }
  }

  /** The file's name, which names the model in the summaries that use it. */
  String name() {
    return path.getFileName().toString();
  }

  void write(String json) throws IOException {
    Files.writeString(path, json, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return String.valueOf(path);
  }
}
