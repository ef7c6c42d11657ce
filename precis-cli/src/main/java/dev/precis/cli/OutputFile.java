package dev.precis.cli;

import dev.precis.PrecisException;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

  /**
   * Starts replacing the file with UTF-8 text written line by line: the text goes to
   * {@code NAME.part} beside it, which {@link Replacement#commit} moves onto the file. A run that
   * fails half-way (a bad line in its input, a full disk) leaves the file as it was.
   *
   * <pre>{@code
   * try (OutputFile.Replacement file = OutputFile.replace(out)) {
   *   file.writer().write(line);
   *   file.commit();
   * }
   * }</pre>
   */
  static Replacement replace(Path out) {
    check(out);
    Path part = out.resolveSibling(out.getFileName() + ".part");
    try {
      return new Replacement(out, part, Files.newBufferedWriter(part, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw cannotWrite(part, e);
    }
  }

  /** A file being replaced: see {@link #replace}. */
  static final class Replacement implements Closeable {
    private final Path out;
    private final Path part;
    private final BufferedWriter writer;
    private boolean committed;

    private Replacement(Path out, Path part, BufferedWriter writer) {
      this.out = out;
      this.part = part;
      this.writer = writer;
    }

    BufferedWriter writer() {
      return writer;
    }

    /** Puts what was written in place of the file. */
    void commit() {
      try {
        writer.close();
        try {
          Files.move(part, out, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
      } catch (IOException e) {
        throw cannotWrite(out, e);
      }
    }

    /** Without {@link #commit}, removes what was written and leaves the file as it was. */
    @Override
    public void close() {
      if (committed) {
        return;
      }
      try {
        writer.close();
      } catch (IOException e) {
        // the part file is deleted next; a close that failed has nothing more to lose
      }
      try {
        Files.deleteIfExists(part);
      } catch (IOException e) {
        // a part file left behind is named after the output and overwritten by the next run
      }
    }
  }

  static PrecisException cannotWrite(Path out, IOException e) {
    String reason = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
        : String.valueOf(e.getMessage());
    return new PrecisException("cannot write " + out + ": " + reason, e);
  }
}
