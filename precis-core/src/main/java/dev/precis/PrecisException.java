package dev.precis;

/**
 * A problem with the user's input or options, with a message meant for that user.
 *
 * <p>Front ends (CLI, service) print {@link #getMessage()} as it is and exit or answer with an
 * error status; they never show a stack trace for this type. Anything else escaping the library is
 * a bug.
 */
public class PrecisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PrecisException(String message) {
    super(message);
  }

  public PrecisException(String message, Throwable cause) {
    super(message, cause);
  }
}
