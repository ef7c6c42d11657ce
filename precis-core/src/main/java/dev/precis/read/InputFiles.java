package dev.precis.read;

import dev.precis.PrecisException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands a command-line path into the files to read: a file is itself; a directory is every
 * article file below it, in a fixed order so that runs are reproducible.
 */
final class InputFiles {
  /** A file to read and the name messages call it by. */
  record Found(Path path, String name) {}

  private InputFiles() {}

  /**
   * The files {@code argument} stands for. Directory walks visit entries sorted by name, skip
   * hidden entries (names starting with '.') and files of other formats, and do not follow
   * symbolic links to directories (which can loop). A file named explicitly is read whatever its
   * extension.
   */
  static List<Found> expand(String argument, List<String> warnings) {
    Path path = path(argument);
    if (!Files.exists(path)) {
      throw new PrecisException(argument + " does not exist");
    }
    if (!Files.isDirectory(path)) {
      requireRegularFile(path, argument);
      return List.of(new Found(path, argument));
    }
    List<Found> found = new ArrayList<>();
    int skipped = walk(path, found, warnings);
    if (found.isEmpty()) {
      throw new PrecisException(
          "no readable articles in " + argument + " (looked for " + InputFormat.EXTENSIONS + ")");
    }
    if (skipped > 0) {
      warnings.add(argument + ": skipped " + skipped + (skipped == 1 ? " file" : " files")
          + " not ending in " + InputFormat.EXTENSIONS);
    }
    return found;
  }

  /** Adds the article files under {@code dir} to {@code found}; returns how many were skipped. */
  private static int walk(Path dir, List<Found> found, List<String> warnings) {
    int skipped = 0;
    for (Path child : sortedChildren(dir)) {
      String fileName = child.getFileName().toString();
      if (fileName.startsWith(".")) {
        continue;
      }
      if (Files.isSymbolicLink(child) && Files.isDirectory(child)) {
        warnings.add("skipped " + child + ": a symbolic link to a directory");
      } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        skipped += walk(child, found, warnings);
      } else if (InputFormat.forFileName(fileName).isPresent() && !Files.isRegularFile(child)) {
        // a named pipe with no writer would block the whole run; a device never ends
        warnings.add("skipped " + child + ": " + kind(child) + ", not a regular file");
      } else if (InputFormat.extension(fileName).equals("xml") && !isFeed(child)) {
        // .xml is many things (sitemaps, configuration); in a directory only feeds are articles
        warnings.add("skipped " + child + ": XML, but not an RSS, Atom or OPML document");
      } else if (InputFormat.forFileName(fileName).isPresent()) {
        found.add(new Found(child, child.toString()));
      } else {
        skipped++;
      }
    }
    return skipped;
  }

  /** Whether an .xml file opens as an RSS, Atom or OPML document. */
  private static boolean isFeed(Path file) {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      InputFormat format = InputFormat.detect(in.readNBytes(4096));
      return format == InputFormat.FEED || format == InputFormat.OPML;
    } catch (IOException e) {
      return true; // reading it for real will say what is wrong
    }
  }

  /** The path a command-line argument names; a blank or malformed one is refused. */
  static Path path(String argument) {
    if (argument.isBlank()) {
      throw new PrecisException("an input path is empty");
    }
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      throw new PrecisException(argument + " is not a valid path: " + e.getReason(), e);
    }
  }

  /**
   * Refuses what is neither a regular file nor a directory before it is opened: opening a named
   * pipe blocks until something writes to it, and a device such as {@code /dev/zero} never ends.
   * Standard input is read with {@code -}.
   */
  static void requireRegularFile(Path path, String name) {
    if (!Files.isRegularFile(path)) {
      throw new PrecisException(name + " is " + kind(path) + ", not a regular file or directory;"
          + " give a file, a directory, or - to read standard input");
    }
  }

  /** What a non-regular file is, in words. */
  private static String kind(Path path) {
    try {
      Object type = Files.readAttributes(path, "unix:mode").get("mode");
      int mode = type instanceof Integer m ? m & 0170000 : 0;
      return switch (mode) {
        case 0010000 -> "a named pipe (FIFO)";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  private static List<Path> sortedChildren(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      // Plain string order: the same on every machine, unlike locale collation.
      return children.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    } catch (AccessDeniedException e) {
      throw new PrecisException("cannot read directory " + dir + ": permission denied", e);
    } catch (IOException e) {
      throw new PrecisException("cannot read directory " + dir + ": " + e.getMessage(), e);
    }
  }
}
