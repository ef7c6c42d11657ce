package dev.precis.cli;

import dev.precis.PrecisException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file a command writes with {@code -o}: checked before any work is done, so a typo costs
 * nothing, and every failure to write is one line naming the file and the problem.
 *
 * <pre>{@code
 * OutputFile.check(out);              // at the start of call()
 * OutputFile.write(out, summaryText); // at the end
 * }</pre>
 */
final class OutputFile {
  private OutputFile() {}

  /** Refuses a path that cannot be written as a file: a directory, or one in a missing directory. */
  static void check(Path out) {
    if (out == null) {
      return;
    }
    if (Files.isDirectory(out)) {
      throw new PrecisException("-o " + out + " is a directory; give a file name, e.g. "
          + out.resolve("summary.txt"));
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new PrecisException("-o " + out + ": the directory " + parent
          + (Files.exists(parent) ? " is not a directory" : " does not exist"));
    }
  }

  /** Writes {@code text} as UTF-8, replacing the file. */
  static void write(Path out, String text) {
    check(out);
    try {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw cannotWrite(out, e);
    }
  }

  /** Opens the file for writing UTF-8 text, replacing it. */
  static BufferedWriter open(Path out) {
    check(out);
    try {
      return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw cannotWrite(out, e);
    }
  }

  static PrecisException cannotWrite(Path out, IOException e) {
    String reason = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
        : String.valueOf(e.getMessage());
    return new PrecisException("cannot write " + out + ": " + reason, e);
  }
}
