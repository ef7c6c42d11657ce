package dev.precis.read;

import dev.precis.PrecisException;

/**
 * An input file (or standard input) is larger than the reader's limit per file. Its own type so
 * that a command line can add how to raise the limit without reading the message.
 */
public final class FileTooLargeException extends PrecisException {
  public FileTooLargeException(String message) {
    super(message);
  }
}
